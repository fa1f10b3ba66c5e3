// Rendering: values, fallbacks, dropped sentences and greetings, so a note never reads "Hi ,".
import { describe, expect, test } from 'vitest';
import { renderTemplate, type NoteContext } from '../../../../src/core/template';
import { tidy } from '../../../../src/core/template/tidy';

const text = (body: string, context: NoteContext = {}) => renderTemplate(body, context).text;

describe('values and fallbacks', () => {
  test('fills values and reports nothing missing', () => {
    const r = renderTemplate('Hi {{firstName}}, I saw your work at {{company}}.', { firstName: 'Ann', company: 'Acme' });
    expect(r).toEqual({ text: 'Hi Ann, I saw your work at Acme.', errors: [], missing: [] });
  });

  test('an empty variable with a fallback gets the fallback', () => {
    expect(text('I admire {{company|your team}}.')).toBe('I admire your team.');
    expect(text('I admire {{company|your team}}.', { company: 'Acme' })).toBe('I admire Acme.');
    expect(text('I admire {{company|your team}}.', { company: '   ' })).toBe('I admire your team.');
  });

  test('an empty fallback keeps the sentence and tidies the gap', () => {
    expect(text('Hello from {{location|}} and me.')).toBe('Hello from and me.');
    expect(text('Great work ({{company|}}) today.')).toBe('Great work today.');
  });

  test('fullName falls back to first and last name', () => {
    expect(text('Dear {{fullName}},', { firstName: 'Ann', lastName: 'Lee' })).toBe('Dear Ann Lee,');
    expect(text('To {{fullName}}.', { fullName: 'Dr Ann Lee', firstName: 'X' })).toBe('To Dr Ann Lee.');
  });

  test('a mutual count of zero is empty, a positive one is a number', () => {
    expect(text('We share {{mutualCount}} connections. Hi.', { mutualCount: 0 })).toBe('Hi.');
    expect(text('We share {{mutualCount}} connections.', { mutualCount: 12 })).toBe('We share 12 connections.');
    expect(text('We share {{mutualCount}} connections.', { mutualCount: '007' })).toBe('We share 007 connections.');
    expect(text('We share {{mutualCount|some}} connections.', { mutualCount: Number.NaN })).toBe('We share some connections.');
  });

  test('a value ending in a full stop does not double the template\'s', () => {
    expect(text('You work at {{company}}. Nice.', { company: 'Acme Inc.' })).toBe('You work at Acme Inc. Nice.');
    expect(text('Hi from {{company}}!', { company: 'Acme Inc.' })).toBe('Hi from Acme Inc.!');
    expect(text('Yay {{company}}.', { company: 'Yahoo!' })).toBe('Yay Yahoo!');
  });

  test('whitespace and line breaks in a value collapse; a trailing comma from the page goes', () => {
    expect(text('At {{company}}.', { company: '  Acme\n\n  Labs,  ' })).toBe('At Acme Labs.');
  });
});

describe('values are plain text, never syntax', () => {
  test('a value that looks like a tag stays literal', () => {
    const r = renderTemplate('Hi {{firstName}}, about {{company}}.', { firstName: '{{company}}', company: '{{firstName}}' });
    expect(r.text).toBe('Hi {{company}}, about {{firstName}}.');
    expect(r.errors).toEqual([]);
  });

  test('markup stays literal text', () => {
    const img = '<img src=x onerror=alert(1)>';
    expect(text('Hi {{firstName}}!', { firstName: img })).toBe(`Hi ${img}!`);
  });

  test('tidy rules never touch a value', () => {
    const value = 'A , B ( ) [ ] ,. x';
    expect(text('Hi {{firstName}}!', { firstName: value })).toBe(`Hi ${value}!`);
  });

  test('a private-use character in the template is kept and never confused with a value', () => {
    const pua = String.fromCharCode(0xe000);
    expect(text(`${pua} {{firstName}} ${pua}.`, { firstName: 'Ann' })).toBe(`${pua} Ann ${pua}.`);
  });
});

describe('dropping sentences', () => {
  test('a sentence with an empty variable and no fallback is dropped, the others stay', () => {
    const r = renderTemplate('I saw your post. You work at {{company}}. Open to a chat?', {});
    expect(r.text).toBe('I saw your post. Open to a chat?');
    expect(r.missing).toEqual(['company']);
  });

  test('the last sentence can go without leaving a space or a stray full stop', () => {
    expect(text('Open to a chat? I saw {{company}}.')).toBe('Open to a chat?');
    expect(text('I saw {{company}}. Open to a chat?')).toBe('Open to a chat?');
  });

  test('abbreviations do not end a sentence', () => {
    expect(text('I met Dr. {{lastName}} at e.g. the fair. Next.')).toBe('Next.');
    expect(text('I met Dr. {{lastName}} there. Next.', { lastName: 'Lee' })).toBe('I met Dr. Lee there. Next.');
  });

  test('closing quotes and brackets belong to the sentence they end', () => {
    expect(text('They said "hi {{company}}." Then (as {{school}}.) Done.')).toBe('Done.');
  });

  test('a line left empty goes, blank lines between paragraphs stay single', () => {
    expect(text('First.\n\n{{company}} rocks.\n\nLast.')).toBe('First.\n\nLast.');
    expect(text('First.\n{{company}}\nLast.')).toBe('First.\nLast.');
    expect(text('First.\n\n\n\nLast.')).toBe('First.\n\nLast.');
  });

  test('any line break becomes "\\n"', () => {
    expect(text('One.\r\nTwo {{company}}.\rThree.')).toBe('One.\nThree.');
  });

  test('a variable that appears twice is reported missing once, in template order', () => {
    expect(renderTemplate('{{school}} and {{company}}. {{school}} again.', {}).missing).toEqual(['school', 'company']);
  });
});

describe('greetings', () => {
  test.each([
    ['Hi {{firstName}},', 'Hi,'],
    ['Hi {{firstName}}, I saw your post.', 'Hi, I saw your post.'],
    ['Hello {{firstName}}', 'Hello'],
    ['Hey {{firstName}}! Great post.', 'Hey! Great post.'],
    ['Hi {{firstName}}. How are you?', 'Hi. How are you?'],
    ['Good morning {{firstName}}, hi.', 'Good morning, hi.'],
    ['Hi there {{firstName}}, hi.', 'Hi there, hi.'],
    ['HELLO {{firstName}} {{lastName}}: hi.', 'HELLO: hi.'],
    ['Hi {{firstName}} — quick note.', 'Hi — quick note.'],
    ['Hi {{firstName}}, {{mutualName}} suggested I write. Thanks!', 'Hi, Thanks!'],
  ])('%j with no name renders %j', (body, expected) => {
    const r = renderTemplate(body, {});
    expect(r.text).toBe(expected);
    expect(r.missing).toContain('firstName');
  });

  test('a greeting keeps the name when there is one', () => {
    expect(text('Hi {{firstName}}, {{mutualName}} suggested I write.', { firstName: 'Ann' })).toBe('Hi Ann,');
    expect(text('Hi {{firstName}} {{lastName}},', { lastName: 'Lee' })).toBe('Hi Lee,');
  });

  test('"Dear" needs a name: without one the greeting goes entirely', () => {
    expect(text('Dear {{firstName}},\n\nI saw your post.')).toBe('I saw your post.');
    expect(text('Dear {{firstName}} {{lastName}},', { lastName: 'Lee' })).toBe('Dear Lee,');
    expect(text('Dear {{firstName|friend}},')).toBe('Dear friend,');
  });

  test('greetings are only recognised at the start of a line', () => {
    expect(text('I said hi {{firstName}}, then left. Bye.')).toBe('Bye.');
    expect(text('Thanks,\nHi {{firstName}}, welcome.')).toBe('Thanks,\nHi, welcome.');
  });

  test('a sentence that is not a greeting is dropped whole', () => {
    expect(text('{{firstName}}, great post. Bye.')).toBe('Bye.');
  });
});

describe('errors', () => {
  test('malformed tags are reported and kept literally, and the rest still renders', () => {
    const r = renderTemplate('Hi {{firstName}}, about {{employer}}.', { firstName: 'Ann' });
    expect(r.text).toBe('Hi Ann, about {{employer}}.');
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ index: 24, line: 1, column: 25 });
  });

  test('a template without tags renders to its tidied text', () => {
    const body = 'Hello  there ,\n\n\n  how are you ?  ';
    expect(text(body)).toBe(tidy(body));
    expect(text(body)).toBe('Hello there,\n\nhow are you?');
  });

  test('an empty template renders to nothing', () => {
    expect(renderTemplate('', {})).toEqual({ text: '', errors: [], missing: [] });
  });
});

test('renders a 300-character template in well under a millisecond', () => {
  const body = "Hi {{firstName}}, I'm exploring {{myInterest|a move into your field}} and would love to hear how you found your way to {{company|your current role}}. We both know {{mutualName}}. Your headline, {{headline}}, caught my eye. I studied at {{school}} too. Open to a short chat sometime?";
  const ctx = { firstName: 'Alexandra', company: 'Northwind Analytics', myInterest: 'data tooling for small retail teams', headline: 'Senior Data Engineer' };
  expect(body.length).toBeGreaterThanOrEqual(280);
  for (let i = 0; i < 300; i++) renderTemplate(body, ctx);
  const batches: number[] = [];
  for (let b = 0; b < 15; b++) {
    const start = performance.now();
    for (let i = 0; i < 100; i++) renderTemplate(body, ctx);
    batches.push((performance.now() - start) / 100);
  }
  const median = batches.sort((a, b) => a - b)[7]!;
  console.info(`renderTemplate, ${body.length}-character template: median ${(median * 1000).toFixed(1)} µs per call`);
  expect(median).toBeLessThan(1);
});
