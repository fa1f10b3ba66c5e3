// The passive invitation lifecycle's reader, in composer.js: content.js (content/lifecycle/) starts
// it on the sent-invitations page at once and on a profile at the person's first click that may
// start a withdrawal, and hands over that click and any made while composer.js was on its way.
// The sent page's rows are reported to the background; a Withdraw the person confirms is recorded.
import { readSentInvitations, type WithdrawClick } from '../../linkedin';
import { reportSentRows, type SentRow } from './sent-rows';
import { watchWithdraws, type Person } from './withdraw';
import { profileKey } from '../../core/profile-key';
import { newReportId } from '../outbox';
import { report } from '../reports';
import { noteFailedSend, send } from '../../content/send';

export type { SentRow } from './sent-rows';

export interface LifecycleDeps {
  /** The sent-invitations page (else a profile page). */
  sentPage: boolean;
  /** The profile page's person, for a withdrawal started from its Pending control. */
  person(): Person | null;
}

/** A confirmed withdrawal, into composer.js's outbox (reports.ts). */
const withdrawn = (profileUrl: string, name: string | null) =>
  report({ type: 'invitation.withdraw-clicked', profileUrl, reportId: newReportId() }, name ?? profileKey(profileUrl) ?? profileUrl);

/** The sent page's rows not reported before; a rejection sends them again with a later batch (sent-rows.ts). */
const sendRows = (rows: SentRow[]) => send({ type: 'sent-page.observed', rows }).catch((error: unknown) => {
  noteFailedSend('sent-page.observed', error);
  throw error;
});

export interface LifecycleWatch {
  /** The person's own click (trusted), made before this watch began, as taken then. */
  click(taken: WithdrawClick): void;
  /** A mutation batch of the sent page's application (rows load as the person scrolls). */
  batch(): void;
}

export function watchLifecycle(doc: Document, deps: LifecycleDeps, signal: AbortSignal): LifecycleWatch {
  const rows = () => (deps.sentPage ? readSentInvitations(doc) : []);
  const withdraws = watchWithdraws(doc, { person: deps.person, report: withdrawn, sentPage: deps.sentPage, rows }, signal);
  const sent = deps.sentPage ? reportSentRows(rows, sendRows, signal) : null;
  sent?.batch();
  return { click: withdraws.click, batch: () => sent?.batch() };
}
