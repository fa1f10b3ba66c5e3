// The worker's writing help for the composer, driven by messages through the real router: the
// sender and the request are checked at the boundary, unknown fields never reach the model, the
// setting turns it off, and a slow model does not hold up storage writes.
import { describe, expect, test } from 'vitest';
import { handlers, newSessionMemory, type HandlerContext } from '../../../src/background/handlers';
import { createRouter } from '../../../src/background/router';
import { SerialQueue } from '../../../src/background/store/serial-queue';
import { Store } from '../../../src/background/store/store';
import type { ModelApi } from '../../../src/core/ai';
import { unwrapReply } from '../../../src/shared/rapport-error';
import { FakeArea, syncArea } from './fake-browser';
import { scriptedModel, type Answer } from '../core/ai/fake-model';

const ID = 'rapport-test';

function background(model: ModelApi | null) {
  const store = new Store({ local: new FakeArea(), sync: syncArea() }, []);
  const context: HandlerContext = {
    memory: newSessionMemory(),
    store, now: () => new Date(), newId: () => 'x', changed: () => undefined, session: null,
    injectComposer: async () => undefined, readOwnProfile: async () => null, languageModel: () => model, aiTimeoutMs: 200,
  };
  const route = createRouter(handlers, { extensionId: ID, queue: new SerialQueue(), context });
  return {
    route,
    send: async <T>(message: Record<string, unknown>) => unwrapReply<T>(await route(message, { id: ID })),
  };
}

const request = { action: 'shorten', note: `Hi Ana, ${'so much to say. '.repeat(15)}Coffee?`, facts: { firstName: 'Ana' }, limit: 200, language: 'en' };
const fits = 'Hi Ana, I have much to say about your work. Coffee?';

describe('ai messages', () => {
  test('status: the model\'s availability; absent API and the setting off read as unavailable / off', async () => {
    expect(await background(scriptedModel([], 'downloadable')).send({ type: 'ai.status' })).toEqual({ availability: 'downloadable' });
    expect(await background(null).send({ type: 'ai.status' })).toEqual({ availability: 'unavailable' });
    const bg = background(scriptedModel([]));
    await bg.send({ type: 'settings.set', patch: { writingHelp: false } });
    expect(await bg.send({ type: 'ai.status' })).toEqual({ availability: 'off' });
  });

  test('suggest: checked candidates back; a field the schema does not know never reaches the prompt', async () => {
    const model = scriptedModel([fits, 'Ana, much to say about your work. Coffee?', 'Hi Ana! Coffee soon?'] as Answer[]);
    const bg = background(model);
    const reply = await bg.send<{ outcome: string; candidates: { text: string; count: number }[] }>({
      type: 'ai.suggest', request: { ...request, hiddenPageText: 'SECRET', facts: { firstName: 'Ana', pageBody: 'SECRET' } },
    });
    expect(reply.outcome).toBe('done');
    expect(reply.candidates.map((c) => c.text)).toEqual([fits, 'Ana, much to say about your work. Coffee?', 'Hi Ana! Coffee soon?']);
    expect(model.prompts.join('\n')).not.toContain('SECRET');
  });

  test('the boundary refuses other senders and malformed requests', async () => {
    const bg = background(scriptedModel([fits]));
    expect(await bg.route({ type: 'ai.suggest', request }, { id: 'someone-else' })).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(await bg.route({ type: 'ai.suggest', request: { ...request, limit: 5000 } }, { id: ID })).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    expect(await bg.route({ type: 'ai.suggest', request: { ...request, note: 'x'.repeat(2001) } }, { id: ID })).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
  });

  test('off in the settings: the model is never asked; not downloaded yet: not asked either (the worker cannot start a download)', async () => {
    const model = scriptedModel([fits]);
    const bg = background(model);
    await bg.send({ type: 'settings.set', patch: { writingHelp: false } });
    expect(await bg.send({ type: 'ai.suggest', request })).toEqual({ outcome: 'off', candidates: [], rejected: [] });
    const waiting = scriptedModel([fits], 'downloadable');
    expect(await background(waiting).send({ type: 'ai.suggest', request })).toEqual({ outcome: 'unavailable', candidates: [], rejected: [] });
    expect(model.created + waiting.created).toBe(0);
  });

  test('a model that never answers: storage writes go on meanwhile; cancel ends it; the timeout would too', async () => {
    const bg = background(scriptedModel(['hang']));
    const pending = bg.send<{ outcome: string }>({ type: 'ai.suggest', request });
    await expect(bg.send({ type: 'settings.set', patch: { myName: 'Sam' } })).resolves.toMatchObject({ settings: { myName: 'Sam' } });
    expect(await bg.send({ type: 'ai.suggest', request })).toMatchObject({ outcome: 'busy' });
    expect(await bg.send({ type: 'ai.cancel' })).toEqual({ cancelled: true });
    expect((await pending).outcome).toBe('cancelled');
    expect(await bg.send<{ outcome: string }>({ type: 'ai.suggest', request })).toMatchObject({ outcome: 'timeout' });
  });
});
