// Local-time reading around DST changes, in zones that observe them. Node re-reads process.env.TZ
// when it is assigned, so this file switches zones for its own tests and restores the original
// afterwards (Vitest runs each test file in its own worker process by default).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseConnectedOn, parseSentAt, toLocalIsoString } from '../../../../src/core/archive';

const originalTz = process.env.TZ;
function useZone(zone: string) {
  process.env.TZ = zone;
}
beforeAll(() => useZone('America/New_York'));
afterAll(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

const iso = (text: string) => toLocalIsoString(parseSentAt(text)!);

describe('America/New_York', () => {
  test('the zone switch took effect', () => {
    useZone('America/New_York');
    expect(new Date(2026, 0, 15).getTimezoneOffset()).toBe(300);
  });

  test('each date carries the offset in force on that date, not today\u2019s', () => {
    useZone('America/New_York');
    expect(iso('3/7/26, 9:00 AM')).toBe('2026-03-07T09:00:00.000-05:00');
    expect(iso('3/8/26, 9:00 AM')).toBe('2026-03-08T09:00:00.000-04:00');
    expect(iso('11/1/26, 9:00 AM')).toBe('2026-11-01T09:00:00.000-05:00');
    expect(Date.parse(iso('11/14/26, 9:05 AM'))).toBe(Date.UTC(2026, 10, 14, 14, 5));
  });

  test('a time inside the spring-forward gap moves forward an hour, same day', () => {
    useZone('America/New_York');
    expect(iso('3/8/26, 2:30 AM')).toBe('2026-03-08T03:30:00.000-04:00');
  });

  test('an ambiguous fall-back time takes its first occurrence', () => {
    useZone('America/New_York');
    expect(iso('11/1/26, 1:30 AM')).toBe('2026-11-01T01:30:00.000-04:00');
  });

  test('Connected On is local midnight with that day\u2019s offset', () => {
    useZone('America/New_York');
    expect(toLocalIsoString(parseConnectedOn('08 Mar 2026')!.localMidnight)).toBe('2026-03-08T00:00:00.000-05:00');
    expect(toLocalIsoString(parseConnectedOn('09 Mar 2026')!.localMidnight)).toBe('2026-03-09T00:00:00.000-04:00');
  });
});

describe('zones with other rules', () => {
  test('Europe/Berlin: 12 AM and 12 PM on the change day', () => {
    useZone('Europe/Berlin');
    expect(iso('3/29/26, 12:00 AM')).toBe('2026-03-29T00:00:00.000+01:00');
    expect(iso('3/29/26, 12:00 PM')).toBe('2026-03-29T12:00:00.000+02:00');
  });

  test('America/Santiago: a day whose midnight does not exist keeps its date', () => {
    useZone('America/Santiago');
    const parsed = parseConnectedOn('06 Sep 2026')!;
    expect(parsed.date).toBe('2026-09-06');
    expect(parsed.localMidnight.getDate()).toBe(6);
  });

  test('Asia/Kolkata: half-hour offsets are written correctly', () => {
    useZone('Asia/Kolkata');
    expect(iso('1/29/26, 2:37 PM')).toBe('2026-01-29T14:37:00.000+05:30');
  });

  test('America/St_Johns: negative half-hour offsets too', () => {
    useZone('America/St_Johns');
    expect(iso('1/29/26, 2:37 PM')).toBe('2026-01-29T14:37:00.000-03:30');
  });
});
