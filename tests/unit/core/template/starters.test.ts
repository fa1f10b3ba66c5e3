// The starter templates: valid, short enough for a free account (notes) or within the word budget
// (messages asking for a conversation), never a gap when data is missing, and judged fine by
// Rapport's own coach: the note coach for notes, the request coach for the conversation kinds.
import { describe, expect, test } from 'vitest';
import { coachNote, coachRequest, requestChecklist } from '../../../../src/core/coach';
import { REQUEST_WORD_BUDGET, countWords } from '../../../../src/core/coach/request';
import { countNote, MESSAGE_LIMIT } from '../../../../src/core/count';
import { Template } from '../../../../src/core/schemas';
import { starterTemplates } from '../../../../src/core/starter-templates';
import { parseTemplate, renderTemplate, type NoteContext } from '../../../../src/core/template';

/** A typical profile: long-ish company, school and headline, and a settings interest of ~35 characters. */
const typical: NoteContext = {
  firstName: 'Alexandra',
  lastName: 'Moreau',
  company: 'Northwind Analytics',
  school: 'University of Edinburgh',
  headline: 'Senior Data Engineer · Building reliable pipelines for retail',
  location: 'Edinburgh, Scotland',
  mutualName: 'Jordan Ellis',
  mutualCount: 12,
  myName: 'Sam Carter',
  myInterest: 'data tooling for small retail teams',
};
const FREE_LIMIT = 200;
const isMessage = (t: Template) => t.kind === 'conversation' || t.kind === 'conversation-follow-up';
const notes = starterTemplates.filter((t) => !isMessage(t));
const messages = starterTemplates.filter(isMessage);

test('the typical context is as long as promised', () => {
  expect(typical.headline).toHaveLength(61);
  expect(typical.myInterest).toHaveLength(35);
});

test('ids are fixed, unique and valid stored templates without updatedAt', () => {
  const ids = starterTemplates.map((t) => t.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const t of starterTemplates) {
    expect(t.id).toMatch(/^starter-[a-z]+(?:-[a-z]+)*$/);
    expect(Template.parse(t)).toEqual(t);
    expect(t).not.toHaveProperty('updatedAt');
  }
});

test('there is a request for a conversation and its follow-up in English and in German', () => {
  const of = (kind: Template['kind'], german: boolean) => messages.filter((t) => t.kind === kind && t.id.endsWith('-de') === german);
  for (const german of [false, true]) {
    expect(of('conversation', german).length).toBeGreaterThanOrEqual(2);
    expect(of('conversation-follow-up', german).length).toBeGreaterThanOrEqual(1);
  }
});

test('there are at least 7 invitations and 2 follow-ups, covering the common occasions', () => {
  const kinds = starterTemplates.map((t) => t.kind);
  expect(kinds.filter((k) => k === 'invitation').length).toBeGreaterThanOrEqual(7);
  expect(kinds.filter((k) => k === 'follow-up').length).toBeGreaterThanOrEqual(2);
  const ids = starterTemplates.map((t) => t.id);
  for (const slug of ['informational-interview', 'shared-school', 'mutual-acquaintance', 'after-event', 'congratulations', 'after-interview', 'recruiter']) {
    expect(ids).toContain(`starter-${slug}`);
  }
});

test('the template every surface opens with (the first, until a default is set) is an invitation using the first name and a profile fact with a fallback', () => {
  const template = starterTemplates[0];
  expect(template?.kind).toBe('invitation');
  const parts = parseTemplate(template?.body ?? '').parts;
  expect(parts).toContainEqual(expect.objectContaining({ type: 'variable', name: 'firstName' }));
  const facts = parts.filter((p) => p.type === 'variable' && ['company', 'headline', 'school', 'location'].includes(p.name));
  expect(facts.some((p) => p.type === 'variable' && p.fallback)).toBe(true);
});

describe.each(starterTemplates.map((t) => [t.id, t] as const))('%s', (_id, template) => {
  test('parses without errors', () => {
    expect(parseTemplate(template.body).errors).toEqual([]);
  });

  test('with nothing known, still reads as a whole note', () => {
    const r = renderTemplate(template.body, {});
    expect(r.errors).toEqual([]);
    expect(r.text).not.toMatch(/Hi ,| \.| ,|\{\{|\}\}|\s{2}|[,:]$/);
    expect(r.text).toMatch(template.id.endsWith('-de') ? /^Hallo, / : /^Hi, /);
    expect(countNote(r.text)).toBeGreaterThan(60);
  });
});

describe.each(notes.map((t) => [t.id, t] as const))('note %s', (_id, template) => {
  test('filled with typical data, fits 200 characters with the name and every value in it', () => {
    const r = renderTemplate(template.body, typical);
    expect(r.errors).toEqual([]);
    expect(r.missing).toEqual([]);
    expect(countNote(r.text)).toBeLessThanOrEqual(FREE_LIMIT);
    expect(r.text).toContain('Alexandra');
  });

  test('the coach gives no warning for it', () => {
    const { text } = renderTemplate(template.body, typical);
    const warnings = coachNote(text, { limit: FREE_LIMIT, context: typical, kind: template.kind }).filter((h) => h.severity === 'warn');
    expect(warnings).toEqual([]);
  });
});

describe.each(messages.map((t) => [t.id, t] as const))('message %s', (_id, template) => {
  const kind = template.kind as 'conversation' | 'conversation-follow-up';

  test('filled with typical data, keeps every value and stays within the word budget and the message limit', () => {
    const r = renderTemplate(template.body, typical);
    expect(r.errors).toEqual([]);
    expect(r.missing.filter((name) => name !== 'newRole')).toEqual([]);
    expect(r.text).toContain('Alexandra');
    expect(countWords(r.text)).toBeLessThanOrEqual(REQUEST_WORD_BUDGET[kind]);
    expect(countNote(r.text)).toBeLessThanOrEqual(MESSAGE_LIMIT);
  });

  test.each([['typical data', typical], ['nothing known', {}]] as const)('with %s, the request coach finds every part and gives no hint', (_, context) => {
    const { text } = renderTemplate(template.body, context);
    expect(coachRequest(text, { context, kind }).map((h) => h.id)).toEqual(['ready']);
    expect(coachNote(text, { limit: FREE_LIMIT, context, kind }).map((h) => h.id)).toEqual(['ready']);
    expect(requestChecklist(text, { context, kind }).filter((item) => !item.present)).toEqual([]);
  });
});
