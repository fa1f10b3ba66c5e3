// "Copy diagnostics": what the reader saw on a page it could not read, in words of Rapport's own
// vocabulary and counts only. Nothing from the page — no name, text, URL, class or key — can get
// into a report: every string in it is checked against the fixed lists below, and the counts are
// numbers. The person can paste it into a bug report without revealing whom they were looking at.
import type { InviteDialog } from './dialog';
import { documentOf, type Scope } from './dom';
import { health } from './health';
import { findTopCard } from './top-card';
import {
  DIAGNOSTIC_COUNTS, DIAGNOSTIC_KINDS, DIAGNOSTIC_PARTS, DIAGNOSTIC_SIGNALS, type PageDiagnostics,
} from './diagnostic-vocabulary';

export type { PageDiagnostics } from './diagnostic-vocabulary';

const only = <T extends string>(allowed: readonly T[], values: readonly string[]): T[] =>
  [...new Set(values)].filter((v): v is T => (allowed as readonly string[]).includes(v));

const COUNTED: ReadonlyArray<readonly [(typeof DIAGNOSTIC_COUNTS)[number], string]> = [
  ['main', 'main, [role="main"]'],
  ['sections', 'section'],
  ['headings', 'h1, h2, h3, [role="heading"]'],
  ['topCardKeys', '[componentkey$="Topcard"], [id$="Topcard"], section[data-member-id]'],
  ['profileLinks', 'a[href*="/in/"]'],
  ['connectLabels', '[aria-label*="connect" i], a[href*="custom-invite"]'],
  ['dialogs', 'dialog, [role="dialog"], [role="alertdialog"]'],
  ['shadowHosts', '#interop-outlet, [data-testid="interop-shadowdom"]'],
  ['elements', '*'],
];

/** The parts a dialog showed and lacked, for a dialog found without what its step needs. */
export function dialogParts(dialog: InviteDialog): { found: string[]; missing: string[] } {
  const parts: Array<[string, unknown]> = [
    ['noteBox', dialog.noteBox], ['noteLimit', dialog.noteLimit], ['sendButton', dialog.sendButton],
    ['addNoteButton', dialog.addNoteButton], ['sendWithoutNoteButton', dialog.sendWithoutNoteButton], ['invitee', dialog.invitee?.name],
  ];
  const found = ['inviteDialog', `stage:${dialog.stage}`];
  const missing: string[] = [];
  for (const [name, value] of parts) (value === null || value === undefined ? missing : found).push(name);
  return { found, missing };
}

/** Whether a dialog lacks what its step needs (the composer cannot help there). */
export function isDialogIncomplete(dialog: InviteDialog): boolean {
  if (dialog.stage === 'unknown') return true;
  if (dialog.stage === 'note') return !dialog.noteBox || !dialog.sendButton;
  if (dialog.stage === 'add-note-prompt') return !dialog.addNoteButton;
  return false;
}

/** A report for `problem` on the page under `root`; never throws, never holds page text. */
export function diagnose(root: Scope, problem: PageDiagnostics['problem'], pageUrl?: string, dialog?: InviteDialog | null): PageDiagnostics {
  const report: PageDiagnostics = { problem, kind: 'other', era: null, signals: [], found: [], missing: [], counts: {} };
  try {
    const seen = health(root, pageUrl);
    report.kind = only(DIAGNOSTIC_KINDS, [seen.kind])[0] ?? 'other';
    const card = findTopCard(root, pageUrl);
    report.era = card?.era ?? null;
    report.signals = only(DIAGNOSTIC_SIGNALS, card?.signals ?? []);
    const parts = dialog ? dialogParts(dialog) : { found: [], missing: [] };
    report.found = only(DIAGNOSTIC_PARTS, [...seen.found, ...parts.found]);
    report.missing = only(DIAGNOSTIC_PARTS, [...seen.missing, ...parts.missing]);
    const doc = documentOf(root);
    for (const [name, selector] of COUNTED) {
      report.counts[name] = (doc ?? root).querySelectorAll(selector).length;
    }
  } catch {
    // A report with less in it is still a report.
  }
  return report;
}
