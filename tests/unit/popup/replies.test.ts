// The queue's answers are checked where they enter the popup: an answer of the wrong shape (a
// worker of another version, a broken reply) becomes an error the popup shows, never a list that
// reads undefined.
import { describe, expect, test } from 'vitest';
import { checkedOpening, checkedPage, checkedSettings, checkedTemplates } from '../../../src/popup/replies';
import { BUCKETS } from '../../../src/popup/queue-cache';
import { RapportError } from '../../../src/shared/rapport-error';

const view = { id: 'ana', name: 'Ana Souza', profileUrl: 'https://www.linkedin.com/in/ana/', sentAt: '2026-11-01T10:00:00.000Z', status: 'pending', source: 'composer', note: '', daysSinceSent: 9, bucket: 'due' };
const summary = { due: 1, waiting: 0, stale: 0, total: 1, ask: 0, requestDue: 0, noReply: 0, byStatus: { pending: 1 }, sentThisWeek: 0, weeklyInviteBudget: 100, notesThisMonth: 0, monthlyNoteQuota: 5 };
const opening = () => ({ summary: { ...summary }, sections: Object.fromEntries(BUCKETS.map((b) => [b, { items: b === 'due' ? [{ ...view }] : [], total: b === 'due' ? 1 : 0 }])) as Record<string, { items: unknown[]; total: unknown }> });

describe('checked replies', () => {
  test('a well-formed opening and page pass through unchanged', () => {
    const reply = opening();
    expect(checkedOpening(reply, 25)).toEqual(reply);
    expect(checkedPage({ items: [view], total: 40 }, 25)).toEqual({ items: [view], total: 40 });
  });

  test.each([
    ['no reply', () => undefined],
    ['no summary', () => ({ ...opening(), summary: undefined })],
    ['a count that is not a count', () => ({ ...opening(), summary: { ...summary, due: '1' } })],
    ['a section missing', () => { const r = opening(); delete r.sections['no-reply']; return r; }],
    ['a total below zero', () => { const r = opening(); r.sections.due!.total = -1; return r; }],
    ['a row without a name', () => { const r = opening(); r.sections.due!.items = [{ ...view, name: undefined }]; return r; }],
    ['a row without its days', () => { const r = opening(); r.sections.due!.items = [{ ...view, daysSinceSent: null }]; return r; }],
    ['a row in no known section', () => { const r = opening(); r.sections.due!.items = [{ ...view, bucket: 'later' }]; return r; }],
    ['a row without its section', () => { const r = opening(); r.sections.due!.items = [{ ...view, bucket: undefined }]; return r; }],
    ['a conversation that is not one', () => { const r = opening(); r.sections.due!.items = [{ ...view, conversation: 'requested' }]; return r; }],
    ['more rows than asked for', () => { const r = opening(); r.sections.due!.items = Array(26).fill(view); return r; }],
  ])('%s is an error to show, not a list', (_what, reply) => {
    expect(() => checkedOpening(reply(), 25)).toThrow(RapportError);
  });

  test('a row with its conversation passes', () => {
    const row = { ...view, conversation: { stage: 'requested', requestedAt: '2026-11-05T10:00:00.000Z' } };
    expect(checkedPage({ items: [row], total: 1 }, 25).items).toEqual([row]);
  });

  test('templates and settings of the right shape pass, others are an error', () => {
    const template = { id: 't', name: 'Follow-up', body: 'Hi', kind: 'follow-up' };
    expect(checkedTemplates({ templates: [template] })).toEqual([template]);
    expect(() => checkedTemplates({ templates: [{ ...template, id: 3 }] })).toThrow(RapportError);
    expect(() => checkedTemplates(undefined)).toThrow(/cannot read/);
    expect(checkedSettings({ settings: { myName: '', myInterest: '' } })).toEqual({ myName: '', myInterest: '' });
    expect(() => checkedSettings({ settings: null })).toThrow(RapportError);
  });

  test('a page that is not a page is an error', () => {
    expect(() => checkedPage({ items: 'x', total: 1 }, 25)).toThrow(RapportError);
    expect(() => checkedPage({ items: [view] }, 25)).toThrow(/cannot read/);
  });
});
