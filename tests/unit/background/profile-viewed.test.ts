// Which profile views are read: at once only a person whose invitation is pending (their card can
// settle it); any other view when the person on screen is asked for (profile.last: the side
// panel, the popup, the options preview), in the LinkedIn tab looked at last, with the tab's
// answer validated.
process.env.TZ = 'Europe/Berlin';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBackground, daysAgo, setNow, type TestBackground } from './background';

const url = (slug: string) => `https://www.linkedin.com/in/${slug}/`;
const TAB = 7;

const viewed = (bg: TestBackground, slug: string) => bg.send({ type: 'profile.viewed', profileUrl: `${url(slug)}?miniProfileUrn=x` });
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
    await expect(bg.send({ type: 'profile.viewed', profileUrl: 'https://example.com/' })).rejects.toThrow(/not a LinkedIn profile address/);
  });

  it('profile.last reads the person on screen in the LinkedIn tab looked at last, and keeps it', async () => {
    bg.recentTab.value = TAB;
    bg.tabs.set(TAB, () => answer('cleo', 'Cleo Martin'));
    const first = await bg.send({ type: 'profile.last' });
    expect(first.profile).toMatchObject({ profileUrl: url('cleo'), fullName: 'Cleo Martin', firstName: 'Cleo', lastName: 'Martin' });
    expect(bg.tabReads).toEqual([{ tabId: TAB, frameId: 0 }]);
    // The person moved on to another profile in that tab.
    bg.tabs.set(TAB, () => answer('dana', 'Dana Ito'));
    expect((await bg.send({ type: 'profile.last' })).profile?.fullName).toBe('Dana Ito');
    // ... and then to the feed: no one on screen, the last person stays.
    bg.tabs.set(TAB, () => ({ profile: null, health: null }));
    expect((await bg.send({ type: 'profile.last' })).profile?.fullName).toBe('Dana Ito');
    // No LinkedIn tab open any more: the last one read, from session storage after a restart too.
    const restarted = bg.restart();
    expect((await restarted.send({ type: 'profile.last' })).profile?.fullName).toBe('Dana Ito');
    expect(restarted.tabReads).toEqual([]);
  });

  it('a page that could not be read comes back as the popup\u2019s quiet mark; a read clears it', async () => {
    const health = { problem: 'profile-unread', kind: 'profile', era: null, signals: [], found: [], missing: ['topCard', 'fullName'], counts: {} };
    bg.recentTab.value = TAB;
    bg.tabs.set(TAB, () => ({ profile: null, health }));
    const last = await bg.send({ type: 'profile.last' });
    expect(last.profile).toBeNull();
    expect(last.pageHealth?.report).toEqual(health);
    bg.tabs.set(TAB, () => answer('gus', 'Gus Lind'));
    expect((await bg.send({ type: 'profile.last' })).pageHealth).toBeNull();
  });

  it('a tab that is gone, hostile or silent changes nothing, and the question is still answered', async () => {
    await bg.send({ type: 'profile.observed', profile: { profileUrl: url('hana'), fullName: 'Hana Sato', relation: 'connectable' } });
    bg.recentTab.value = TAB;
    const hostile: unknown[] = [
      { profile: { profileUrl: 'https://evil.example/in/x/', fullName: 'X' }, health: null },
      { profile: { profileUrl: url('ivo'), fullName: 'x'.repeat(5000) }, health: null },
      { profile: null, health: { problem: 'profile-unread', kind: 'profile', era: null, signals: [], found: [], missing: [], counts: {}, pageText: 'secret' } },
      'not an answer',
    ];
    for (const bad of hostile) {
      bg.tabs.set(TAB, () => bad);
      const last = await bg.send({ type: 'profile.last' });
      expect(last.profile?.fullName).toBe('Hana Sato');
      expect(last.pageHealth ?? null).toBeNull();
    }
    expect(bg.tabReads).toHaveLength(hostile.length);
    bg.tabs.delete(TAB);
    expect((await bg.send({ type: 'profile.last' })).profile?.fullName).toBe('Hana Sato');
    // A tab that never answers is waited for 1.5 s at most.
    bg.tabs.set(TAB, () => new Promise(() => undefined));
    const asked = bg.send({ type: 'profile.last' });
    await vi.advanceTimersByTimeAsync(1600);
    expect((await asked).profile?.fullName).toBe('Hana Sato');
  });

  it('a tab\u2019s read goes through the same door as the page\u2019s report: a pending invitation settles', async () => {
    await bg.send({ type: 'invitation.sent', profileUrl: url('jo'), name: 'Jo', note: 'Hi', sentAt: daysAgo(9) });
    bg.recentTab.value = TAB;
    bg.tabs.set(TAB, () => ({ profile: { profileUrl: url('jo'), fullName: 'Jo Kim', relation: 'connected' }, health: null }));
    await bg.send({ type: 'profile.last' });
    expect((await bg.send({ type: 'invitations.list' })).items[0]?.status).toBe('accepted');
  });
});
