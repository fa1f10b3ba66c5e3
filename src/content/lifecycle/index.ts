// The passive invitation lifecycle: what the person's own use of LinkedIn tells Rapport about
// invitations, without Rapport doing anything on LinkedIn. The sent-invitations page reports its
// rows; a Withdraw the person confirms (there, or from a profile's Pending control) is recorded.
// Accepted invitations are noticed from profile views (page-profile.ts, profile.observed).
import type { PageLifetime } from '../lifetime';
import { pageProfile } from '../page-profile';
import { noteFailedSend, send } from '../send';
import { newReportId, report as reportToBackground } from '../reports';
import { profileKey } from '../../core/profile-key';
import { reportSentRows, type SentPageReporter } from './sent-rows';
import { watchWithdraws } from './withdraw';

let rows: SentPageReporter | null = null;

/** Per page (index.ts onPage): starts what this kind of page needs; the lifetime ends it. */
export function startLifecycle(page: PageLifetime, kind: string): void {
  rows?.stop();
  rows = null;
  if (kind === 'sent-invitations') {
    const reporter = (rows = reportSentRows(document, (found) => send({ type: 'sent-page.observed', rows: found }).catch((error: unknown) => {
      noteFailedSend('sent-page.observed', error);
      throw error; // the rows are read again with the next batch (sent-rows.ts)
    })));
    page.signal.addEventListener('abort', () => reporter.stop(), { once: true });
    reporter.batch();
  }
  if (kind !== 'sent-invitations' && kind !== 'profile') return;
  const person = () => {
    const read = pageProfile();
    return read?.profileUrl ? { profileUrl: read.profileUrl, name: read.fullName } : null;
  };
  const report = (profileUrl: string, name: string | null) =>
    reportToBackground({ type: 'invitation.withdraw-clicked', profileUrl, reportId: newReportId() }, name ?? profileKey(profileUrl) ?? profileUrl);
  watchWithdraws(document, { person, report, sentPage: kind === 'sent-invitations' }, page.signal);
}

/** Per mutation batch: a timer check on the sent page, nothing elsewhere. */
export function lifecycleBatch(): void {
  rows?.batch();
}
