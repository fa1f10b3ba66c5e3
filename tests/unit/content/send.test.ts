// content.js's send(): the reply's data, or the background's error thrown again with its code
// (composer/outbox.ts reads the code to tell a refusal from a stopped worker). No RapportError
// class here: the code and message are what every caller reads.
import { afterEach, expect, test } from 'vitest';
import { send } from '../../../src/content/send';
import { RapportError } from '../../../src/shared/rapport-error';

const world = globalThis as { chrome?: unknown };
const answering = (reply: unknown) => (world.chrome = { runtime: { id: 'rapport', sendMessage: async () => reply } });
afterEach(() => delete world.chrome);

test('an ok reply gives its data', async () => {
  answering({ ok: true, data: { noted: true } });
  await expect(send({ type: 'composer.dialog-missing' })).resolves.toEqual({ noted: true });
});

test("an error reply is thrown with the background's code and message", async () => {
  answering({ ok: false, error: { code: 'invalid-message', message: 'That is not a LinkedIn profile address', details: [] } });
  const error = await send({ type: 'composer.dialog-missing' }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(Error);
  expect(error).not.toBeInstanceOf(RapportError);
  expect(error).toMatchObject({ code: 'invalid-message', message: 'That is not a LinkedIn profile address' });
});

test('a malformed reply (or none) is an error too: the background did not answer', async () => {
  for (const reply of [undefined, null, {}, { ok: false }, { ok: false, error: { code: 'internal' } }, 'ok']) {
    answering(reply);
    await expect(send({ type: 'composer.dialog-missing' })).rejects.toMatchObject({ code: 'internal', message: expect.stringMatching(/did not answer/) });
  }
});

test('with the extension gone there is nothing to send through', async () => {
  await expect(send({ type: 'composer.dialog-missing' })).rejects.toMatchObject({ code: 'internal', message: expect.stringMatching(/updated or removed/) });
});
