import { describe, expect, test } from 'vitest';
import { pagesFor, visibleRows } from '../../../src/options/history/history-pages';
import { sectionFromHash } from '../../../src/options/sections';
import { formatDay, statusSince } from '../../../src/options/history/format';

describe('the history window', () => {
  test('renders only the rows in view plus a small margin, even at 10,000 rows', () => {
    const window = visibleRows(44 * 5000, 528, 44, 10_000);
    expect(window.end - window.first).toBeLessThan(30);
    expect(window.first).toBe(5000 - 6);
  });
  test('is clamped at both ends', () => {
    expect(visibleRows(0, 528, 44, 3)).toEqual({ first: 0, end: 3 });
    expect(visibleRows(0, 528, 44, 0)).toEqual({ first: 0, end: 0 });
    expect(visibleRows(44 * 9999, 528, 44, 10_000).end).toBe(10_000);
  });
  test('asks for the pages that hold the window', () => {
    expect(pagesFor({ first: 0, end: 20 })).toEqual([0]);
    expect(pagesFor({ first: 190, end: 215 })).toEqual([0, 1]);
    expect(pagesFor({ first: 400, end: 400 })).toEqual([]);
  });
});

describe('sections', () => {
  test('the hash picks a section; anything else opens templates', () => {
    expect(sectionFromHash('#history')).toBe('history');
    expect(sectionFromHash('#backup')).toBe('backup');
    expect(sectionFromHash('')).toBe('templates');
    expect(sectionFromHash('#nope')).toBe('templates');
  });
});

describe('the "since" column', () => {
  test('a recorded change date; a pending invitation since its sending; an undated change is unknown', () => {
    const sentAt = '2026-01-20T10:00:00Z';
    expect(statusSince({ status: 'accepted', sentAt, statusChangedAt: '2026-02-03T10:00:00Z' })).toBe(formatDay('2026-02-03T10:00:00Z'));
    expect(statusSince({ status: 'pending', sentAt })).toBe(formatDay(sentAt));
    expect(statusSince({ status: 'withdrawn', sentAt })).toBeNull();
    expect(formatDay(sentAt)).not.toBe('');
  });
});
