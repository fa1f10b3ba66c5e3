// The table behind drift-*.test.ts: every profile page we have (saved eras A-C, constructed era
// D) × every kind of change LinkedIn makes between releases (tests/drift/linkedin-drift.ts), alone
// and combined. Two test files share it so the two halves run in parallel.
import { expect, test } from 'vitest';
import { COMBINED, DRIFTS, drift, type DriftName } from '../../drift/linkedin-drift';
import { fixtureText, readJson, readNamed } from './fixtures';

export interface DriftPage {
  file: string;
  url?: string;
  kind: string;
  expected: Record<string, unknown>;
}

const SAVED_FIELDS = ['fullName', 'firstName', 'headline', 'location', 'currentCompany', 'school', 'degree', 'mutualConnections', 'connect'];
const CONSTRUCTED_FIELDS = [...SAVED_FIELDS, 'lastName', 'vanity', 'profileUrl', 'pending'];
const pick = (from: Record<string, unknown>, fields: string[]) => Object.fromEntries(fields.map((f) => [f, from[f]]));

export const savedPages = (): DriftPage[] =>
  readJson<Array<Record<string, unknown>>>('expected.json')
    .filter((e) => e.pageKind !== 'excerpt')
    .map((e) => ({ file: String(e.file), kind: String(e.pageKind), expected: pick(e, SAVED_FIELDS) }));

export const constructedPages = (): DriftPage[] =>
  readJson<{ profiles: Array<Record<string, unknown>> }>('constructed/expected.json').profiles.map((e) => ({
    file: `constructed/${String(e.file)}`, url: String(e.url), kind: String(e.pageKind), expected: pick(e, CONSTRUCTED_FIELDS),
  }));

/** About 0.2 s of CPU per case; the margin is for a machine shared with other work. */
const TIMEOUT_MS = 30_000;

export const CHANGES: Array<[string, readonly DriftName[]]> = [
  ...(Object.keys(DRIFTS) as DriftName[]).map((name) => [name, [name]] as [string, readonly DriftName[]]),
  ...Object.entries(COMBINED),
];

/**
 * Registers one test per page × change (every expected field must survive) and returns how many
 * nodes each single change touched per page, filled in as those tests run.
 */
export function driftTable(pages: DriftPage[]): Map<string, Map<string, number>> {
  // Runs of whitespace collapsed (as LinkedIn's minified builds ship them): the saved pages are
  // mostly indentation, which only slows parsing; the reader collapses whitespace anyway.
  const html = new Map(pages.map((p) => [p.file, fixtureText(p.file).replace(/\s{2,}/g, ' ')]));
  const applied = new Map<string, Map<string, number>>();
  const cases = pages.flatMap((page) => CHANGES.map(([label, names]) => ({ page, label, names })));
  test.each(cases)('$page.file, $label: every expected field survives', ({ page, label, names }) => {
    const doc = new DOMParser().parseFromString(html.get(page.file)!, 'text/html');
    const counts = drift(doc, names, { fullName: String(page.expected.fullName) });
    if (names.length === 1) {
      if (!applied.has(label)) applied.set(label, new Map());
      applied.get(label)!.set(page.file, counts[label] ?? 0);
    }
    const read = readNamed(doc, page.url);
    expect(pick(read as unknown as Record<string, unknown>, Object.keys(page.expected))).toEqual(page.expected);
  }, TIMEOUT_MS);
  return applied;
}
