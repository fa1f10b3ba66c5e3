// The coach score with stand-ins gives exactly the coach's own verdict on the note as written.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { coachBandOf, type CoachBand } from '../../../../src/core/insights/coach-score';

const notes = [
  'Hi {first}, I enjoyed your post about {company}’s platform team. Would you be open to swapping notes sometime?',
  'Hello {first}, I am reaching out to connect with professionals in the industry. I would love to add you to my network.',
  'Hi {full}, fellow KTH alum here. We both studied there.',
  'I’d like to join your professional network.',
  '{company} is hiring? Could you refer me for the open role at {company}?',
  'Hi [Name], great to meet you!',
  'Hey {first} — saw {company} in the news, congrats. Coffee sometime?',
];
const fill = (note: string, full: string, company: string) =>
  note.replaceAll('{first}', full.split(' ')[0]!).replaceAll('{full}', full).replaceAll('{company}', company);

describe('coachBandOf', () => {
  test('an empty note has no score', () => {
    expect(coachBandOf({ note: '  ', name: 'Mara Lindqvist' }, new Map())).toBe('no-note');
  });

  test('with a memo, every note scores as it does alone, and a template scores once', () => {
    const memo = new Map<string, CoachBand>();
    const people = [['Mara Lindqvist', 'Fjord Labs'], ['Jürgen Weiß', 'Nordlicht GmbH'], ['Ana', 'Acme'], ['Tomás Ortega', '']];
    for (const note of notes) {
      for (const [name, company] of people) {
        const facts = { note: fill(note, name!, company!), name: name!, company: company || undefined };
        expect(coachBandOf(facts, memo)).toBe(coachBandOf(facts));
      }
    }
    expect(memo.size).toBeLessThan(notes.length * people.length);
  });

  test('names or companies that are words the coach looks for are scored as written', () => {
    const memo = new Map<string, CoachBand>();
    for (const [name, company] of [['Open To', 'Chat Inc'], ['Alex Morgan', 'You Corp'], ['X', 'Referral Partners']]) {
      for (const note of notes) {
        const facts = { note: fill(note, name!, company!), name: name!, company: company! };
        expect(coachBandOf(facts, memo)).toBe(coachBandOf(facts));
      }
    }
  });

  test('property: random names and companies never change the verdict', () => {
    const word = fc.stringMatching(/^[A-Za-zÄÖÜäöüéß]{1,9}$/);
    const memo = new Map<string, CoachBand>();
    fc.assert(fc.property(fc.constantFrom(...notes), word, word, fc.option(word, { nil: '' }), (note, first, last, company) => {
      const name = `${first} ${last}`;
      const facts = { note: fill(note, name, company), name, company: company || undefined };
      return coachBandOf(facts, memo) === coachBandOf(facts);
    }), { numRuns: 300 });
  });
});
