// One Person, one way to template values (core/person.ts): the greeting name's order of
// precedence, corrections, blank values left out, and the same values for the composer's target
// and for the follow-up of the invitation it recorded.
import { describe, expect, test } from 'vitest';
import { greetingName, personTalkingPoints, toNoteContext } from '../../../src/core/person';
import { personFromInvitation } from '../../../src/core/invitation-person';
import { noteTarget } from '../../../src/composer/note-context';
import { emptyProfile } from '../../../src/linkedin/read-profile';
import { invitee } from '../../../src/linkedin/invitee';

const me = { myName: ' Sam ', myInterest: '' };

describe('greetingName', () => {
  test('a correction, then the greeted name, then the name as read', () => {
    const anu = { fullName: 'Anu Priya Velamuri', firstName: 'Anu', lastName: 'Priya Velamuri' };
    expect(greetingName(anu)).toEqual({ firstName: 'Anu', lastName: 'Priya Velamuri' });
    expect(greetingName({ ...anu, greetedFirstName: 'Anu Priya' }).firstName).toBe('Anu Priya');
    expect(greetingName({ ...anu, greetedFirstName: 'Anu Priya', corrections: { firstName: 'Priya', lastName: 'V.' } })).toEqual({ firstName: 'Priya', lastName: 'V.' });
    expect(greetingName({ fullName: 'Anu Priya Velamuri' })).toEqual({});
  });

  test('a stored invitation is split with the greeted name as the hint (else as the reader splits)', () => {
    expect(personFromInvitation({ name: 'Anu Priya Velamuri', greetedFirstName: 'Anu Priya' })).toMatchObject({ firstName: 'Anu Priya', lastName: 'Velamuri' });
    expect(personFromInvitation({ name: 'Anu Priya Velamuri' })).toMatchObject({ firstName: 'Anu', lastName: 'Priya Velamuri' });
    expect(personFromInvitation({ name: 'Mr Bean' })).toEqual({ fullName: 'Mr Bean', lastName: 'Bean' });
  });
});

describe('toNoteContext', () => {
  test('leaves out blank values and a zero mutual count; corrections win over what was read', () => {
    const context = toNoteContext({ fullName: 'Ana Souza', firstName: 'Ana', lastName: 'Souza', company: ' ', headline: 'Engineer', mutualCount: 0, corrections: { company: 'Acme' } }, me);
    expect(context).toEqual({ fullName: 'Ana Souza', firstName: 'Ana', lastName: 'Souza', company: 'Acme', headline: 'Engineer', myName: 'Sam' });
  });

  test('the composer greets "Anu Priya" (the page\'s hint) and so does the follow-up of what it recorded', () => {
    const read = { ...emptyProfile(), missing: [], fullName: 'Anu Priya Velamuri', firstNameHints: ['Anu Priya'], vanity: 'anu', profileUrl: 'https://www.linkedin.com/in/anu/' };
    const target = noteTarget(invitee('Anu Priya Velamuri', 'anu'), read, me, null);
    expect(target.context.firstName).toBe('Anu Priya');
    const followUp = toNoteContext(personFromInvitation({ name: 'Anu Priya Velamuri', greetedFirstName: target.context.firstName }), me);
    expect(followUp).toMatchObject({ firstName: 'Anu Priya', lastName: 'Velamuri', fullName: 'Anu Priya Velamuri' });
  });
});

describe('one Person for the note and its talking points (issue 16)', () => {
  const about = { schools: [{ name: 'Cambridge' }], employers: [{ name: 'Globex' }], location: 'London', languages: [] };
  const ada = { fullName: 'Ada Lovelace', firstName: 'Ada', lastName: 'Lovelace', company: 'Globex', school: 'Wrong Institute', location: 'London' };
  const kinds = (person: Parameters<typeof personTalkingPoints>[0]) => personTalkingPoints(person, about).en.map((p) => `${p.kind}: ${p.subject}`);

  test('a corrected school or company is the one looked for; a removed one (\'\') is not shared', () => {
    expect(kinds(ada)).toEqual(['employer: Globex', 'city: London']);
    expect(kinds({ ...ada, corrections: { school: 'Cambridge' } })).toEqual(['school: Cambridge', 'employer: Globex', 'city: London']);
    expect(kinds({ ...ada, corrections: { company: '', location: '' } })).toEqual([]);
  });

  test('a removed value leaves the note\'s value out (the template falls back), also a greeted first name', () => {
    const context = toNoteContext({ ...ada, greetedFirstName: 'Ada', corrections: { company: '', firstName: '' } }, me);
    expect(context).not.toHaveProperty('company');
    expect(context).not.toHaveProperty('firstName');
    expect(context).toMatchObject({ lastName: 'Lovelace', school: 'Wrong Institute' });
  });
});
