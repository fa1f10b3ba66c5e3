// The History's conversation cell (issue #21): the stage with its own date, and every known date in
// full. Outside the browser t() answers with the message key, so the keys show which words are used.
import { describe, expect, test } from 'vitest';
import { conversationCell } from '../../../src/options/history/format';

describe('conversationCell', () => {
  test('no conversation: nothing to show', () => {
    expect(conversationCell(undefined)).toBeNull();
  });

  test('requested: the stage dated by the request', () => {
    const cell = conversationCell({ stage: 'requested', requestedAt: '2026-06-01T10:00:00.000Z' })!;
    expect(cell.text).toMatch(/^options_conv_requested · .*2026/);
    expect(cell.full).toBe('options_conv_detail');
  });

  test('replied after a follow-up: dated by the reply, with request and follow-up in full', () => {
    const cell = conversationCell({ stage: 'replied', requestedAt: '2026-06-01T10:00:00.000Z', followedUpAt: '2026-06-08T10:00:00.000Z', stageChangedAt: '2026-06-10T10:00:00.000Z' })!;
    expect(cell.text).toMatch(/^options_conv_replied · /);
    expect(cell.text).toContain('10');
    expect(cell.full.split('; ')).toEqual(['options_conv_detail', 'options_conv_detail_followed_up', 'options_conv_detail_stage']);
  });
});
