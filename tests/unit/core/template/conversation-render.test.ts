// Rendering the conversation kinds: the request for a conversation and its follow-up are filled like
// notes (same variables, fallbacks, dropped sentences, talking points in the template's language),
// and the choosers offer the person's own of each kind, else Rapport's starters.
import { describe, expect, test } from 'vitest';
import type { Template } from '../../../../src/core/schemas';
import { conversationStarters } from '../../../../src/core/starter-conversations';
import { renderTemplate, type NoteContext } from '../../../../src/core/template';
import {
  chooseTemplate, conversationFollowUpTemplates, conversationTemplates, followUpTemplates, invitationTemplates,
} from '../../../../src/core/template-choice';

const body = (id: string) => conversationStarters.find((t) => t.id === `starter-${id}`)!.body;
const context: NoteContext = { firstName: 'Lina', company: 'Globex', myInterest: 'climate data', myName: 'Robin' };

describe('rendering the request and its follow-up', () => {
  test('fills first name, company, interest and signs with your name on its own line', () => {
    const { text, missing } = renderTemplate(body('conversation-request'), context);
    expect(text).toMatch(/^Hi Lina, thank you for accepting my invitation\. /);
    expect(text).toContain("I'm exploring climate data and");
    expect(text).toContain('Your experience at Globex is');
    expect(text.endsWith('Thanks either way!\nBest wishes, Robin')).toBe(true);
    expect(missing).toEqual([]);
  });

  test('empty values take their fallbacks; an empty name drops only the sign-off line', () => {
    const { text, missing } = renderTemplate(body('conversation-request'), {});
    expect(text).toContain("I'm exploring a move into your field and");
    expect(text).toContain('Your experience at your company is');
    expect(text.endsWith('Thanks either way!')).toBe(true);
    expect(missing).toEqual(['firstName', 'myName']);
  });

  test('the talking point (common ground) is used in the English phrasing for an English template', () => {
    const withPoint: NoteContext = {
      ...context, commonGround: 'we both studied at TU Berlin',
      byLanguage: { en: { commonGround: 'we both studied at TU Berlin' }, de: { commonGround: 'wir haben beide an der TU Berlin studiert' } },
    };
    expect(renderTemplate(body('conversation-common-ground'), withPoint).text)
      .toMatch(/^Hi Lina, thanks for connecting, especially as we both studied at TU Berlin\. /);
    expect(renderTemplate(body('conversation-common-ground'), {}).text).toContain('especially as we work in neighbouring fields.');
  });

  test('a new role is congratulated when known, and that sentence alone goes when not', () => {
    expect(renderTemplate(body('conversation-new-role'), { ...context, newRole: 'Head of Data at Globex' }).text)
      .toMatch(/^Hi Lina, thank you for connecting\. Congratulations on starting as Head of Data at Globex! I'm reaching out/);
    const without = renderTemplate(body('conversation-new-role'), context);
    expect(without.text).toMatch(/^Hi Lina, thank you for connecting\. I'm reaching out/);
    expect(without.missing).toEqual(['newRole']);
  });

  test('a German template takes the German talking-point phrase and German fallbacks', () => {
    const de = renderTemplate(body('conversation-request-de'), { byLanguage: { de: { myInterest: 'Klimadaten' }, en: { myInterest: 'climate data' } } });
    expect(de.text).toContain('weil ich mich für Klimadaten interessiere');
    expect(de.text).toContain('Deine Erfahrung bei deinem Unternehmen');
    expect(de.text.endsWith('Danke dir in jedem Fall!')).toBe(true);
  });

  test('the formal German request greets with the full name', () => {
    expect(renderTemplate(body('conversation-formal-de'), { firstName: 'Lina', lastName: 'Vogel' }).text).toMatch(/^Hallo Lina Vogel, vielen Dank/);
  });

  test('the follow-up refers to the request and keeps the interest fallback', () => {
    expect(renderTemplate(body('conversation-follow-up'), { firstName: 'Lina' }).text)
      .toMatch(/^Hi Lina, I'm following up on my message from last week.*experience with your field, by phone or video/);
  });

  test('a hostile value is inserted as plain text, never read as template syntax', () => {
    const { text, errors } = renderTemplate(body('conversation-request'), { firstName: '{{myName}} <img src=x>', company: '}}{{' });
    expect(errors).toEqual([]);
    expect(text).toMatch(/^Hi \{\{myName\}\} <img src=x>, /);
    expect(text).toContain('Your experience at }}{{ is');
  });
});

describe('choosing conversation templates', () => {
  const own = (id: string, kind: Template['kind']): Template => ({ id, name: id, body: `Hi {{firstName}}, ${id}.`, kind });
  const mine = [own('note', 'invitation'), own('ask', 'conversation'), own('ask-2', 'conversation'), own('nudge', 'conversation-follow-up'), own('fu', 'follow-up')];

  test('each surface gets only its kind', () => {
    expect(conversationTemplates(mine).map((t) => t.id)).toEqual(['ask', 'ask-2']);
    expect(conversationFollowUpTemplates(mine).map((t) => t.id)).toEqual(['nudge']);
    expect(invitationTemplates(mine).map((t) => t.id)).toEqual(['note']);
    expect(followUpTemplates(mine).map((t) => t.id)).toEqual(['fu']);
  });

  test('with none of their own (an install seeded before these kinds), the starters of that kind stand in', () => {
    const notesOnly = [own('note', 'invitation')];
    expect(conversationTemplates(notesOnly).map((t) => t.kind)).toEqual(conversationStarters.filter((t) => t.kind === 'conversation').map(() => 'conversation'));
    expect(conversationTemplates(notesOnly).length).toBeGreaterThanOrEqual(4);
    expect(conversationFollowUpTemplates(notesOnly).map((t) => t.id)).toEqual(['starter-conversation-follow-up', 'starter-conversation-follow-up-de']);
  });

  test('the chosen, then the default, then the first', () => {
    const offered = conversationTemplates(mine);
    expect(chooseTemplate(offered, 'ask-2')?.id).toBe('ask-2');
    expect(chooseTemplate(offered, null, 'ask-2')?.id).toBe('ask-2');
    expect(chooseTemplate(offered, 'note')?.id).toBe('ask');
  });
});
