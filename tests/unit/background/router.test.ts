// The message boundary: only Rapport may talk to the background, every request is validated,
// and every error comes back as data that send() turns into a RapportError again.
import { describe, expect, it } from 'vitest';
import { RapportError } from '../../../src/shared/rapport-error';
import { createBackground } from './background';

describe('router', () => {
  it('refuses a sender that is not this extension, and one without an id', async () => {
    const bg = createBackground();
    for (const sender of [{ id: 'another-extension' }, {}]) {
      expect(await bg.route({ type: 'settings.get' }, sender)).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    }
  });

  it('refuses unknown and malformed requests with the problems listed', async () => {
    const bg = createBackground();
    expect(await bg.route({ type: 'storage.dump' })).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    expect(await bg.route('settings.get')).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    const reply = (await bg.route({ type: 'invitation.set-status', id: 'x', status: 'ghosted' })) as { error: { details: string[] } };
    expect(reply.error.details.join('\n')).toMatch(/^status: /m);
    const tooLong = (await bg.route({ type: 'invitation.sent', profileUrl: 'https://www.linkedin.com/in/a/', name: 'x'.repeat(201) })) as { ok: boolean };
    expect(tooLong.ok).toBe(false);
  });

  it('re-throws errors at the caller with their code', async () => {
    const bg = createBackground();
    await expect(bg.send({ type: 'invitation.set-status', id: 'missing', status: 'replied' })).rejects.toMatchObject({ code: 'not-found' });
    await expect(bg.send({ type: 'invitation.sent', profileUrl: 'https://example.com/not-a-profile', name: 'X' })).rejects.toBeInstanceOf(RapportError);
  });

  it('reports a storage failure as an error and keeps serving', async () => {
    const bg = createBackground();
    await bg.send({ type: 'settings.get' });
    bg.local.failNextSet = 'IO error: disk full';
    await expect(bg.send({ type: 'invitation.sent', profileUrl: 'https://www.linkedin.com/in/a/', name: 'A' })).rejects.toMatchObject({ code: 'storage', message: expect.stringMatching(/disk full/) });
    expect((await bg.send({ type: 'invitations.list' })).total).toBe(0);
    await bg.send({ type: 'invitation.sent', profileUrl: 'https://www.linkedin.com/in/a/', name: 'A' });
    expect((await bg.send({ type: 'invitations.list' })).total).toBe(1);
  });
});

describe('settings', () => {
  it('applies a partial patch, refuses an invalid one whole, and clears the default template with null', async () => {
    const bg = createBackground();
    await bg.send({ type: 'settings.set', patch: { myName: 'Sam', defaultTemplateId: 'starter-hello' } });
    await expect(bg.send({ type: 'settings.set', patch: { followUpAfterDays: 0, myName: 'Lost' } })).rejects.toMatchObject({ code: 'invalid-message' });
    expect((await bg.send({ type: 'settings.get' })).settings).toMatchObject({ myName: 'Sam', defaultTemplateId: 'starter-hello' });
    const { settings } = await bg.send({ type: 'settings.set', patch: { defaultTemplateId: null } });
    expect(settings.defaultTemplateId).toBeUndefined();
    expect(bg.sync.raw('settings')).not.toHaveProperty('defaultTemplateId');
  });
});

describe('status undo', () => {
  it('restores the previous status with its original date and follow-up mark', async () => {
    const bg = createBackground();
    const { invitation } = await bg.send({ type: 'invitation.sent', profileUrl: 'https://www.linkedin.com/in/ana/', name: 'Ana' });
    await bg.send({ type: 'invitation.set-status', id: invitation.id, status: 'withdrawn' });
    const undone = await bg.send({ type: 'invitation.set-status', id: invitation.id, status: 'pending', followedUpAt: null, statusChangedAt: null });
    expect(undone.invitation).toEqual(invitation);
  });
});

describe('composer.inject', () => {
  it('injects into the asking LinkedIn tab and frame only', async () => {
    const bg = createBackground();
    const reply = await bg.route({ type: 'composer.inject' }, { id: 'rapport-test-extension', url: 'https://www.linkedin.com/in/ana/', tab: { id: 7 }, frameId: 0 });
    expect(reply).toEqual({ ok: true, data: { injected: true } });
    expect(bg.injected).toEqual([{ tabId: 7, frameId: 0 }]);
  });

  it('refuses extension pages and other sites', async () => {
    const bg = createBackground();
    for (const sender of [{ id: 'rapport-test-extension', url: 'chrome-extension://x/popup.html' }, { id: 'rapport-test-extension', url: 'https://evil.example/', tab: { id: 3 } }]) {
      expect(await bg.route({ type: 'composer.inject' }, sender)).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    }
    expect(bg.injected).toEqual([]);
  });
});

describe('invitation.refused', () => {
  it('forgets the composer’s recording of the last minute, and nothing else', async () => {
    const bg = createBackground();
    await bg.send({ type: 'backup.import', mode: 'merge', text: JSON.stringify({ format: 'rapport-backup', version: 1, invitations: [{ id: 'old', profileUrl: 'https://www.linkedin.com/in/bo/', name: 'Bo', sentAt: '2026-01-01T00:00:00Z', status: 'pending' }] }) });
    expect((await bg.send({ type: 'invitation.refused', profileUrl: 'https://www.linkedin.com/in/bo/' })).removed).toBeNull();
    const { invitation } = await bg.send({ type: 'invitation.sent', profileUrl: 'https://www.linkedin.com/in/ana/', name: 'Ana' });
    expect((await bg.send({ type: 'invitation.refused', profileUrl: 'https://www.linkedin.com/in/ana' })).removed).toEqual(invitation);
    expect((await bg.send({ type: 'invitations.list' })).items.map((i) => i.id)).toEqual(['old']);
    expect(bg.local.raw(`i:${invitation.id}`)).toBeUndefined();
  });
});
