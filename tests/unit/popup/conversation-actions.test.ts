// The popup's marks on conversation rows (issue #21): what each sends, that undo puts back exactly
// the conversation stored before, which keys the help line shows per row, and what Copy offers.
import { describe, expect, test } from 'vitest';
import { Request } from '../../../src/shared/messages';
import { planConversationMark } from '../../../src/popup/actions';
import { copyTemplates, pickFollowUpTemplate } from '../../../src/popup/follow-up';
import { keyCommand, shortcutsFor } from '../../../src/popup/keys';
import { copyKindOf, rowKindOf } from '../../../src/popup/queue-cache';
import type { Template } from '../../../src/core/schemas';

const now = new Date('2026-06-08T10:00:00.000Z');
const requested = { stage: 'requested' as const, requestedAt: '2026-06-01T10:00:00.000Z' };

describe('conversation marks', () => {
  test('request sent, replied, met and closed set the stage now; undo restores the conversation before', () => {
    expect(planConversationMark({ id: 'a' }, 'request-sent', now)).toEqual({
      apply: { type: 'conversation.set-stage', id: 'a', stage: 'requested', at: '2026-06-08T10:00:00.000Z' },
      revert: { type: 'conversation.restore', id: 'a', conversation: null },
    });
    for (const stage of ['replied', 'met', 'closed'] as const) {
      expect(planConversationMark({ id: 'a', conversation: requested }, stage, now)).toEqual({
        apply: { type: 'conversation.set-stage', id: 'a', stage, at: '2026-06-08T10:00:00.000Z' },
        revert: { type: 'conversation.restore', id: 'a', conversation: requested },
      });
    }
  });

  test('followed up needs a request; invitation-only marks do nothing on a conversation row', () => {
    expect(planConversationMark({ id: 'a', conversation: requested }, 'followed-up', now)?.apply).toEqual({ type: 'conversation.mark-followed-up', id: 'a', at: '2026-06-08T10:00:00.000Z' });
    expect(planConversationMark({ id: 'a' }, 'followed-up', now)).toBeNull();
    for (const mark of ['accepted', 'declined', 'withdrawn'] as const) expect(planConversationMark({ id: 'a', conversation: requested }, mark, now)).toBeNull();
  });

  test('every planned request passes the message schema', () => {
    for (const mark of ['request-sent', 'followed-up', 'replied', 'met', 'closed'] as const) {
      const plan = planConversationMark({ id: 'a', conversation: { ...requested, followedUpAt: '2026-06-05T10:00:00.000Z' } }, mark, now)!;
      expect(Request.safeParse(plan.apply).success).toBe(true);
      expect(Request.safeParse(plan.revert).success).toBe(true);
    }
  });
});

describe('keys and copy per row', () => {
  test('s, m and n mark a conversation; the help line shows only the keys that act on the row', () => {
    expect(keyCommand({ key: 's' })).toEqual({ kind: 'mark', mark: 'request-sent' });
    expect(keyCommand({ key: 'm' })).toEqual({ kind: 'mark', mark: 'met' });
    expect(keyCommand({ key: 'n' })).toEqual({ kind: 'mark', mark: 'closed' });
    expect(shortcutsFor('conversation').map((s) => s.key).join('')).toBe('ocsfrmnu');
    expect(shortcutsFor('invitation').map((s) => s.key).join('')).toBe('ocfardwu');
    expect(rowKindOf('ask')).toBe('conversation');
    expect(rowKindOf('stale')).toBe('invitation');
  });

  test('Copy offers the request to the freshly accepted and the follow-up on a request, from their own templates', () => {
    const templates: Template[] = [
      { id: 'n', name: 'Note', body: 'Hi', kind: 'invitation' },
      { id: 'f', name: 'Nudge', body: 'Hi again', kind: 'follow-up' },
      { id: 'r', name: 'Ask', body: 'Coffee?', kind: 'conversation' },
      { id: 'rf', name: 'Ask again', body: 'Still keen', kind: 'conversation-follow-up' },
    ];
    expect(copyKindOf('ask')).toBe('conversation');
    expect(copyKindOf('request-due')).toBe('conversation-follow-up');
    expect(copyKindOf('no-reply')).toBe('conversation-follow-up');
    expect(copyKindOf('due')).toBe('follow-up');
    expect(copyTemplates(templates, 'conversation').map((t) => t.id)).toEqual(['r']);
    expect(pickFollowUpTemplate(templates, 'f', 'conversation-follow-up')?.id).toBe('rf');
    // Without such templates (the starters not installed yet) Copy falls back to the built-in text.
    expect(pickFollowUpTemplate(templates.slice(0, 2), null, 'conversation')).toBeUndefined();
  });
});
