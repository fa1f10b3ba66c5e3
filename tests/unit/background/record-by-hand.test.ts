// Recording by hand (the side panel's offer when a page could not deliver its report): the
// invitation is kept as the person's own ('manual'), and its undo removes only such a record.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBackground, setNow, type TestBackground } from './background';

const profileUrl = 'https://www.linkedin.com/in/lucia-ferrer/';
const list = async (bg: TestBackground) => (await bg.send({ type: 'invitations.list', limit: 1000 })).items;

describe('an invitation recorded by hand', () => {
  let bg: TestBackground;
  beforeEach(() => {
    vi.useFakeTimers();
    setNow('2026-11-23T10:00:00');
    bg = createBackground();
  });
  afterEach(() => vi.useRealTimers());

  it('is kept as manual, sent now, pending, and the profile is tracked from then on', async () => {
    const { invitation } = await bg.send({ type: 'invitation-sent', source: 'manual', profileUrl, name: 'Lucía Ferrer', company: 'Acme', note: '' });
    expect(invitation).toMatchObject({ source: 'manual', status: 'pending', name: 'Lucía Ferrer', company: 'Acme', note: '', sentAt: new Date().toISOString() });
    expect((await bg.send({ type: 'composer.load', profileUrl })).guard?.tracked).toMatchObject({ id: invitation.id });
    // It survives a worker restart like any other record.
    expect((await list(bg.restart())).map((i) => i.source)).toEqual(['manual']);
  });

  it('undo removes it; a second undo finds nothing', async () => {
    const { invitation } = await bg.send({ type: 'invitation-sent', source: 'manual', profileUrl, name: 'Lucía Ferrer', note: '' });
    expect(await bg.send({ type: 'invitation.unrecord', id: invitation.id })).toEqual({ removed: true });
    expect(await list(bg)).toEqual([]);
    expect(await bg.send({ type: 'invitation.unrecord', id: invitation.id })).toEqual({ removed: false });
  });

  it('undo never removes what the composer recorded', async () => {
    const { invitation } = await bg.send({ type: 'invitation-sent', profileUrl, name: 'Lucía Ferrer', note: 'Hi' });
    expect(invitation.source).toBe('composer');
    expect(await bg.send({ type: 'invitation.unrecord', id: invitation.id })).toEqual({ removed: false });
    expect(await list(bg)).toHaveLength(1);
  });
});
