// Every profile page we have (saved eras A-C, constructed era D) through every kind of change
// LinkedIn makes between releases (tests/drift/linkedin-drift.ts), alone and combined: every
// field expected.json names must survive. Table-driven, deterministic, a few seconds.
import { describe, expect, test } from 'vitest';
import { readProfile } from '../../../src/linkedin';
import { COMBINED, DRIFTS, drift, type DriftName } from '../../drift/linkedin-drift';
import { fixtureText, readJson } from './fixtures';

interface Page {
  file: string;
  url?: string;
  era: 'saved' | 'D';
  kind: string;
  expected: Record<string, unknown>;
}

const SAVED_FIELDS = ['fullName', 'firstName', 'headline', 'location', 'currentCompany', 'school', 'degree', 'mutualConnections', 'connect'];
const CONSTRUCTED_FIELDS = [...SAVED_FIELDS, 'lastName', 'vanity', 'profileUrl', 'pending'];
const pick = (from: Record<string, unknown>, fields: string[]) => Object.fromEntries(fields.map((f) => [f, from[f]]));

const saved = readJson<Array<Record<string, unknown>>>('expected.json').filter((e) => e.pageKind !== 'excerpt');
const constructed = readJson<{ profiles: Array<Record<string, unknown>> }>('constructed/expected.json').profiles;
const PAGES: Page[] = [
  ...saved.map((e) => ({ file: String(e.file), era: 'saved' as const, kind: String(e.pageKind), expected: pick(e, SAVED_FIELDS) })),
  ...constructed.map((e) => ({ file: `constructed/${String(e.file)}`, url: String(e.url), era: 'D' as const, kind: String(e.pageKind), expected: pick(e, CONSTRUCTED_FIELDS) })),
];

const CHANGES: Array<[string, readonly DriftName[]]> = [
  ...(Object.keys(DRIFTS) as DriftName[]).map((name) => [name, [name]] as [string, readonly DriftName[]]),
  ...Object.entries(COMBINED),
];

const html = new Map(PAGES.map((p) => [p.file, fixtureText(p.file)]));
const parse = (page: Page) => new DOMParser().parseFromString(html.get(page.file)!, 'text/html');
/** How many nodes each single change touched, per page (filled by the table below). */
const applied = new Map<string, Map<string, number>>();

describe.each(PAGES)('$file', (page) => {
  test.each(CHANGES)('%s: every expected field survives', (label, names) => {
    const doc = parse(page);
    const counts = drift(doc, names, { fullName: String(page.expected.fullName) });
    if (names.length === 1) {
      if (!applied.has(label)) applied.set(label, new Map());
      applied.get(label)!.set(page.file, counts[label] ?? 0);
    }
    const read = readProfile(doc, page.url);
    expect(pick(read as unknown as Record<string, unknown>, Object.keys(page.expected))).toEqual(page.expected);
  });
});

// A change that never applies would prove nothing: each one alters every era-D page (one's own
// profile has a single action bar) and, where older eras have that kind of thing, a saved page.
test('every change really changed the pages it applies to', () => {
  expect([...applied.keys()].sort()).toEqual(Object.keys(DRIFTS).sort());
  for (const [label, perPage] of applied) {
    const eraD = PAGES.filter((p) => p.era === 'D' && !(label === 'action-bars' && p.kind === 'own-profile')).map((p) => perPage.get(p.file) ?? 0);
    expect(eraD.every((n) => n > 0), `${label} on every era-D page`).toBe(true);
    const onSaved = PAGES.filter((p) => p.era === 'saved').some((p) => (perPage.get(p.file) ?? 0) > 0);
    if (!['keys', 'action-bars'].includes(label)) expect(onSaved, `${label} on a saved page`).toBe(true);
  }
});
