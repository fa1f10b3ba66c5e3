// Every constructed era-D (2026) profile page through every drift change, alone and combined:
// every field of constructed/expected.json survives (drift-table.ts; saved pages: drift-saved.test.ts).
import { expect, test } from 'vitest';
import { DRIFTS } from '../../drift/linkedin-drift';
import { constructedPages, driftTable } from './drift-table';

const pages = constructedPages();
const applied = driftTable(pages);

// A change that never applies would prove nothing: each one alters every era-D page (one's own
// profile has a single action bar, so nothing to reorder there).
test('every change really changed every era-D page', () => {
  expect([...applied.keys()].sort()).toEqual(Object.keys(DRIFTS).sort());
  for (const [label, perPage] of applied) {
    for (const page of pages) {
      if (label === 'action-bars' && page.kind === 'own-profile') continue;
      expect(perPage.get(page.file), `${label} on ${page.file}`).toBeGreaterThan(0);
    }
  }
});
