// LinkedIn's sent-invitations page: every visible row is reported to the background once per
// page, so invitations sent without Rapport become tracked (the background leaves tracked ones
// alone). The page loads more rows as the person scrolls; only the new ones are sent.
import type { SentInvitation } from '../../linkedin';
import type { RequestInputOf } from '../../shared/messages';

export type SentRow = RequestInputOf<'sent-page.observed'>['rows'][number];

/** How long after a mutation batch the rows are read: one read covers a burst of batches. */
const READ_AFTER_MS = 250;
/** The background takes at most this many rows per message. */
const ROWS_PER_MESSAGE = 500;

/** The rows of `read` not in `seen` (which gains them), in the shape the background takes. */
export function unseenRows(read: SentInvitation[], seen: Set<string>): SentRow[] {
  const rows: SentRow[] = [];
  for (const row of read) {
    const name = row.name ?? row.vanity;
    if (!row.profileUrl || !name || seen.has(row.profileUrl)) continue;
    seen.add(row.profileUrl);
    const days = row.sentDaysAgo;
    rows.push({ profileUrl: row.profileUrl, name: name.slice(0, 200), sentDaysAgo: days === null ? null : Math.min(Math.round(days), 3650) });
  }
  return rows;
}

export interface SentPageReporter {
  /** Per mutation batch: costs a timer check; the rows are read once the burst is over. */
  batch(): void;
}

/** Reports the rows `readRows` finds (the page's, by composer.js's reader) until `signal` aborts (the page's end). */
export function reportSentRows(readRows: () => SentInvitation[], report: (rows: SentRow[]) => Promise<unknown>, signal: AbortSignal, readAfterMs = READ_AFTER_MS): SentPageReporter {
  const seen = new Set<string>();
  let waiting = false;
  const read = () => {
    waiting = false;
    const rows = unseenRows(readRows(), seen);
    for (let i = 0; i < rows.length; i += ROWS_PER_MESSAGE) {
      const chunk = rows.slice(i, i + ROWS_PER_MESSAGE);
      // Not delivered (the worker was restarting): the next batch tries these rows again.
      report(chunk).catch(() => chunk.forEach((row) => seen.delete(row.profileUrl)));
    }
  };
  return {
    batch() {
      if (signal.aborted || waiting) return;
      waiting = true;
      setTimeout(() => signal.aborted || read(), readAfterMs);
    },
  };
}
