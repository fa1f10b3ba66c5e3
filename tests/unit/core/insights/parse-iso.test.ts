// Insights read every invitation's dates; parseIsoMs() reads the UTC form Rapport stores by hand
// and must give exactly what Date.parse() gives, for that form and for everything else.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseIsoMs } from '../../../../src/core/insights/records';
import '../../fast-check-seed';

describe('parseIsoMs', () => {
  test('equals Date.parse for every date toISOString() writes (and without milliseconds)', () => {
    fc.assert(fc.property(fc.oneof(fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2200-12-31T23:59:59Z'), noInvalidDate: true }), fc.date({ min: new Date('0100-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59.999Z'), noInvalidDate: true })), (date) => {
      const iso = date.toISOString();
      expect(parseIsoMs(iso)).toBe(Date.parse(iso));
      const noMs = iso.replace(/\.\d{3}Z$/, 'Z');
      expect(parseIsoMs(noMs)).toBe(Date.parse(noMs));
    }), { numRuns: 2000 });
  });

  test.each([
    '2024-02-29T12:00:00.000Z', '2026-02-29T12:00:00.000Z', '2026-04-31T00:00:00Z', '2026-13-01T00:00:00Z', '2026-11-01T24:00:00Z',
    '2026-11-01T23:59:60Z', '0050-06-01T00:00:00.000Z', '2026-11-01T10:00:00+01:00', '2026-11-01T10:00Z', '2026-11-01', 'not a date', '',
    '+275760-09-13T00:00:00.000Z', '2026-11-01T10:00:00.5Z',
  ])('%s: the same as Date.parse (NaN included)', (text) => {
    expect(Object.is(parseIsoMs(text), Date.parse(text))).toBe(true);
  });
});
