// Writing help for the composer, which runs in LinkedIn's page where the Prompt API does not
// exist: the worker asks Chrome's on-device model (docs/ON-DEVICE-AI.md). One request at a
// time; the composer can cancel it, and it ends on its own after a timeout. The worker cannot
// start the model's download (that needs a click in an extension page: the side panel does it).
import { findModelApi, modelAvailability, modelOptions, OneAtATime, suggest, type Candidate, type SuggestResult } from '../../core/ai';
import type { AiRequest } from '../../core/ai';
import type { HandlerContext, HandlerMap } from './context';

const gate = new OneAtATime();

const modelFor = (ctx: HandlerContext) => (ctx.languageModel ?? findModelApi)();

async function enabled(ctx: HandlerContext): Promise<boolean> {
  return (await ctx.store.state()).settings.writingHelp;
}

export const aiHandlers: Pick<HandlerMap, 'ai.status' | 'ai.suggest' | 'ai.cancel'> = {
  async 'ai.status'({ language }, ctx) {
    if (!(await enabled(ctx))) return { availability: 'off' };
    return { availability: await modelAvailability(modelFor(ctx), modelOptions(language ?? 'en')) };
  },

  async 'ai.suggest'({ request }, ctx) {
    if (!(await enabled(ctx))) return { outcome: 'off', candidates: [], rejected: [] };
    const api = modelFor(ctx);
    const ask: AiRequest = request;
    if ((await modelAvailability(api, modelOptions(ask.language))) !== 'available' || !api) {
      return { outcome: 'unavailable', candidates: [], rejected: [] };
    }
    const came: Candidate[] = [];
    const result = await gate.run<SuggestResult>((signal) => suggest(api, ask, { signal, onCandidate: (c) => came.push(c) }), ctx.aiTimeoutMs);
    return { outcome: result.outcome, candidates: result.value?.candidates ?? came, rejected: result.value?.rejected ?? [] };
  },

  async 'ai.cancel'() {
    return { cancelled: gate.cancel() };
  },
};
