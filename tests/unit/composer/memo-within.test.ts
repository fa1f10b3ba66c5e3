// memoWithin (composer/memo-last.ts): what the template choice filled, the preview gets again
// without filling it a second time — while the person's context is the same object.
import { expect, test } from 'vitest';
import { memoWithin } from '../../../src/composer/memo-last';

test('each key is worked out once per scope; a new scope object starts over', () => {
  const calls: string[] = [];
  const fill = memoWithin((body: string, context: { name: string }) => {
    calls.push(`${body}/${context.name}`);
    return { text: `${body} ${context.name}` };
  });
  const ada = { name: 'Ada' };
  const first = fill('Hi', ada);
  expect(fill('Hi', ada)).toBe(first);
  fill('Hello', ada);
  expect(fill('Hi', ada)).toBe(first);
  const same = { name: 'Ada' }; // equal, but another read of the person
  expect(fill('Hi', same)).not.toBe(first);
  expect(fill('Hi', same).text).toBe('Hi Ada');
  expect(calls).toEqual(['Hi/Ada', 'Hello/Ada', 'Hi/Ada']);
});
