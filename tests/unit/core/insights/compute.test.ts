// Insights over table cases: nothing, one invitation, none old enough, all accepted, small and
// large groups; withdrawn apart; accepted-by-archive and accepted-by-visit alike; weekdays in the
// person's time zone.
import { describe, expect, test } from 'vitest';
import { computeInsights, type InsightSource } from '../../../../src/core/insights';

const DAY = 86_400_000;
const NOW = Date.parse('2026-12-03T10:00:00Z');
const settings = { insightsMinAgeDays: 21, weeklyInviteBudget: 50 };

function inv(daysAgo: number, patch: Partial<InsightSource> = {}): InsightSource {
  return { name: 'Mara Lindqvist', note: '', sentAt: new Date(NOW - daysAgo * DAY).toISOString(), status: 'pending', ...patch };
}
const run = (invitations: InsightSource[], extra: Partial<Parameters<typeof computeInsights>[0]> = {}) =>
  computeInsights({ invitations, templateIds: ['a', 'b'], settings, nowMs: NOW, timeZone: 'UTC', ...extra });
const group = (result: ReturnType<typeof run>, id: string, key: string) =>
  result.breakdowns.find((b) => b.id === id)?.groups.find((g) => g.key === key);

describe('computeInsights', () => {
  test('no invitations: every rate too few, no groups, no weeks', () => {
    const result = run([]);
    expect(result.total).toBe(0);
    expect(result.overall).toMatchObject({ counted: 0, acceptance: { kind: 'too-few' }, reply: { kind: 'too-few' } });
    expect(result.breakdowns.every((b) => b.groups.length === 0 && b.takeaway.kind === 'too-few')).toBe(true);
    expect(result.weekly.weeks).toEqual([]);
    expect(result.timing).toMatchObject({ dated: 0, medianDays: null, undated: 0 });
  });

  test('one invitation, old enough and accepted: counted, but too few to tell', () => {
    const result = run([inv(30, { status: 'accepted', statusChangedAt: new Date(NOW - 27 * DAY).toISOString() })]);
    expect(result.overall).toMatchObject({ counted: 1, accepted: 1, acceptance: { kind: 'too-few', successes: 1, trials: 1 } });
    expect(result.timing).toMatchObject({ dated: 1, medianDays: 3 });
  });

  test('none old enough: all too recent, no rate, yet the weeks and the timing still show them', () => {
    const invitations = Array.from({ length: 40 }, (_, i) => inv(i % 20, { status: i % 2 ? 'accepted' : 'pending', statusChangedAt: new Date(NOW).toISOString() }));
    const result = run(invitations);
    expect(result.overall).toMatchObject({ counted: 0, tooRecent: 40, acceptance: { kind: 'too-few' } });
    expect(result.weekly.weeks.reduce((sum, w) => sum + w.count, 0)).toBe(40);
    expect(result.timing.dated).toBe(20);
  });

  test('the age limit is a setting: 21 days by default, 7 counts more', () => {
    const invitations = Array.from({ length: 30 }, (_, i) => inv(i, { status: 'accepted' }));
    expect(run(invitations).overall.counted).toBe(9);
    expect(run(invitations, { settings: { ...settings, insightsMinAgeDays: 7 } }).overall.counted).toBe(23);
  });

  test('all accepted: 100 %, with an interval below it', () => {
    const result = run(Array.from({ length: 25 }, () => inv(40, { status: 'accepted', templateId: 'a' })));
    const a = group(result, 'template', 'a')!;
    expect(a.acceptance).toMatchObject({ kind: 'rate', value: 1 });
    expect(a.acceptance.kind === 'rate' && a.acceptance.interval.low).toBeCloseTo(25 / (25 + 1.2815515655446004 ** 2), 10);
  });

  test('small and large groups: the large one has a rate, the small one is too few to tell', () => {
    const large = Array.from({ length: 120 }, (_, i) => inv(30 + (i % 50), { templateId: 'a', status: i < 60 ? 'accepted' : 'pending' }));
    const small = Array.from({ length: 8 }, (_, i) => inv(30, { templateId: 'b', status: i < 6 ? 'accepted' : 'declined' }));
    const result = run([...large, ...small]);
    const a = group(result, 'template', 'a')!;
    expect(a).toMatchObject({ counted: 120, accepted: 60, acceptance: { kind: 'rate', value: 0.5 } });
    expect(a.acceptance.kind === 'rate' && [a.acceptance.interval.low.toFixed(4), a.acceptance.interval.high.toFixed(4)]).toEqual(['0.4419', '0.5581']);
    expect(group(result, 'template', 'b')).toMatchObject({ counted: 8, accepted: 6, acceptance: { kind: 'too-few' } });
    expect(result.breakdowns[0]!.takeaway).toMatchObject({ kind: 'single', group: { key: 'a' } });
  });

  test('replied counts as accepted and as a reply; withdrawn is in no rate but counted apart', () => {
    const invitations = [
      ...Array.from({ length: 10 }, () => inv(30, { status: 'replied' })),
      ...Array.from({ length: 10 }, () => inv(30, { status: 'accepted' })),
      ...Array.from({ length: 20 }, () => inv(30, { status: 'declined' })),
      ...Array.from({ length: 15 }, () => inv(30, { status: 'withdrawn' })),
    ];
    expect(run(invitations).overall).toMatchObject({
      counted: 40, accepted: 20, replied: 10, withdrawn: 15,
      acceptance: { kind: 'rate', value: 0.5 }, reply: { kind: 'rate', value: 0.25 },
    });
  });

  test('accepted by LinkedIn’s archive (a date only) and by a visit (a moment) count alike', () => {
    const sent = Date.parse('2026-10-01T15:30:00Z');
    const byArchive = { sentAt: new Date(sent).toISOString(), status: 'accepted' as const, statusChangedAt: '2026-10-01T00:00:00Z' };
    const byVisit = { sentAt: new Date(sent).toISOString(), status: 'accepted' as const, statusChangedAt: '2026-10-01T18:00:00Z' };
    const result = run([{ ...inv(0), ...byArchive }, { ...inv(0), ...byVisit }]);
    expect(result.overall).toMatchObject({ counted: 2, accepted: 2 });
    expect(result.timing.bins[0]).toMatchObject({ from: 0, to: 1, count: 2 });
  });

  test('the weekday is the one in the person’s time zone', () => {
    // Monday 2026-11-02 23:30 in New York is Tuesday 04:30 UTC.
    const late = { ...inv(0), sentAt: '2026-11-03T04:30:00Z' };
    expect(group(run([late], { timeZone: 'America/New_York' }), 'weekday', '0')?.counted).toBe(1);
    expect(group(run([late], { timeZone: 'UTC' }), 'weekday', '1')?.counted).toBe(1);
    expect(group(run([late], { timeZone: 'Not/AZone' }), 'weekday', '1')?.counted).toBe(1);
  });

  test('a talking-point breakdown only when invitations recorded one', () => {
    expect(run([inv(30)]).breakdowns.map((b) => b.id)).toEqual(['template', 'length', 'coach', 'weekday']);
    const result = run([inv(30, { usedTalkingPoint: true, status: 'accepted' }), inv(30, { usedTalkingPoint: false }), inv(30)]);
    expect(result.breakdowns.map((b) => b.id)).toEqual(['template', 'length', 'talkingPoint', 'coach', 'weekday']);
    expect(group(result, 'talkingPoint', 'yes')).toMatchObject({ counted: 1, accepted: 1 });
    expect(group(result, 'talkingPoint', 'no')).toMatchObject({ counted: 1, accepted: 0 });
  });

  test('note length bands and the coach’s verdict group the notes', () => {
    const good = 'Hi Mara, I saw your talk on platform teams at Fjord Labs and loved the part about on-call. We both studied at KTH. Would you be open to a short chat?';
    const result = run([inv(30, { note: '' }), inv(30, { note: 'Hi!' }), inv(30, { note: good, company: 'Fjord Labs' }), inv(30, { note: 'x'.repeat(250) })]);
    expect(result.breakdowns.find((b) => b.id === 'length')!.groups.map((g) => [g.key, g.counted])).toEqual([['none', 1], ['short', 1], ['medium', 1], ['long', 1]]);
    expect(group(result, 'coach', 'no-note')?.counted).toBe(1);
    expect(group(result, 'coach', 'ready')?.counted).toBe(1);
  });

  test('templates in the person’s order, then notes without one, then deleted ones together', () => {
    const result = run([inv(30, { templateId: 'gone' }), inv(30), inv(30, { templateId: 'b' }), inv(30, { templateId: 'a' }), inv(30, { templateId: 'lost' })]);
    expect(result.breakdowns[0]!.groups.map((g) => [g.key, g.counted])).toEqual([['a', 1], ['b', 1], ['(none)', 1], ['(deleted)', 2]]);
  });

  test('weekly counts run from the first week to this one, empty weeks included', () => {
    const result = run([inv(0), inv(1), inv(15), inv(15)]);
    // Now is Thursday 3 December: this week (from Monday 30 November) has 2, the week before
    // none, and the week of 16 November the 2 sent on Wednesday the 18th.
    expect(result.weekly.weeks.map((w) => [new Date(w.monday * DAY).toISOString().slice(0, 10), w.count])).toEqual([
      ['2026-11-16', 2], ['2026-11-23', 0], ['2026-11-30', 2],
    ]);
    expect(result.weeklyBudget).toBe(50);
  });
});
