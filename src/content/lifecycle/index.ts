// The passive invitation lifecycle: what the person's own use of LinkedIn tells Rapport about
// invitations, without Rapport doing anything on LinkedIn. The sent-invitations page reports its
// rows; a Withdraw the person confirms (there, or from a profile's Pending control) is recorded.
// Accepted invitations are noticed from profile views (page-profile.ts, profile.observed).
import type { PageFeature } from '../page';
import { noteFailedSend, send } from '../send';
import { newReportId, report as reportToBackground } from '../reports';
import { profileKey } from '../../core/profile-key';
import type { SentInvitation } from '../../linkedin';
import { reportSentRows } from './sent-rows';
import { watchWithdraws } from './withdraw';

export const lifecycle: PageFeature = {
  init(signal, page) {
    if (page.kind !== 'sent-invitations' && page.kind !== 'profile') return;
    const person = () => {
      const read = page.profile.person();
      return read?.profileUrl ? { profileUrl: read.profileUrl, name: read.fullName } : null;
    };
    const report = (profileUrl: string, name: string | null) =>
      reportToBackground({ type: 'invitation.withdraw-clicked', profileUrl, reportId: newReportId() }, name ?? profileKey(profileUrl) ?? profileUrl);
    // The sent page's reader comes with composer.js, fetched for this page only: the rows are read
    // (and a row's Withdraw recognised) once it is here.
    let readRows: (() => SentInvitation[]) | null = null;
    const sentRows = () => readRows?.() ?? [];
    watchWithdraws(document, { person, report, sentPage: page.kind === 'sent-invitations', rows: sentRows }, signal);
    if (page.kind !== 'sent-invitations') return;
    const rows = reportSentRows(sentRows, (found) => send({ type: 'sent-page.observed', rows: found }).catch((error: unknown) => {
      noteFailedSend('sent-page.observed', error);
      throw error; // the rows are read again with the next batch (sent-rows.ts)
    }), signal);
    void page.app.composer.load().then((module) => {
      if (!module || signal.aborted) return;
      readRows = () => module.readSentInvitations(document);
      rows.batch();
    });
    // Per mutation batch: a timer check on the sent page.
    return { appBatch: () => rows.batch() };
  },
};
