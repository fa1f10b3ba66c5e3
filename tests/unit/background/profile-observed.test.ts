// What the background learns from the profile on screen, and what the composer is told next: a
// 1st-degree profile settles a pending invitation as accepted (dated now); Connect offered again
// soon after Send changes nothing; Connect offered again later marks it withdrawn without a date,
// because nobody saw when it happened, so no three-week block is claimed; the person's own Withdraw
// click is dated and does start the block.
process.env.TZ = 'Europe/Berlin';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBackground, daysAgo, setNow, type TestBackground } from './background';

const url = (slug: string) => `https://www.linkedin.com/in/${slug}/`;

async function track(bg: TestBackground, slug: string, sentAt: string): Promise<string> {
  const { invitation } = await bg.send({ type: 'invitation.sent', profileUrl: url(slug), name: slug, note: 'Hi', sentAt });
  return invitation.id;
}

const observe = (bg: TestBackground, slug: string, relation: 'connected' | 'connectable' | 'pending') =>
  bg.send({ type: 'profile.observed', profile: { profileUrl: url(slug), relation } });

describe('profile.observed and the re-invite guard', () => {
  let bg: TestBackground;
  beforeEach(() => {
    vi.useFakeTimers();
    setNow('2026-11-23T10:00:00');
    bg = createBackground();
  });
  afterEach(() => vi.useRealTimers());

  it('1st degree: pending becomes accepted, dated now; already settled invitations are left alone', async () => {
    await track(bg, 'ana', daysAgo(9));
    const { changed } = await observe(bg, 'ana', 'connected');
    expect(changed).toMatchObject({ status: 'accepted', statusChangedAt: new Date().toISOString() });
    expect((await observe(bg, 'ana', 'connected')).changed).toBeNull();
  });

  it('Connect shown within ten minutes of Send (LinkedIn still updating) changes nothing', async () => {
    await track(bg, 'ben', new Date(Date.now() - 5 * 60_000).toISOString());
    expect((await observe(bg, 'ben', 'connectable')).changed).toBeNull();
    expect((await bg.send({ type: 'invitations.list' })).items[0]?.status).toBe('pending');
  });

  it('Connect offered again later: withdrawn with no date, and the composer is not told of a block', async () => {
    await track(bg, 'cleo', daysAgo(30));
    const { changed } = await observe(bg, 'cleo', 'connectable');
    expect(changed?.status).toBe('withdrawn');
    expect(changed).not.toHaveProperty('statusChangedAt');
    const stored = (await bg.restart().send({ type: 'invitations.list' })).items[0];
    expect(stored).toMatchObject({ status: 'withdrawn' });
    expect(stored?.statusChangedAt).toBeUndefined();
    const { guard } = await bg.send({ type: 'composer.load', profileUrl: url('cleo') });
    expect(guard?.reinviteLockedUntil).toBeNull();
    expect(guard?.tracked).toMatchObject({ status: 'withdrawn' });
  });

  it('the person\u2019s own Withdraw click is dated and blocks a new invitation for 21 days from then', async () => {
    await track(bg, 'dev', daysAgo(30));
    const { invitation } = await bg.send({ type: 'invitation.withdraw-clicked', profileUrl: url('dev') });
    expect(invitation).toMatchObject({ status: 'withdrawn', statusChangedAt: new Date().toISOString() });
    const { guard } = await bg.send({ type: 'composer.load', profileUrl: url('dev') });
    expect(guard?.reinviteLockedUntil).toBe(new Date(Date.now() + 21 * 86_400_000).toISOString());
    vi.setSystemTime(Date.now() + 21 * 86_400_000 + 1);
    expect((await bg.send({ type: 'composer.load', profileUrl: url('dev') })).guard?.reinviteLockedUntil).toBeNull();
  });

  it('a pending profile, or one nobody tracks, changes nothing', async () => {
    await track(bg, 'eve', daysAgo(3));
    expect((await observe(bg, 'eve', 'pending')).changed).toBeNull();
    expect((await observe(bg, 'nobody', 'connected')).changed).toBeNull();
  });
});

describe('profile.observed: the name is split here, by core/names.ts, with the reader\u2019s hints', () => {
  it('"Anu Priya Velamuri" with LinkedIn\u2019s "Message Anu Priya" hint: the last profile greets "Anu Priya"', async () => {
    const bg = createBackground();
    const profile = { profileUrl: url('anu'), fullName: 'Anu Priya Velamuri', firstNameHints: ['Anu Priya'], relation: 'connectable' as const };
    await bg.send({ type: 'profile.observed', profile });
    const { profile: last } = await bg.send({ type: 'profile.last' });
    expect(last).toMatchObject({ fullName: 'Anu Priya Velamuri', firstName: 'Anu Priya', lastName: 'Velamuri' });
    expect(last).not.toHaveProperty('firstNameHints');
  });

  it('without hints the rule alone splits; a first name sent along does not override it', async () => {
    const bg = createBackground();
    await bg.send({ type: 'profile.observed', profile: { profileUrl: url('kim'), fullName: 'Dr. Kim Lee, PhD', firstName: 'Dr.', relation: 'unknown' } });
    expect((await bg.send({ type: 'profile.last' })).profile).toMatchObject({ firstName: 'Kim', lastName: 'Lee' });
  });

  it('more hints than a card can give are refused at the boundary', async () => {
    const bg = createBackground();
    const profile = { profileUrl: url('x'), fullName: 'X Y', firstNameHints: Array.from({ length: 9 }, () => 'X'), relation: 'unknown' as const };
    await expect(bg.send({ type: 'profile.observed', profile })).rejects.toThrow();
  });
});
