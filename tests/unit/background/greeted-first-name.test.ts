// The Anu Priya case (issue #17): the first name the invitation greeted is kept with it — through
// the worker's compact record, a restart, a backup — and the follow-up greets the same. A backup
// written before the field existed still imports, and its follow-ups fall back to the split name.
import { describe, expect, it } from 'vitest';
import { encodeInvitation, decodeInvitation } from '../../../src/background/store/invitation-record';
import { followUpMessage } from '../../../src/popup/follow-up';
import { createBackground } from './background';

const anu = { type: 'invitation.sent', profileUrl: 'https://www.linkedin.com/in/anu-priya-velamuri/', name: 'Anu Priya Velamuri', note: 'Hi Anu Priya, …', greetedFirstName: 'Anu Priya' } as const;
const body = 'Hi {{firstName}}, just following up.';

describe('the greeted first name', () => {
  it('is stored with the invitation, survives a restart, and the follow-up greets "Anu Priya"', async () => {
    const bg = createBackground();
    const { invitation } = await bg.send(anu);
    expect(invitation.greetedFirstName).toBe('Anu Priya');
    const stored = JSON.parse(bg.local.data.get(`i:${invitation.id}`)!) as Record<string, unknown>;
    expect(stored).toMatchObject({ v: 4, g: 'Anu Priya' });
    const [after] = (await bg.restart().send({ type: 'invitations.list' })).items;
    expect(after?.greetedFirstName).toBe('Anu Priya');
    expect(followUpMessage(after!, { body }, '', null)).toBe('Hi Anu Priya, just following up.');
  });

  it('the compact record without it (every record stored before) still decodes, without the field', () => {
    const record = encodeInvitation({ id: 'a', profileUrl: anu.profileUrl, name: anu.name, note: '', sentAt: '2026-11-01T09:00:00.000Z', status: 'pending', source: 'composer' });
    expect(record).not.toHaveProperty('g');
    const decoded = decodeInvitation(record, 'a');
    expect(decoded.ok && decoded.value).toEqual(expect.not.objectContaining({ greetedFirstName: expect.anything() }));
    expect(decoded.ok && decoded.migrated).toBe(false);
  });

  it('a JSON backup carries it; a backup from before imports and greets by the split name', async () => {
    const bg = createBackground();
    await bg.send(anu);
    const exported = await bg.send({ type: 'backup.export', format: 'json' });
    expect(JSON.parse(exported.text).invitations[0]).toMatchObject({ greetedFirstName: 'Anu Priya' });
    const csv = await bg.send({ type: 'backup.export', format: 'csv' });
    expect(csv.text.split('\r\n')[1]).toMatch(/,Anu Priya$/);

    const restored = createBackground();
    expect((await restored.send({ type: 'backup.import', mode: 'replace', text: exported.text })).invitations.added).toBe(1);
    const [back] = (await restored.send({ type: 'invitations.list' })).items;
    expect(followUpMessage(back!, { body }, '', null)).toBe('Hi Anu Priya, just following up.');

    const before = JSON.parse(exported.text);
    delete before.invitations[0].greetedFirstName;
    const old = createBackground();
    expect((await old.send({ type: 'backup.import', mode: 'replace', text: JSON.stringify(before) })).invitations.added).toBe(1);
    const [oldAnu] = (await old.send({ type: 'invitations.list' })).items;
    expect(oldAnu?.greetedFirstName).toBeUndefined();
    expect(followUpMessage(oldAnu!, { body }, '', null)).toBe('Hi Anu, just following up.');
  });
});
