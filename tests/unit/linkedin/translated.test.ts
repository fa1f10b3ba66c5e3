// Translated copies (fr, de) of a 2024 page and of the dialog pass the same assertions as the
// English originals. Regenerate them with tests/fixtures/linkedin/translated/translate.ts.
import { describe, expect, test } from 'vitest';
import { findConnectControls, findInviteDialog, pageKind } from '../../../src/linkedin';
import { loadPage, readJson, readNamed } from './fixtures';

const original = readJson<Array<Record<string, unknown>>>('expected.json').find((e) => e.file === '2024-connect-primary-mutuals.html')!;
const PROFILE_FIELDS = ['fullName', 'firstName', 'headline', 'location', 'currentCompany', 'school', 'degree', 'mutualConnections', 'connect'] as const;

describe.each(['fr', 'de'])('%s', (lang) => {
  const doc = loadPage(`translated/2024-connect-primary-mutuals.${lang}.html`);
  const read = readNamed(doc);

  test('the labels really are translated', () => {
    expect(doc.documentElement.lang).toBe(lang);
    expect(doc.body.innerHTML).not.toMatch(/to connect"|mutual connection|degree connection|Current company:/);
  });

  test.each(PROFILE_FIELDS)('%s as in the English original', (field) => {
    expect(read[field]).toEqual(original[field]);
  });

  test('first name "Anu Priya" comes from the translated "Message" label', () => {
    expect(read.firstName).toBe('Anu Priya');
  });

  test('Connect: only the subject, among eight translated sidebar invites', () => {
    expect(doc.querySelectorAll('aside button[aria-label]').length).toBeGreaterThan(7);
    expect(findConnectControls(doc).map((c) => [c.placement, c.person.name])).toEqual([['primary', 'Anu Priya Velamuri']]);
    expect(pageKind(read.profileUrl!, doc)).toBe('profile');
  });

  test('dialog step 1: stage, person and both controls', () => {
    const dialog = findInviteDialog(loadPage(`translated/dialog-stage1.${lang}.html`))!;
    expect(dialog.stage).toBe('add-note-prompt');
    expect(dialog.invitee?.name).toBe('Lena Okafor');
    expect(dialog.addNoteButton?.getAttribute('aria-label')).toBe(lang === 'fr' ? 'Ajouter une note' : 'Nachricht hinzufügen');
    expect(dialog.sendWithoutNoteButton?.getAttribute('aria-label')).toBe(lang === 'fr' ? 'Envoyer sans note' : 'Ohne Nachricht senden');
  });

  test('dialog step 2: limit 200 from the counter, quota 5 from the translated line, Send', () => {
    const dialog = findInviteDialog(loadPage(`translated/dialog-stage2-free.${lang}.html`))!;
    expect(dialog.stage).toBe('note');
    expect(dialog.noteLimit).toBe(200);
    expect(dialog.freeInvitesRemaining).toBe(5);
    expect(dialog.sendButton?.getAttribute('aria-label')).toBe(lang === 'fr' ? 'Envoyer l’invitation' : 'Einladung senden');
  });
});
