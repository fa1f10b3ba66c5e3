// The background's side of the content script's outbox: a report may arrive more than once (the
// worker stopped after storing it, before answering), and its idempotency key (reportId) makes the
// second delivery change nothing, also after a restart. No time window: two sends are two sends.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBackground, setNow, type TestBackground } from './background';

const url = (slug: string) => `https://www.linkedin.com/in/${slug}/`;
const sent = (slug: string, reportId?: string, sentAt?: string) =>
  ({ type: 'invitation.sent', profileUrl: url(slug), name: slug, note: 'Hi', ...(reportId ? { reportId } : {}), ...(sentAt ? { sentAt } : {}) }) as const;
const list = async (bg: TestBackground) => (await bg.send({ type: 'invitations.list', limit: 1000 })).items;

describe('invitation.sent by idempotency key', () => {
  let bg: TestBackground;
  beforeEach(() => {
    vi.useFakeTimers();
    setNow('2026-11-23T10:00:00');
    bg = createBackground();
  });
  afterEach(() => vi.useRealTimers());

  it('a report delivered twice is one invitation, whose id is the key', async () => {
    const first = await bg.send(sent('ana', 'k00000000001'));
    const again = await bg.send(sent('ana', 'k00000000001'));
    expect(first).toMatchObject({ duplicate: false, invitation: { id: 'k00000000001' } });
    expect(again).toEqual({ invitation: first.invitation, duplicate: true });
    expect(await list(bg)).toHaveLength(1);
  });

  it('a delivery after a worker restart (stored, answer lost) finds the stored invitation', async () => {
    await bg.send(sent('ana', 'k00000000002'));
    const restarted = bg.restart();
    expect(await restarted.send(sent('ana', 'k00000000002'))).toMatchObject({ duplicate: true });
    expect(await list(restarted)).toHaveLength(1);
  });

  it('two reports with different keys are two invitations, even a second apart (no time window)', async () => {
    await bg.send(sent('ana', 'k00000000003'));
    vi.advanceTimersByTime(1000);
    await bg.send(sent('ANA', 'k00000000004'));
    expect((await list(bg)).map((i) => i.id).sort()).toEqual(['k00000000003', 'k00000000004']);
  });

  it('keeps the time of the click, not of a late delivery', async () => {
    const clickedAt = new Date(Date.now() - 40_000).toISOString();
    const { invitation } = await bg.send(sent('ana', 'k00000000005', clickedAt));
    expect(invitation.sentAt).toBe(clickedAt);
  });

  it('a key that is already another person\'s invitation id never touches that invitation', async () => {
    await bg.send(sent('ana', 'k00000000006'));
    const { invitation, duplicate } = await bg.send(sent('ben', 'k00000000006'));
    expect(duplicate).toBe(false);
    expect(invitation.id).not.toBe('k00000000006');
    expect((await list(bg)).map((i) => i.profileUrl).sort()).toEqual([url('ana'), url('ben')]);
  });

  it('answers only once the record is written: a failed write is an error, and the retry stores it once', async () => {
    await list(bg); // loaded (a first start may write its own records)
    bg.local.failNextSet = 'IO error: disk full';
    await expect(bg.send(sent('ana', 'k00000000007'))).rejects.toMatchObject({ code: 'storage' });
    expect(await list(bg)).toHaveLength(0);
    await bg.send(sent('ana', 'k00000000007'));
    await bg.send(sent('ana', 'k00000000007'));
    expect(await list(bg.restart())).toHaveLength(1);
  });

  it('refuses a malformed key (the outbox makes 12 base-36 characters)', async () => {
    const reply = await bg.route(sent('ana', 'i:../../x'));
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
  });
});

describe('reports that change an invitation apply once', () => {
  let bg: TestBackground;
  beforeEach(() => {
    vi.useFakeTimers();
    setNow('2026-11-23T10:00:00');
    bg = createBackground();
  });
  afterEach(() => vi.useRealTimers());

  it('a refusal takes back exactly the send it names; delivered again it takes back nothing more', async () => {
    await bg.send(sent('ana', 'k0000000000a', new Date(Date.now() - 30_000).toISOString()));
    await bg.send(sent('ana', 'k0000000000b'));
    const refusal = { type: 'invitation.refused', profileUrl: url('ana'), sentReportId: 'k0000000000a', reportId: 'r0000000000a' } as const;
    expect((await bg.send(refusal)).removed?.id).toBe('k0000000000a');
    expect((await bg.send(refusal)).removed).toBeNull();
    expect((await list(bg)).map((i) => i.id)).toEqual(['k0000000000b']);
  });

  it('a refusal delivered late (after retries) still takes back the send it names', async () => {
    await bg.send(sent('ana', 'k0000000000e'));
    vi.advanceTimersByTime(5 * 60_000);
    const { removed } = await bg.send({ type: 'invitation.refused', profileUrl: url('ana'), sentReportId: 'k0000000000e' });
    expect(removed?.id).toBe('k0000000000e');
  });

  it('a refusal naming another person\'s send removes nothing', async () => {
    await bg.send(sent('ana', 'k0000000000c'));
    expect((await bg.send({ type: 'invitation.refused', profileUrl: url('ben'), sentReportId: 'k0000000000c' })).removed).toBeNull();
    expect(await list(bg)).toHaveLength(1);
  });

  it('a withdrawal delivered twice keeps the time of the first', async () => {
    await bg.send(sent('ana', 'k0000000000d', new Date(Date.now() - 86_400_000).toISOString()));
    const withdraw = { type: 'invitation.withdraw-clicked', profileUrl: url('ana'), reportId: 'w0000000000d' } as const;
    const first = await bg.send(withdraw);
    vi.advanceTimersByTime(60_000);
    expect((await bg.send(withdraw)).invitation).toBeNull();
    expect((await list(bg))[0]).toMatchObject({ status: 'withdrawn', statusChangedAt: first.invitation?.statusChangedAt });
  });
});
