// The coach score Insights gives a note is exactly the band of the coach's own hints on the note
// as written (the straightforward way: coachNote, then count warnings and tips), for template
// notes filled for many people, awkward names, and a whole generated backup through computeInsights.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { coachNote } from '../../../../src/core/coach';
import { computeInsights } from '../../../../src/core/insights';
import { bandOfHints, coachBandOf, coachBands, contextOf, type CoachBand, type CoachFacts } from '../../../../src/core/insights/coach-score';
import { insightInvitations, insightTemplates } from '../../../e2e/insights-backup';
import '../../fast-check-seed';

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

/** The straightforward way: the coach's hints on the note as written, then their band. */
function coachedBand(facts: CoachFacts): CoachBand {
  if (!facts.note.trim()) return 'no-note';
  return bandOfHints(coachNote(facts.note, { limit: Number.MAX_SAFE_INTEGER, context: contextOf(facts) }));
}

describe('coachBandOf', () => {
  test('an empty note has no score', () => {
    expect(coachBandOf({ note: '  ', name: 'Mara Lindqvist' })).toBe('no-note');
  });

  test('every template note, filled for several people, scores as the coach scores it', () => {
    const people = [['Mara Lindqvist', 'Fjord Labs'], ['Jürgen Weiß', 'Nordlicht GmbH'], ['Ana', 'Acme'], ['Tomás Ortega', '']];
    for (const note of notes) {
      for (const [name, company] of people) {
        const facts = { note: fill(note, name!, company!), name: name!, company: company || undefined };
        expect(coachBandOf(facts)).toBe(coachedBand(facts));
      }
    }
  });

  test('names or companies that are words the coach looks for score as the coach scores them', () => {
    for (const [name, company] of [['Open To', 'Chat Inc'], ['Alex Morgan', 'You Corp'], ['X', 'Referral Partners']]) {
      for (const note of notes) {
        const facts = { note: fill(note, name!, company!), name: name!, company: company!, headline: `${company} at ${name}` };
        expect(coachBandOf(facts)).toBe(coachedBand(facts));
      }
    }
  });

  test('property: random names, companies and headlines never change the verdict', () => {
    const word = fc.stringMatching(/^[A-Za-zÄÖÜäöüéß’]{1,9}$/);
    fc.assert(fc.property(fc.constantFrom(...notes), word, word, fc.option(word, { nil: '' }), fc.option(fc.string({ maxLength: 30 }), { nil: undefined }), (note, first, last, company, headline) => {
      const name = `${first} ${last}`;
      const facts = { note: fill(note, name, company), name, company: company || undefined, headline };
      return coachBandOf(facts) === coachedBand(facts);
    }), { numRuns: 500 });
  });

  test('property: the first name is the name up to its first whitespace, as name.search(/\\s/) finds it', () => {
    const name = fc.oneof(fc.string({ unit: fc.constantFrom('a', 'Ö', ' ', '\t', '\n', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u200b', '😀'), maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 12 }));
    fc.assert(fc.property(name, (raw) => {
      const trimmed = raw.trim();
      const space = trimmed.search(/\s/);
      expect(contextOf({ note: 'x', name: raw }).firstName).toBe(space < 0 ? trimmed : trimmed.slice(0, space));
    }), { numRuns: 2000 });
  });

  test('the coach breakdown of 1,200 generated invitations is the one the coach itself gives', () => {
    const now = new Date('2026-12-03T10:00:00Z');
    const invitations = insightInvitations(now, 4) as unknown as (CoachFacts & Parameters<typeof computeInsights>[0]['invitations'][number])[];
    const insights = computeInsights({
      invitations, templateIds: insightTemplates.map((tpl) => tpl.id), settings: { insightsMinAgeDays: 21, weeklyInviteBudget: 20 }, nowMs: now.getTime(), timeZone: 'UTC',
    });
    const expected = new Map<string, number>(coachBands.map((band) => [band, 0]));
    for (const invitation of invitations) expected.set(coachedBand(invitation), expected.get(coachedBand(invitation))! + 1);
    const coach = insights.breakdowns.find((b) => b.id === 'coach')!;
    const got = new Map(coach.groups.map((g) => [g.key, g.counted + g.withdrawn + g.tooRecent]));
    expect(Object.fromEntries(got)).toEqual(Object.fromEntries([...expected].filter(([, n]) => n > 0)));
    expect(coach.groups.length).toBeGreaterThan(1);
  });
});
