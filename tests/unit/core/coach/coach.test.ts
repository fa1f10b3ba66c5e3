// The note coach: each rule fires on the problem it names and stays quiet on a note without it.
import { describe, expect, test } from 'vitest';
import { coachNote, type Hint, type HintId } from '../../../../src/core/coach';
import type { NoteContext } from '../../../../src/core/template';

const context: NoteContext = { firstName: 'Alexandra', lastName: 'Moreau', company: 'Northwind Analytics', school: 'University of Edinburgh' };
/** A note that passes every rule. */
const good = "Hi Alexandra, we both studied at Edinburgh and I'm exploring data tooling. I'd love to hear how you got into Northwind Analytics. Open to a short chat?";

const coach = (text: string, ctx: NoteContext = context, limit = 200) => coachNote(text, { limit, context: ctx });
const ids = (hints: Hint[]) => hints.map((h) => h.id);
const find = (text: string, id: HintId, ctx?: NoteContext, limit?: number) => coach(text, ctx, limit).find((h) => h.id === id);

test('a good note gets one "ok" hint', () => {
  expect(coach(good)).toEqual([{ id: 'ready', severity: 'ok', message: expect.any(String) }]);
});

test('an empty note gets no hints', () => {
  expect(coach('')).toEqual([]);
  expect(coach(' \n ')).toEqual([]);
});

test('every message is one short sentence that says why', () => {
  const bad = "I'd like to add you to my professional network. Please refer me to {{company}}, see my CV and our product. [Name]";
  const hints = [...coach(bad), ...coach('ok', {}), ...coach('x'.repeat(250))];
  expect(new Set(ids(hints)).size).toBeGreaterThanOrEqual(9);
  for (const h of hints) {
    expect(h.message.length).toBeLessThanOrEqual(120);
    expect(h.message).toMatch(/^[A-Z].*[:;].*\.$/);
    expect(h.message.match(/[.!?](\s|$)/g)).toHaveLength(1);
  }
});

describe('placeholder (warn)', () => {
  test.each(['Hi {{firstName}}, hello', 'Hi [Name], hello', 'Hi {name}!', 'At <Company> today', 'At ___ today', 'I saw XYZ Corp', 'oops }} here', 'Dear {{ x'])(
    'fires for %j',
    (text) => {
      expect(find(text, 'placeholder')).toMatchObject({ severity: 'warn' });
    },
  );
  test('names what it found', () => {
    expect(find('Hi [First Name], hello', 'placeholder')?.message).toContain('"[First Name]"');
  });
  test.each([good, 'A {single brace and ] alone', 'I <3 your work', 'Email me at x_y@z.com'])('is quiet for %j', (text) => {
    expect(find(text, 'placeholder')).toBeUndefined();
  });
});

describe('over-limit (warn)', () => {
  test('fires past the limit, counting like the box, and says by how much', () => {
    expect(find('x'.repeat(201), 'over-limit')).toMatchObject({ severity: 'warn', message: expect.stringContaining('Cut 1 character:') });
    expect(find('😀'.repeat(101), 'over-limit')?.message).toContain('Cut 2 characters');
    expect(find('x'.repeat(301), 'over-limit', context, 300)?.message).toContain('at most 300');
  });
  test('is quiet at the limit, with CRLF counted as one break', () => {
    expect(find('x'.repeat(200), 'over-limit')).toBeUndefined();
    expect(find(`${'x'.repeat(99)}\r\n${'x'.repeat(100)}`, 'over-limit')).toBeUndefined();
  });
});

describe('job-ask (warn)', () => {
  test.each(['Could you refer me for the role?', 'I attached my résumé.', 'Here is my CV', 'Are you hiring?', 'Any job openings on your team?', 'Happy to send my Resume', 'Could you put in a word for me?'])(
    'fires for %j',
    (text) => {
      expect(find(text, 'job-ask')).toMatchObject({ severity: 'warn' });
    },
  );
  test.each([good, 'Thank you for the interview last week.', 'I enjoyed your post on hiring well.', 'Your career path inspires me.'])('is quiet for %j', (text) => {
    expect(find(text, 'job-ask')).toBeUndefined();
  });
});

describe('sales-pitch (warn)', () => {
  test('fires for a pitch', () => {
    expect(find('Would you like to book a demo of our platform?', 'sales-pitch')).toMatchObject({ severity: 'warn' });
  });
  test('is quiet for a note without one', () => {
    expect(find(good, 'sales-pitch')).toBeUndefined();
  });
});

describe('default and generic wording', () => {
  test("LinkedIn's default line is a warning, in any case and with curly apostrophes", () => {
    expect(find("I’d like to add you to my professional network on LinkedIn.", 'default-wording')).toMatchObject({ severity: 'warn' });
    expect(find("I'D LIKE TO ADD YOU TO MY PROFESSIONAL NETWORK", 'default-wording')).toBeDefined();
  });
  test('stock phrases are a tip naming the phrase', () => {
    expect(find(`${good} I want to expand my network.`, 'generic-wording')).toMatchObject({ severity: 'tip', message: expect.stringContaining('"expand my network"') });
  });
  test('is quiet for a specific note', () => {
    expect(ids(coach(good))).not.toContain('generic-wording');
    expect(ids(coach(good))).not.toContain('default-wording');
  });
});

describe('no-reason (tip)', () => {
  test('fires when nothing says why', () => {
    expect(find('Hi Alexandra, connect?', 'no-reason')).toMatchObject({ severity: 'tip' });
  });
  test.each(['I noticed your talk on pipelines.', "I'm exploring data tooling.", 'Congratulations on the launch!', 'Thanks for the chat.'])('is quiet for %j', (text) => {
    expect(find(text, 'no-reason')).toBeUndefined();
  });
});

describe('no-name (tip)', () => {
  test('fires when the note does not use their name, and says whose', () => {
    expect(find('Hi there, I saw your post.', 'no-name')?.message).toContain("Alexandra's name");
  });
  test('a name inside another word does not count', () => {
    expect(find('Hi Alexandrae, I saw your post.', 'no-name')).toBeDefined();
  });
  test.each(['Hi Alexandra!', 'hi ALEXANDRA', 'Dear Ms Moreau,'])('is quiet for %j', (text) => {
    expect(find(text, 'no-name')).toBeUndefined();
  });
  test('ignores accents and is quiet when no name is known', () => {
    expect(find('Hi Jose', 'no-name', { firstName: 'José' })).toBeUndefined();
    expect(find('Hi there', 'no-name', {})).toBeUndefined();
  });
});

describe('about-them (tip)', () => {
  test('fires when the note is only about the sender', () => {
    expect(find('Hi Alexandra. I am a data engineer looking to learn more.', 'about-them')).toMatchObject({ severity: 'tip' });
  });
  test.each(['I saw your post.', 'Northwind Analytics does great work.', 'Would you chat?'])('is quiet for %j', (text) => {
    expect(find(text, 'about-them')).toBeUndefined();
  });
});

describe('common-ground (tip)', () => {
  test('fires without anything shared, naming the mutual contact when there is one', () => {
    expect(find('Hi Alexandra, I saw your post. Chat?', 'common-ground')?.message).toContain('school, group or event');
    expect(find('Hi Alexandra, I saw your post. Chat?', 'common-ground', { ...context, mutualName: 'Jordan Ellis' })?.message).toContain('Jordan Ellis');
  });
  test.each(['We both studied in Edinburgh.', 'Fellow data engineer here.', 'Great to meet you at the conference.', 'Jordan Ellis suggested I write.'])('is quiet for %j', (text) => {
    expect(find(text, 'common-ground', { ...context, mutualName: 'Jordan Ellis' })).toBeUndefined();
  });
  test('is skipped for a follow-up', () => {
    const hints = coachNote('Hi Alexandra, thanks for connecting. Chat?', { limit: 200, context, kind: 'follow-up' });
    expect(ids(hints)).not.toContain('common-ground');
  });
});

describe('no-question (tip)', () => {
  test('fires without a question or an offer to talk', () => {
    expect(find('Hi Alexandra, I saw your post.', 'no-question')).toMatchObject({ severity: 'tip' });
  });
  test.each(['Could we talk?', "I'd love to hear your view.", 'Happy to chat if useful.', 'Let me know.'])('is quiet for %j', (text) => {
    expect(find(text, 'no-question')).toBeUndefined();
  });
});

test('warnings come before tips', () => {
  const hints = coach('I want to expand my network. Send me your job openings. {{x}}');
  const order = hints.map((h) => h.severity);
  expect(order.indexOf('tip')).toBeGreaterThan(order.lastIndexOf('warn'));
  expect(ids(hints).slice(0, 2)).toEqual(['placeholder', 'job-ask']);
});

test('is fast enough for every keystroke: a 300-character note in well under 0.2 ms', () => {
  const note = `${good} ${good}`.slice(0, 300);
  const ctx = { ...context, mutualName: 'Jordan Ellis', headline: 'Senior Data Engineer · Building reliable pipelines for retail' };
  for (let i = 0; i < 500; i++) coachNote(note, { limit: 300, context: ctx });
  const batches: number[] = [];
  for (let b = 0; b < 20; b++) {
    const start = performance.now();
    for (let i = 0; i < 200; i++) coachNote(note, { limit: 300, context: ctx });
    batches.push((performance.now() - start) / 200);
  }
  batches.sort((a, b) => a - b);
  const median = batches[10]!;
  console.info(`coachNote, 300-character note: median ${(median * 1000).toFixed(1)} µs per call`);
  expect(median).toBeLessThan(0.2);
});
