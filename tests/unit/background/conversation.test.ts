// The conversation after acceptance, driven through the background as the content script and the
// popup drive it: the request recorded from LinkedIn's Send (once, whatever the outbox repeats),
// marked by hand, followed up, answered, undone; the badge and the queue sections follow.
process.env.TZ = 'Europe/Berlin';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBackground, setNow, type TestBackground } from './background';

const url = (slug: string) => `https://www.linkedin.com/in/${slug}/`;
const requestSent = (slug: string, extra: Record<string, unknown> = {}) =>
  ({ type: 'conversation.request-sent', profileUrl: url(slug), name: slug, text: 'Would you have 20 minutes?', ...extra }) as const;

async function accepted(bg: TestBackground, slug: string): Promise<string> {
  const { invitation } = await bg.send({ type: 'invitation.sent', profileUrl: url(slug), name: slug, note: 'Hi' });
  await bg.send({ type: 'invitation.set-status', id: invitation.id, status: 'accepted' });
  return invitation.id;
}
const stored = async (bg: TestBackground, id: string) => (await bg.store.state()).invitations.get(id)!;
const section = async (bg: TestBackground, conversation: 'ask' | 'request-due' | 'no-reply') =>
  (await bg.send({ type: 'invitations.list', conversation })).items.map((i) => i.name);

describe('conversation lifecycle', () => {
  let bg: TestBackground;
  beforeEach(() => {
    vi.useFakeTimers();
    setNow('2026-06-01T10:00:00');
    bg = createBackground();
  });
  afterEach(() => vi.useRealTimers());

  it('accepted → ask → request sent → due after 7 days → no reply after 14 → replied leaves the queue', async () => {
    const id = await accepted(bg, 'ana');
    expect(await section(bg, 'ask')).toEqual(['ana']);
    // The badge counts reminders that fell due, not good news.
    expect(await bg.badge()).toBe('');

    const { invitation, duplicate } = await bg.send(requestSent('ana', { reportId: 'r00000000001', templateId: 'tpl-req' }));
    expect(duplicate).toBe(false);
    expect(invitation?.conversation).toEqual({ stage: 'requested', requestedAt: new Date('2026-06-01T10:00:00').toISOString(), templateId: 'tpl-req', reportId: 'r00000000001' });
    expect(await section(bg, 'ask')).toEqual([]);
    expect(await bg.badge()).toBe('');

    setNow('2026-06-07T23:59:00');
    expect(await section(bg, 'request-due')).toEqual([]);
    setNow('2026-06-08T00:00:00');
    expect(await section(bg, 'request-due')).toEqual(['ana']);
    expect(await bg.badge()).toBe('1');
    expect(await bg.send({ type: 'queue.summary' })).toMatchObject({ ask: 0, requestDue: 1, noReply: 0 });

    setNow('2026-06-15T09:00:00');
    expect(await section(bg, 'no-reply')).toEqual(['ana']);
    expect(await bg.badge()).toBe('');

    await bg.send({ type: 'conversation.set-stage', id, stage: 'replied' });
    expect((await stored(bg, id)).conversation).toMatchObject({ stage: 'replied', stageChangedAt: new Date('2026-06-15T09:00:00').toISOString() });
    expect(await bg.send({ type: 'queue.summary' })).toMatchObject({ ask: 0, requestDue: 0, noReply: 0 });
    await bg.send({ type: 'conversation.set-stage', id, stage: 'met', at: '2026-06-20T12:00:00.000Z' });
    expect((await stored(bg, id)).conversation).toMatchObject({ stage: 'met', stageChangedAt: '2026-06-20T12:00:00.000Z' });
  });

  it('the follow-up marked by hand takes the request out of "follow up" and undo puts it back exactly', async () => {
    const id = await accepted(bg, 'ben');
    await bg.send({ type: 'conversation.set-stage', id, stage: 'requested' });
    const before = (await stored(bg, id)).conversation!;
    expect(before).toEqual({ stage: 'requested', requestedAt: new Date('2026-06-01T10:00:00').toISOString() });
    setNow('2026-06-09T10:00:00');
    await bg.send({ type: 'conversation.mark-followed-up', id });
    expect(await section(bg, 'request-due')).toEqual([]);
    expect((await stored(bg, id)).conversation?.followedUpAt).toBe(new Date('2026-06-09T10:00:00').toISOString());
    await bg.send({ type: 'conversation.restore', id, conversation: before });
    expect((await stored(bg, id)).conversation).toEqual(before);
    expect(await section(bg, 'request-due')).toEqual(['ben']);
    await bg.send({ type: 'conversation.restore', id, conversation: null });
    expect((await stored(bg, id)).conversation).toBeUndefined();
  });

  it('a stage marked without a recorded request records one then; a follow-up without a request is refused', async () => {
    const id = await accepted(bg, 'cleo');
    await expect(bg.send({ type: 'conversation.mark-followed-up', id })).rejects.toMatchObject({ code: 'not-found' });
    await bg.send({ type: 'conversation.set-stage', id, stage: 'replied' });
    expect((await stored(bg, id)).conversation).toMatchObject({ stage: 'replied', requestedAt: new Date('2026-06-01T10:00:00').toISOString() });
    await expect(bg.send({ type: 'conversation.set-stage', id: 'nobody', stage: 'met' })).rejects.toMatchObject({ code: 'not-found' });
  });

  it('request-sent for somebody not tracked stores nothing and says so', async () => {
    await accepted(bg, 'someone-else');
    const before = bg.local.dump();
    expect(await bg.send(requestSent('stranger', { reportId: 'r00000000002' }))).toEqual({ invitation: null, duplicate: false });
    expect(bg.local.dump()).toBe(before);
    await expect(bg.send({ ...requestSent('x'), profileUrl: 'https://example.com/in/x' })).rejects.toMatchObject({ code: 'invalid-message' });
  });

  it('a report delivered twice (also after a worker restart) changes nothing the second time', async () => {
    const id = await accepted(bg, 'dan');
    const first = await bg.send(requestSent('dan', { reportId: 'r00000000003' }));
    const storedAfterFirst = bg.local.dump();
    setNow('2026-06-03T10:00:00');
    expect(await bg.send(requestSent('dan', { reportId: 'r00000000003' }))).toEqual({ invitation: first.invitation, duplicate: true });
    expect(await bg.restart().send(requestSent('dan', { reportId: 'r00000000003' }))).toMatchObject({ duplicate: true });
    expect(bg.local.dump()).toBe(storedAfterFirst);
    expect((await stored(bg.restart(), id)).conversation?.followedUpAt).toBeUndefined();
  });

  it('a later send is the one follow-up (on a later day, or from a follow-up template); a same-day correction is not', async () => {
    const id = await accepted(bg, 'eva');
    await bg.send(requestSent('eva', { reportId: 'r00000000004' }));
    vi.advanceTimersByTime(3_600_000);
    expect(await bg.send(requestSent('eva', { reportId: 'r00000000005' }))).toMatchObject({ duplicate: false });
    expect((await stored(bg, id)).conversation?.followedUpAt).toBeUndefined();
    setNow('2026-06-08T11:00:00');
    await bg.send(requestSent('eva', { reportId: 'r00000000006' }));
    expect((await stored(bg, id)).conversation).toMatchObject({ stage: 'requested', followedUpAt: new Date('2026-06-08T11:00:00').toISOString() });
    setNow('2026-06-09T11:00:00');
    await bg.send(requestSent('eva', { reportId: 'r00000000007' }));
    expect((await stored(bg, id)).conversation?.followedUpAt).toBe(new Date('2026-06-08T11:00:00').toISOString());

    const other = await accepted(bg, 'finn');
    await bg.send({ type: 'templates.save', template: { id: 'tpl-fu', name: 'Nudge', body: 'Hi {{firstName}}', kind: 'conversation-follow-up' } });
    await bg.send(requestSent('finn'));
    vi.advanceTimersByTime(60_000);
    await bg.send(requestSent('finn', { templateId: 'tpl-fu' }));
    expect((await stored(bg, other)).conversation?.followedUpAt).toBeDefined();
  });

  it('the conversation survives a worker restart (stored in the compact record)', async () => {
    const id = await accepted(bg, 'gus');
    await bg.send(requestSent('gus', { sentAt: '2026-06-01T08:00:00.000Z', templateId: 'tpl-a', reportId: 'r00000000008' }));
    await bg.send({ type: 'conversation.mark-followed-up', id, at: '2026-06-08T08:00:00.000Z' });
    await bg.send({ type: 'conversation.set-stage', id, stage: 'closed', at: '2026-06-16T08:00:00.000Z' });
    expect(bg.local.raw(`i:${id}`)).toMatchObject({ v: 4, q: { s: 3, r: Date.parse('2026-06-01T08:00:00.000Z'), f: Date.parse('2026-06-08T08:00:00.000Z'), m: 'tpl-a', p: 'r00000000008' } });
    expect((await stored(bg.restart(), id)).conversation).toEqual({
      stage: 'closed', requestedAt: '2026-06-01T08:00:00.000Z', followedUpAt: '2026-06-08T08:00:00.000Z', stageChangedAt: '2026-06-16T08:00:00.000Z', templateId: 'tpl-a', reportId: 'r00000000008',
    });
  });
});
