// Every saved LinkedIn page (eras A-C, 2018-2024) through every drift change, alone and combined:
// every field of expected.json survives (drift-table.ts; era D: drift.test.ts).
import { expect, test } from 'vitest';
import { DRIFTS } from '../../drift/linkedin-drift';
import { driftTable, savedPages } from './drift-table';

const pages = savedPages();
const applied = driftTable(pages);

// Component keys and the two-bar layout are era D's; every other change must find something to
// change in at least one saved page, or it proves nothing here.
test('every change that older eras can undergo changed a saved page', () => {
  expect([...applied.keys()].sort()).toEqual(Object.keys(DRIFTS).sort());
  for (const [label, perPage] of applied) {
    if (label === 'keys' || label === 'action-bars') continue;
    expect(Math.max(...perPage.values()), label).toBeGreaterThan(0);
  }
});
