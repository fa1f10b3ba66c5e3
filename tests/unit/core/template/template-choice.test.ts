// A template that would lose its substance for lack of facts gives way to the one the facts fill
// best; a short note is recognised; the person's own pick is never replaced.
import { describe, expect, test } from 'vitest';
import { chooseForFacts } from '../../../../src/core/template-choice';
import { isShortNote, renderTemplate, substanceOf } from '../../../../src/core/template';
import type { Template } from '../../../../src/core/schemas';

const tpl = (id: string, body: string): Template => ({ id, name: id, body, kind: 'invitation' });
// The case: no company, no mutual, no "your name" → "Hi Lucía,".
const needy = tpl('needy', "Hi {{firstName}}, {{mutualName}} suggested I reach out. I'd love to hear what you build at {{company}}. Best, {{myName}}");
const modest = tpl('modest', "Hi {{firstName}}, your work on {{headline|data platforms}} caught my eye. I'd be glad to connect and compare notes.");
const school = tpl('school', 'Hi {{firstName}}, we both studied at {{school}}. Would you be open to connecting and swapping notes?');
const lucia = { firstName: 'Lucía', headline: 'Data platform lead' };

describe('substance', () => {
  test('the issue\'s template keeps only its greeting: thin', () => {
    const substance = substanceOf(needy.body, lucia);
    expect(substance.rendered.text).toBe('Hi Lucía,');
    expect(substance.thin).toBe(true);
    expect(substance.kept).toBeLessThan(0.2);
  });

  test('a template whose facts are all there, or have fallbacks, is not thin', () => {
    expect(substanceOf(modest.body, {}).thin).toBe(false);
    expect(substanceOf(needy.body, { firstName: 'Ana', mutualName: 'Bo', company: 'Acme', myName: 'Robin' })).toMatchObject({ kept: 1, thin: false });
  });

  test('losing one sentence of three is not losing the substance', () => {
    const body = 'Hi {{firstName}}, I read your post on data contracts and learned a lot from it. We both studied at {{school}}. Would you be open to connecting?';
    expect(substanceOf(body, { firstName: 'Ana' })).toMatchObject({ thin: false });
  });

  test('a note under 40 characters is short', () => {
    expect(isShortNote('Hi Lucía,')).toBe(true);
    expect(isShortNote('Hi Lucía, glad to connect!')).toBe(true);
    expect(isShortNote(renderTemplate(modest.body, lucia).text)).toBe(false);
    expect(isShortNote('   ')).toBe(false);
  });
});

describe('chooseForFacts', () => {
  test('the default that would lose its substance gives way to the best-filled template, and says what it lacked', () => {
    const choice = chooseForFacts([needy, school, modest], null, 'needy', lucia);
    expect(choice.template?.id).toBe('modest'); // "school" would lose its school sentence too
    expect(choice.replaced).toEqual({ template: needy, missing: ['mutualName', 'company', 'myName'] });
  });

  test('the person\'s own pick is kept, however thin', () => {
    expect(chooseForFacts([needy, modest], 'needy', undefined, lucia)).toEqual({ template: needy, replaced: null });
  });

  test('a default that the facts fill is kept', () => {
    const facts = { ...lucia, mutualName: 'Bo', company: 'Acme', myName: 'Robin' };
    expect(chooseForFacts([needy, modest], null, 'needy', facts)).toEqual({ template: needy, replaced: null });
  });

  test('nothing better: the default stays; a template with errors is never the replacement', () => {
    const broken = tpl('broken', 'Hi {{frstName}}, a long and lovely note that would otherwise be chosen here.');
    expect(chooseForFacts([needy, broken], null, undefined, lucia)).toEqual({ template: needy, replaced: null });
    expect(chooseForFacts([], null, undefined, lucia)).toEqual({ template: null, replaced: null });
  });

  test('among equally good templates the earlier one wins', () => {
    const a = tpl('a', 'Hi {{firstName}}, I enjoyed your talk on data platforms. Open to connecting?');
    const b = tpl('b', 'Hi {{firstName}}, your article on data quality stayed with me. Open to connecting?');
    expect(chooseForFacts([needy, a, b], null, undefined, lucia).template?.id).toBe('a');
  });
});

test('a template that is short even with every fact is not thin: it lost nothing', () => {
  expect(substanceOf('Hi {{firstName}}, great work!', { firstName: 'Ana' }).thin).toBe(false);
  expect(substanceOf('Hi {{firstName}}, great work at {{company}}!', { firstName: 'Ana' }).thin).toBe(true);
});

test('the choice fills templates through the caller\'s fill (the composer keeps what it filled for its preview)', () => {
  const filled: string[] = [];
  const fill = (body: string, context: Parameters<typeof renderTemplate>[1]) => {
    filled.push(body);
    return renderTemplate(body, context);
  };
  const choice = chooseForFacts([needy, modest, school], null, 'needy', lucia, fill);
  expect(choice.template).toBe(modest);
  expect(filled).toEqual([needy.body, modest.body, school.body]);
  expect(chooseForFacts([needy, modest, school], null, 'needy', lucia)).toEqual(choice);
});
