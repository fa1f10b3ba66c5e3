// Whom the note is for: the dialog's invitee decides; the page's profile adds details only
// when it is the same person.
import { describe, expect, test } from 'vitest';
import { dialogNoteSource, noteTarget, profileMatches } from '../../../src/composer/note-context';
import { emptyProfile, type ProfileRead } from '../../../src/linkedin/read-profile';
import { invitee } from '../../../src/linkedin/invitee';

const me = { myName: ' Sam Rivera ', myInterest: 'urban freight' };

function profile(over: Partial<ProfileRead>): ProfileRead {
  return { ...emptyProfile(), missing: [], ...over };
}

const lucia = profile({
  fullName: 'Lucía Ferrer', vanity: 'lucia-ferrer', profileUrl: 'https://www.linkedin.com/in/lucia-ferrer/',
  currentCompany: 'Calloway Mobility', headline: 'UX Researcher', school: 'Santa Brígida', location: 'Valencia',
  mutualConnections: { count: 6, names: ['Tomás Ibarra', 'Hanna Keller'] },
});

describe('noteTarget', () => {
  test('on a profile page, the invitee and the profile agree: every detail is used', () => {
    const target = noteTarget(invitee('Lucía Ferrer', 'lucia-ferrer'), lucia, me);
    expect(target.context).toEqual({
      fullName: 'Lucía Ferrer', firstName: 'Lucía', lastName: 'Ferrer', company: 'Calloway Mobility', headline: 'UX Researcher',
      school: 'Santa Brígida', location: 'Valencia', mutualName: 'Tomás Ibarra', mutualCount: 6, myName: 'Sam Rivera', myInterest: 'urban freight',
    });
    expect(target.person).toEqual({ profileUrl: 'https://www.linkedin.com/in/lucia-ferrer/', name: 'Lucía Ferrer', company: 'Calloway Mobility', headline: 'UX Researcher' });
  });

  test('a search result\'s person (or anyone else than the page shows) gets only their own name', () => {
    const target = noteTarget(invitee('Samuel Achterberg', 'samuel-achterberg'), lucia, { myName: '', myInterest: '' });
    expect(target.context).toEqual({ fullName: 'Samuel Achterberg', firstName: 'Samuel', lastName: 'Achterberg' });
    expect(target.person).toEqual({ profileUrl: 'https://www.linkedin.com/in/samuel-achterberg/', name: 'Samuel Achterberg' });
  });

  test('without an invitee (a dialog that names nobody), the page\'s person', () => {
    expect(noteTarget(null, lucia, me).person.name).toBe('Lucía Ferrer');
    expect(noteTarget(null, null, me)).toEqual({ context: { myName: 'Sam Rivera', myInterest: 'urban freight' }, person: { profileUrl: null, name: null }, points: { en: [], de: [] } });
  });
});

describe('profileMatches', () => {
  test('by profile key when the invitee has one, else by name', () => {
    expect(profileMatches(invitee('Someone', 'lucia-ferrer'), lucia)).toBe(true);
    expect(profileMatches(invitee('Lucía Ferrer', 'other'), lucia)).toBe(false);
    expect(profileMatches(invitee(' lucía  ferrer', null), lucia)).toBe(true);
    expect(profileMatches(invitee('Kenji Watanabe', null), lucia)).toBe(false);
    expect(profileMatches(invitee('Lucía Ferrer', 'lucia-ferrer'), profile({ vanity: 'lucia-ferrer' }))).toBe(false); // no card read
  });
});

test('a dialog\'s next step takes the source its first step read; another dialog, invitee or profile read gets its own', () => {
  const dialog = document.createElement('div');
  const first = dialogNoteSource(dialog, invitee('Lucía Ferrer', 'lucia-ferrer'), lucia);
  expect(first.them.firstName).toBe('Lucía');
  // The note step's read of the dialog: a new invitee object saying the same.
  expect(dialogNoteSource(dialog, invitee('Lucía Ferrer', 'lucia-ferrer'), lucia)).toBe(first);
  expect(dialogNoteSource(document.createElement('div'), invitee('Lucía Ferrer', 'lucia-ferrer'), lucia)).not.toBe(first);
  const reread = dialogNoteSource(dialog, invitee('Lucía Ferrer', 'lucia-ferrer'), profile({ ...lucia }));
  expect(reread).not.toBe(first);
  const other = dialogNoteSource(dialog, invitee('Tomás Ibarra', 'tomas-ibarra'), lucia);
  expect(other.them.fullName).toBe('Tomás Ibarra');
  expect(other.cards).toBeNull(); // the page's profile is not theirs
});
