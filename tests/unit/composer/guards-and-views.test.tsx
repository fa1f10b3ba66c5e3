// The composer's small parts: guard messages, the counter's exact text, memoLast, profile reports.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { render } from 'preact';
import { guardMessages } from '../../../src/composer/guards';
import { Counter } from '../../../src/composer/Counter';
import { t } from '../../../src/composer/i18n';
import { memoLast } from '../../../src/composer/memo-last';
import { toObserved } from '../../../src/content/page-profile';
import { emptyProfile } from '../../../src/linkedin/read-profile';
import type { ProfileGuard } from '../../../src/shared/messages';

beforeEach(() => {
  vi.stubGlobal('chrome', { i18n: { getMessage: (key: string, subs: string[] = []) => (key.startsWith('composer_') ? `${key}(${subs.join('|')})` : '') } });
});
afterEach(() => vi.unstubAllGlobals());

const base: ProfileGuard = { tracked: null, reinviteLockedUntil: null, sentThisWeek: 3, weeklyInviteBudget: 100, notesThisMonth: 1, monthlyNoteQuota: 5 };
const now = Date.parse('2026-03-01T12:00:00Z');
const free = { now, limit: 200, freeInvitesRemaining: null };

describe('guardMessages', () => {
  test('nothing to say', () => {
    expect(guardMessages(null, free)).toEqual([]);
    expect(guardMessages(base, free)).toEqual([]);
  });

  test('weekly ceiling, note quota (only when LinkedIn does not say and not Premium), recent withdrawal', () => {
    expect(guardMessages({ ...base, sentThisWeek: 100 }, free)).toEqual(['composer_guard_week(100|100)']);
    const notes = { ...base, notesThisMonth: 5 };
    expect(guardMessages(notes, free)).toEqual(['composer_guard_notes(5|5)']);
    expect(guardMessages(notes, { ...free, limit: 300 })).toEqual([]);
    expect(guardMessages(notes, { ...free, freeInvitesRemaining: 2 })).toEqual([]);
    expect(guardMessages({ ...base, reinviteLockedUntil: '2026-03-10T00:00:00Z' }, free)[0]).toMatch(/^composer_guard_reinvite\(.*2026/);
    expect(guardMessages({ ...base, reinviteLockedUntil: '2026-02-10T00:00:00Z' }, free)).toEqual([]);
  });

  test('a withdrawal nobody saw happen gives no date for the block, only the sending date and a caution', () => {
    const sentAt = '2026-01-20T10:00:00Z';
    const tracked = { id: 'a', profileUrl: 'https://www.linkedin.com/in/a/', name: 'A', note: '', sentAt, status: 'withdrawn' as const, source: 'composer' as const, daysSinceSent: 40, bucket: 'closed' as const };
    const undated = guardMessages({ ...base, tracked }, free);
    expect(undated).toHaveLength(1);
    expect(undated[0]).toMatch(/^composer_guard_withdrawn_undated\(.*2026\)$/);
    const dated = { ...tracked, statusChangedAt: '2026-02-25T10:00:00Z' };
    expect(guardMessages({ ...base, tracked: dated, reinviteLockedUntil: '2026-03-18T10:00:00Z' }, free)).toEqual([expect.stringMatching(/^composer_guard_reinvite\(/)]);
  });
});

describe('Counter', () => {
  test('exactly N/LIMIT, counted like the box (CRLF is one), over-limit line apart', () => {
    const root = document.createElement('div');
    render(<Counter text={'ab\r\ncd'} limit={200} />, root);
    expect(root.querySelector('[data-part="counter"]')?.textContent).toBe('5/200');
    expect(root.querySelector('[data-part="over-limit"]')).toBeNull();
    render(<Counter text={'😀'.repeat(101)} limit={200} />, root);
    expect(root.querySelector('[data-part="counter"]')?.textContent).toBe('202/200');
    expect(root.querySelector('[data-part="over-limit"]')?.textContent).toBe('composer_over(2)');
  });
});

test('t() without the extension API shows the key', () => {
  vi.stubGlobal('chrome', undefined);
  expect(t('composer_insert')).toBe('composer_insert');
});

test('memoLast recomputes only for new arguments', () => {
  const fn = vi.fn((a: string, b: object) => `${a}${Object.keys(b).length}`);
  const memo = memoLast(fn);
  const o = {};
  memo('x', o);
  memo('x', o);
  memo('x', {});
  expect(fn).toHaveBeenCalledTimes(2);
});

describe('toObserved', () => {
  const p = { ...emptyProfile(), missing: [], fullName: 'Ada Lovelace', firstNameHints: ['Ada'], profileUrl: 'https://www.linkedin.com/in/ada/', vanity: 'ada' };
  test('the relation the top card shows', () => {
    expect(toObserved({ ...p, degree: '1st' })?.relation).toBe('connected');
    expect(toObserved({ ...p, degree: '2nd', pending: true })?.relation).toBe('pending');
    expect(toObserved({ ...p, degree: '2nd', connect: 'primary' })?.relation).toBe('connectable');
    expect(toObserved({ ...p, degree: '3rd' })?.relation).toBe('unknown');
    expect(toObserved({ ...p, degree: 'self' })).toBeNull();
    expect(toObserved({ ...p, profileUrl: null })).toBeNull();
  });
  test('fields within the message\'s limits', () => {
    const o = toObserved({ ...p, headline: 'h'.repeat(500), currentCompany: 'Acme', mutualConnections: { count: 3, names: ['Bo'] } })!;
    expect(o).toMatchObject({ fullName: 'Ada Lovelace', firstNameHints: ['Ada'], company: 'Acme', mutualName: 'Bo', mutualCount: 3 });
    // The name travels unsplit: the background splits it (core/names.ts), nobody else.
    expect(o).not.toHaveProperty('firstName');
    expect(o.headline).toHaveLength(400);
  });
});
