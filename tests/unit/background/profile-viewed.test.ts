// Which profile views are read: at once only a person whose invitation is pending (their card can
// settle it); any other view when the person on screen is asked for (profile.last: the side
// panel, the popup, the options preview), once, in its tab, with the tab's answer validated.
process.env.TZ = 'Europe/Berlin';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBackground, daysAgo, EXTENSION_ID, setNow, type TestBackground } from './background';
import { unwrapReply } from '../../../src/shared/rapport-error';

const url = (slug: string) => `https://www.linkedin.com/in/${slug}/`;
const TAB = 7;

/** profile.viewed as a content script in tab `tabId` sends it. */
const viewed = async (bg: TestBackground, slug: string, tabId = TAB) =>
  unwrapReply(await bg.route({ type: 'profile.viewed', profileUrl: `${url(slug)}?miniProfileUrn=x` }, { id: EXTENSION_ID, tab: { id: tabId }, frameId: 0 })) as { read: boolean };

const answer = (slug: string, fullName: string) => ({ profile: { profileUrl: url(slug), fullName, relation: 'connectable' }, health: null });

describe('profile.viewed and the read on request', () => {
  let bg: TestBackground;
  beforeEach(() => {
    vi.useFakeTimers();
    setNow('2026-11-23T10:00:00');
    bg = createBackground();
  });
  afterEach(() => vi.useRealTimers());

  it('reads at once only a person whose newest invitation is pending', async () => {
    await bg.send({ type: 'invitation.sent', profileUrl: url('ana'), name: 'Ana', note: 'Hi', sentAt: daysAgo(3) });
    const { invitation } = await bg.send({ type: 'invitation.sent', profileUrl: url('ben'), name: 'Ben', note: 'Hi', sentAt: daysAgo(9) });
    await bg.send({ type: 'invitation.set-status', id: invitation.id, status: 'accepted' });
    expect(await viewed(bg, 'ana')).toEqual({ read: true });
    expect(await viewed(bg, 'ben')).toEqual({ read: false });
    expect(await viewed(bg, 'nobody-tracked')).toEqual({ read: false });
    // At worker start, from the index, as after a restart.
    expect(await viewed(bg.restart(), 'ana')).toEqual({ read: true });
  });

  it('profile.last reads a view nobody read yet in its tab, once, and keeps what it found', async () => {
    bg.tabs.set(TAB, () => answer('cleo', 'Cleo Martin'));
    await viewed(bg, 'cleo');
    const first = await bg.send({ type: 'profile.last' });
    expect(first.profile).toMatchObject({ profileUrl: url('cleo'), fullName: 'Cleo Martin', firstName: 'Cleo', lastName: 'Martin' });
    expect(await bg.send({ type: 'profile.last' })).toEqual(first);
    expect(bg.tabReads).toEqual([{ tabId: TAB, frameId: 0 }]);
    // A new view is read again when asked.
    bg.tabs.set(TAB, () => answer('dana', 'Dana Ito'));
    await viewed(bg, 'dana');
    expect((await bg.send({ type: 'profile.last' })).profile?.fullName).toBe('Dana Ito');
    expect(bg.tabReads).toHaveLength(2);
  });

  it('a view its page reported (read at once, or at a Connect press) is not read again', async () => {
    bg.tabs.set(TAB, () => answer('eve', 'Someone Else'));
    await viewed(bg, 'eve');
    await bg.send({ type: 'profile.observed', profile: { profileUrl: url('eve'), fullName: 'Eve Adams', relation: 'connectable' } });
    expect((await bg.send({ type: 'profile.last' })).profile?.fullName).toBe('Eve Adams');
    expect(bg.tabReads).toEqual([]);
  });

  it('the view is remembered across a worker restart', async () => {
    await viewed(bg, 'finn');
    const restarted = bg.restart();
    restarted.tabs.set(TAB, () => answer('finn', 'Finn Berg'));
    expect((await restarted.send({ type: 'profile.last' })).profile?.fullName).toBe('Finn Berg');
  });

  it('a page that could not be read comes back as the popup\u2019s quiet mark', async () => {
    const health = { problem: 'profile-unread', kind: 'profile', era: null, signals: [], found: [], missing: ['topCard', 'fullName'], counts: {} };
    bg.tabs.set(TAB, () => ({ profile: null, health }));
    await viewed(bg, 'gus');
    const last = await bg.send({ type: 'profile.last' });
    expect(last.profile).toBeNull();
    expect(last.pageHealth?.report).toEqual(health);
  });

  it('a tab that is gone, hostile or silent changes nothing, and the question is still answered', async () => {
    await bg.send({ type: 'profile.observed', profile: { profileUrl: url('hana'), fullName: 'Hana Sato', relation: 'connectable' } });
    const hostile: unknown[] = [
      { profile: { profileUrl: 'https://evil.example/in/x/', fullName: 'X' }, health: null },
      { profile: { profileUrl: url('ivo'), fullName: 'x'.repeat(5000) }, health: null },
      { profile: null, health: { problem: 'profile-unread', kind: 'profile', era: null, signals: [], found: [], missing: [], counts: {}, pageText: 'secret' } },
      'not an answer',
    ];
    for (const bad of hostile) {
      bg.tabs.set(TAB, () => bad);
      await viewed(bg, 'ivo');
      const last = await bg.send({ type: 'profile.last' });
      expect(last.profile?.fullName).toBe('Hana Sato');
      expect(last.pageHealth ?? null).toBeNull();
    }
    bg.tabs.delete(TAB);
    await viewed(bg, 'ivo');
    expect((await bg.send({ type: 'profile.last' })).profile?.fullName).toBe('Hana Sato');
    // A tab that never answers is waited for 1.5 s at most.
    bg.tabs.set(TAB, () => new Promise(() => undefined));
    await viewed(bg, 'ivo');
    const asked = bg.send({ type: 'profile.last' });
    await vi.advanceTimersByTimeAsync(1600);
    expect((await asked).profile?.fullName).toBe('Hana Sato');
  });

  it('extension pages have no tab: their profile.viewed is answered and remembered nowhere', async () => {
    expect(await bg.send({ type: 'profile.viewed', profileUrl: url('jo') })).toEqual({ read: false });
    await bg.send({ type: 'profile.last' });
    expect(bg.tabReads).toEqual([]);
  });
});
