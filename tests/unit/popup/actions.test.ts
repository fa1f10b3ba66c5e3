// What a mark sends and what its undo sends back.
import { describe, expect, test } from 'vitest';
import { Request } from '../../../src/shared/messages';
import { markMessageKey, planMark } from '../../../src/popup/actions';

const now = new Date('2026-03-02T10:00:00.000Z');

describe('planMark', () => {
  test('a status change is undone by the previous status, its date and the follow-up mark', () => {
    const plan = planMark({ id: 'i1', status: 'accepted', followedUpAt: '2026-02-20T09:00:00.000Z', statusChangedAt: '2026-02-21T09:00:00.000Z' }, 'replied', now);
    expect(plan.apply).toEqual({ type: 'invitation.set-status', id: 'i1', status: 'replied' });
    expect(plan.revert).toEqual({ type: 'invitation.set-status', id: 'i1', status: 'accepted', followedUpAt: '2026-02-20T09:00:00.000Z', statusChangedAt: '2026-02-21T09:00:00.000Z' });
  });

  test('undo of a status change clears a follow-up mark that was not there', () => {
    const plan = planMark({ id: 'i1', status: 'pending' }, 'withdrawn', now);
    expect(plan.revert).toMatchObject({ status: 'pending', followedUpAt: null, statusChangedAt: null });
  });

  test('followed up stamps now and its undo restores the earlier mark (or none)', () => {
    const plan = planMark({ id: 'i2', status: 'pending' }, 'followed-up', now);
    expect(plan.apply).toEqual({ type: 'invitation.mark-followed-up', id: 'i2', at: '2026-03-02T10:00:00.000Z' });
    expect(plan.revert).toEqual({ type: 'invitation.mark-followed-up', id: 'i2', at: null });
  });

  test('every planned request passes the message schema', () => {
    for (const mark of ['followed-up', 'accepted', 'replied', 'declined', 'withdrawn'] as const) {
      const plan = planMark({ id: 'i3', status: 'pending', followedUpAt: '2026-02-20T09:00:00.000Z' }, mark, now);
      expect(Request.safeParse(plan.apply).success).toBe(true);
      expect(Request.safeParse(plan.revert).success).toBe(true);
    }
  });

  test('confirmation keys follow the mark', () => {
    expect(markMessageKey('followed-up')).toBe('popup_marked_followed_up');
    expect(markMessageKey('declined')).toBe('popup_marked_declined');
  });
});
