// "Copy diagnostics": what the reader saw on a page it could not read, in words of Rapport's own
// vocabulary and counts only. Nothing from the page — no name, text, URL, class or key — can get
// into a report: every string in it is checked against the fixed lists below, and the counts are
// numbers. The person can paste it into a bug report without revealing whom they were looking at.
import type { InviteDialog } from './dialog';
import { documentOf, type Scope } from './dom';
import { pageKind } from './page-kind';
import { FIELDS, readProfile } from './read-profile';
import { findTopCard } from './top-card';
import type { PageDiagnostics } from '../core/diagnostic-vocabulary';

export type { PageDiagnostics } from '../core/diagnostic-vocabulary';

type Part = PageDiagnostics['found'][number];
// Every string put in a report is one of Rapport's own (field names, enums); the vocabulary in
// diagnostic-vocabulary.ts is enforced where reports arrive (the background's message schema), so
// the content script need not carry it.
const unique = <T extends string>(values: readonly T[]): T[] => [...new Set(values)];

export const COUNTED: ReadonlyArray<readonly [keyof PageDiagnostics['counts'], string]> = [
  ['sections', 'section'],
  ['headings', 'h1, h2, h3, [role="heading"]'],
  ['topCardKeys', '[componentkey$="Topcard"], [id$="Topcard"], section[data-member-id]'],
  ['profileLinks', 'a[href*="/in/"]'],
  ['elements', '*'],
];

/** The parts a dialog showed and lacked, for a dialog found without what its step needs. */
export function dialogParts(dialog: InviteDialog): { found: Part[]; missing: Part[] } {
  const parts: Array<[Part, unknown]> = [
    ['noteBox', dialog.noteBox], ['noteLimit', dialog.noteLimit], ['sendButton', dialog.sendButton],
    ['addNoteButton', dialog.addNoteButton], ['sendWithoutNoteButton', dialog.sendWithoutNoteButton], ['invitee', dialog.invitee?.name],
  ];
  const found: Part[] = ['inviteDialog', `stage:${dialog.stage}`];
  const missing: Part[] = [];
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

/** What a profile page showed: the card's era and signals, the fields read and not read. */
export type ProfileFindings = Pick<PageDiagnostics, 'kind' | 'era' | 'signals' | 'found' | 'missing'>;

/**
 * The reader's part of a report (it needs the top-card reader: content.js makes it, composer.js
 * carries no reader). Not a profile page: only the kind. Never throws, never holds page text.
 */
export function profileFindings(root: Scope, pageUrl?: string): ProfileFindings {
  const findings: ProfileFindings = { kind: 'other', era: null, signals: [], found: [], missing: [] };
  try {
    findings.kind = pageKind(pageUrl ?? documentOf(root)?.URL ?? '', root);
    if (findings.kind !== 'profile' && findings.kind !== 'own-profile') return findings;
    const read = readProfile(root, pageUrl);
    const card = findTopCard(root, pageUrl);
    findings.era = card?.era ?? null;
    findings.signals = unique((card?.signals ?? []) as PageDiagnostics['signals']);
    if (card) findings.found.push('topCard');
    for (const field of FIELDS) if (read[field] !== null) findings.found.push(field);
    if (read.connect !== 'none') findings.found.push(`connect:${read.connect}`);
    if (read.pending) findings.found.push('pending');
    findings.missing.push(...(read.missing as Part[]));
  } catch {
    // A report with less in it is still a report.
  }
  return findings;
}

/**
 * A report for `problem` from the reader's findings (profileFindings), the open dialog's parts and
 * the page's element counts: composer.js makes it (content/page-health.ts). Never throws.
 */
export function describePage(root: Scope, problem: PageDiagnostics['problem'], findings: ProfileFindings, dialog?: InviteDialog | null): PageDiagnostics {
  const report: PageDiagnostics = { problem, ...findings, found: [], missing: [], counts: {} };
  try {
    const parts = dialog ? dialogParts(dialog) : { found: [], missing: [] };
    report.found = unique([...findings.found, ...parts.found]);
    report.missing = unique([...findings.missing, ...parts.missing]);
    const doc = documentOf(root);
    for (const [name, selector] of COUNTED) {
      report.counts[name] = (doc ?? root).querySelectorAll(selector).length;
    }
  } catch {
    // A report with less in it is still a report.
  }
  return report;
}
