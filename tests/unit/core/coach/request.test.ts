// The request coach: each part of a good request is found when it is there and asked for when it
// is not; what spoils a request (a job ask, a link dump, pressure, length) is a warning; hints and
// the checklist speak the message's language.
import { describe, expect, test } from 'vitest';
import { coachNote, coachRequest, requestChecklist, type Hint, type HintId, type RequestKind } from '../../../../src/core/coach';
import type { NoteContext } from '../../../../src/core/template';

const context: NoteContext = { firstName: 'Alexandra', lastName: 'Moreau', company: 'Northwind Analytics', myInterest: 'data tooling' };

// The parts of a good English request, so each case can leave one out or add one thing.
const parts = {
  greeting: 'Hi Alexandra,',
  connection: 'thank you for accepting my invitation.',
  reason: "I'm reaching out because",
  interest: "I'm exploring data tooling for small retailers.",
  background: 'Your experience building pipelines at a retailer is exactly the view I am missing.',
  ask: 'If you have time, would you be open to a 20-minute call next week? Just tell me a day that suits you, by phone or video.',
};
const compose = (p: Partial<typeof parts>) => Object.values({ ...parts, ...p }).filter(Boolean).join(' ');
const good = compose({});

const coach = (text: string, kind: RequestKind = 'conversation', ctx: NoteContext = context) => coachRequest(text, { context: ctx, kind });
const ids = (hints: Hint[]) => hints.map((h) => h.id);
const severityOf = (text: string, id: HintId, kind?: RequestKind) => coach(text, kind).find((h) => h.id === id)?.severity;
const present = (text: string, kind: RequestKind = 'conversation', ctx: NoteContext = context) =>
  Object.fromEntries(requestChecklist(text, { context: ctx, kind }).map((i) => [i.part, i.present]));

test('a good request gets one "ok" hint and every part ticked', () => {
  expect(coach(good)).toEqual([{ id: 'ready', severity: 'ok', message: 'Clear, specific and gracious: good to send.' }]);
  expect(present(good)).toEqual({ reason: true, interest: true, background: true, connection: true, ask: true });
});

test('an empty message gets no hints and no ticks', () => {
  expect(coach('  ')).toEqual([]);
  expect(Object.values(present(''))).toEqual([false, false, false, false, false]);
});

type Case = [name: string, text: string, expected: { hint?: HintId; severity?: 'warn' | 'tip'; quiet?: HintId; kind?: RequestKind }];

// Each row: a message and the hint it must give (with its severity), or the hint it must not give.
const cases: Case[] = [
  ['no reason', compose({ reason: '' }), { hint: 'request-reason', severity: 'tip' }],
  ['a reason', good, { quiet: 'request-reason' }],
  ['no interest', compose({ interest: 'I have a few questions.' }), { hint: 'request-interest', severity: 'tip' }],
  ['an interest from the settings', compose({ interest: 'Data tooling is my thing.' }), { quiet: 'request-interest' }],
  ['no reason to ask them', compose({ background: 'It is a field I like.' }), { hint: 'request-background', severity: 'tip' }],
  ['their company named', compose({ background: 'Northwind Analytics keeps coming up.' }), { quiet: 'request-background' }],
  ['no connection', compose({ connection: 'I hope all is well.' }), { hint: 'request-connection', severity: 'tip' }],
  ['a mutual contact', compose({ connection: 'Jordan Ellis suggested I write.' }), { quiet: 'request-connection' }],
  ['a shared school', compose({ connection: 'we both studied at Edinburgh.' }), { quiet: 'request-connection' }],
  ['no ask at all', compose({ ask: 'Thanks for reading.' }), { hint: 'request-ask', severity: 'tip' }],
  ['an ask without a time box', compose({ ask: 'If you have time, could we have a call next week?' }), { hint: 'request-time-box', severity: 'tip' }],
  ['a time box but no when or how', compose({ ask: 'If you have time, could we talk for 20 minutes?' }), { hint: 'request-when-how', severity: 'tip' }],
  ['half an hour, whenever suits', compose({ ask: 'Would you have half an hour, whenever suits you?' }), { quiet: 'request-time-box' }],
  ['a job ask', `${good} Also, is your team hiring? I could send my CV.`, { hint: 'request-job-ask', severity: 'warn' }],
  ['a referral ask', `${good} Could you refer me for the analyst opening?`, { hint: 'request-job-ask', severity: 'warn' }],
  ['a German job ask', 'Hallo Alexandra, hast du offene Stellen? Ich schicke dir meinen Lebenslauf.', { hint: 'request-job-ask', severity: 'warn' }],
  ['a link dump', `${good} My work: https://a.example/1 and www.b.example/2 and c.io/3`, { hint: 'request-link-dump', severity: 'warn' }],
  ['one link is fine', `${good} My portfolio: https://a.example/me`, { quiet: 'request-link-dump' }],
  ['an attachment', `${good} I have attached my portfolio.`, { hint: 'request-attachment', severity: 'warn' }],
  ['a too-long message', `${good} ${'I would also like to tell you much more about my background here. '.repeat(12)}`, { hint: 'request-too-long', severity: 'warn' }],
  ['demanding: you must', `${good} You must reply by Friday.`, { hint: 'request-demanding', severity: 'warn' }],
  ['demanding: ASAP', compose({ ask: 'Call me at 5 for 20 minutes, next week, ASAP.' }), { hint: 'request-demanding', severity: 'warn' }],
  ['demanding in German', 'Hallo Alexandra, ruf mich an, 20 Minuten, per Telefon, bis morgen.', { hint: 'request-demanding', severity: 'warn' }],
  ['no easy way out', compose({ ask: 'Let us do a 20-minute call next week, by phone or video.' }), { hint: 'request-gracious', severity: 'tip' }],
  ['gracious', good, { quiet: 'request-gracious' }],
  ['gracious in German', 'Hallo Alexandra, falls du Zeit hast, gerne 20 Minuten per Video.', { quiet: 'request-gracious' }],
  ['a bare "can we chat?"', 'can we chat?', { hint: 'request-reason', severity: 'tip' }],
  ['a bare "can we chat?" has no time box', 'can we chat?', { hint: 'request-time-box', severity: 'tip' }],
  ['no name', good.replace('Alexandra', 'there'), { hint: 'request-name', severity: 'tip' }],
  ['a leftover placeholder', good.replace('a retailer', '[Company]'), { hint: 'placeholder', severity: 'warn' }],
  ['over the message limit', `${good} ${'x'.repeat(3000)}`, { hint: 'over-limit', severity: 'warn' }],
  ['a follow-up without pointing back', 'Hi Alexandra, would you have 20 minutes next week, whenever suits you? No pressure.', { hint: 'request-refer-back', severity: 'tip', kind: 'conversation-follow-up' }],
  ['a follow-up need not repeat the reason', 'Hi Alexandra, following up on my message in case it got buried: 20 minutes, whenever suits you? No pressure.', { quiet: 'request-reason', kind: 'conversation-follow-up' }],
  ['a follow-up over 100 words', `Hi Alexandra, following up. ${'word '.repeat(100)}`, { hint: 'request-too-long', severity: 'warn', kind: 'conversation-follow-up' }],
];

describe('rules', () => {
  test(`there are at least 25 table cases (${cases.length})`, () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
  });

  test.each(cases)('%s', (_name, text, { hint, severity, quiet, kind }) => {
    if (hint) expect(severityOf(text, hint, kind), ids(coach(text, kind)).join(', ')).toBe(severity);
    if (quiet) expect(ids(coach(text, kind))).not.toContain(quiet);
  });
});

describe('the checklist', () => {
  test.each([
    ['reason', compose({ reason: '' })],
    ['interest', compose({ interest: 'Hello.' })],
    ['background', compose({ background: 'It is a field I like.' })],
    ['connection', compose({ connection: 'I hope all is well.' })],
    ['ask', compose({ ask: 'Could we talk?' })],
  ] as const)('leaving out the %s unticks only it', (part, text) => {
    const ticks = present(text);
    expect(ticks[part]).toBe(false);
    expect(Object.values(ticks).filter((v) => !v)).toHaveLength(1);
  });

  test('says each state in words, in the message language', () => {
    const en = requestChecklist('can we chat?', { context });
    expect(en.map((i) => `${i.label}: ${i.state}`)).toEqual([
      'Why you are reaching out: missing', 'What you are interested in: missing', 'Why their background: missing',
      'How you are connected: missing', 'A concrete ask: how long, when and how: missing',
    ]);
    const de = requestChecklist('Hallo Alexandra, danke für die Vernetzung! Ich melde mich, weil ich mich für Daten interessiere.', { context });
    expect(de.map((i) => i.state)).toEqual(['vorhanden', 'vorhanden', 'fehlt', 'vorhanden', 'fehlt']);
    expect(de[0]?.label).toBe('Warum du dich meldest');
  });

  test('a follow-up is checked for pointing back and for the ask', () => {
    expect(requestChecklist('Hi, following up on my note: 20 minutes, whenever suits you?', { context, kind: 'conversation-follow-up' }))
      .toEqual([
        { part: 'refer-back', present: true, label: 'Points back to your request', state: 'included' },
        { part: 'ask', present: true, label: 'A concrete ask: how long, when and how', state: 'included' },
      ]);
  });
});

describe('language', () => {
  test('a German message gets German hints, an English one English', () => {
    expect(coach('Hallo Alexandra, ich hoffe, es geht dir gut.').map((h) => h.message))
      .toContain('Bitte um etwas Konkretes, etwa ein Gespräch von 20 Minuten: zu einer klaren Bitte sagt man leicht Ja.');
    expect(coach('Hallo Alexandra, können wir mal reden?').map((h) => h.message))
      .toContain('Sag, wie lange, etwa 20 Minuten: eine kleine, begrenzte Bitte nimmt man eher an.');
    const english = coach('Hi Alexandra, I hope you are well.');
    expect(english.map((h) => h.message)).toContain('Ask for something concrete, like a 20-minute call: a clear ask is easy to say yes to.');
    expect(english.every((h) => !/[äöüß]/.test(h.message))).toBe(true);
  });

  test('a good German request gets the German "ok"', () => {
    const text = 'Hallo Alexandra, danke für die Vernetzung. Ich melde mich, weil ich mich für Datenwerkzeuge interessiere. '
      + 'Deine Erfahrung bei Northwind Analytics ist genau die Sicht, die mir fehlt. Falls du Zeit hast: 20 Minuten per Video, wann es dir passt?';
    expect(coach(text)).toEqual([{ id: 'ready', severity: 'ok', message: 'Klar, konkret und freundlich: gut zum Senden.' }]);
  });

  test('a missing connection names the shared school when the page gave one', () => {
    const hints = coach(compose({ connection: 'I hope all is well.' }), 'conversation', { ...context, sharedSchool: 'University of Edinburgh' });
    expect(hints.find((h) => h.id === 'request-connection')?.message).toContain('you both studied at University of Edinburgh');
  });

  test('every message is one sentence that says why, in either language', () => {
    const all = [
      ...coach(`can we chat? ${'word '.repeat(160)} you must, see https://a.b/c https://d.e/f, attached [Name], refer me`),
      ...coach(`Hallo, ${'wort '.repeat(160)} du musst, https://a.b/c https://d.e/f, im Anhang [Name], Lebenslauf`),
    ];
    expect(new Set(ids(all)).size).toBeGreaterThanOrEqual(10);
    for (const h of all) {
      expect(h.message).toMatch(/^[A-ZÄÖÜ].*:.*\.$/u);
      expect(h.message.length).toBeLessThanOrEqual(140);
    }
  });
});

describe('the note coach hands conversation kinds to the request coach', () => {
  test('a request is not held to the note limit and gets request hints', () => {
    expect(coachNote(good, { limit: 200, context, kind: 'conversation' })).toEqual(coach(good));
    expect(coachNote(good, { limit: 200, context, kind: 'invitation' }).map((h) => h.id)).toContain('over-limit');
  });
  test('a follow-up on a request gets the follow-up rules', () => {
    expect(coachNote('Hi Alexandra, can we talk?', { limit: 200, context, kind: 'conversation-follow-up' }).map((h) => h.id)).toContain('request-refer-back');
  });
});
