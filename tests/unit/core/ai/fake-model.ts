// A fake of Chrome's `LanguageModel` that answers from a script: each prompt gets the next
// answer (a string, a function of the prompt, or 'hang' for a model that never answers). It
// records every prompt and every session, so tests can see what was sent and that sessions end.
import type { Availability, CreateOptions, ModelApi, ModelSession } from '../../../../src/core/ai';

export type Answer = string | ((prompt: string) => string) | 'hang';

export interface ScriptedModel extends ModelApi {
  prompts: string[];
  systems: string[];
  created: number;
  destroyed: number;
  /** Progress events a create() fires before it resolves (0..1). */
  progress: number[];
}

export function scriptedModel(answers: Answer[] | ((prompt: string, index: number) => Answer), availability: Availability = 'available'): ScriptedModel {
  const model: ScriptedModel = {
    prompts: [],
    systems: [],
    created: 0,
    destroyed: 0,
    progress: [],
    async availability() {
      return availability;
    },
    async create(options: CreateOptions = {}): Promise<ModelSession> {
      model.created++;
      model.systems.push(...(options.initialPrompts ?? []).map((p) => p.content));
      const monitor = new EventTarget();
      options.monitor?.(monitor);
      for (const loaded of model.progress) monitor.dispatchEvent(Object.assign(new Event('downloadprogress'), { loaded }));
      return {
        prompt(input: string, opts: { signal?: AbortSignal } = {}) {
          const index = model.prompts.push(input) - 1;
          const answer = typeof answers === 'function' ? answers(input, index) : answers[index] ?? answers[answers.length - 1]!;
          if (answer === 'hang') return new Promise<string>(() => undefined); // ignores the signal too
          if (opts.signal?.aborted) return Promise.reject(new DOMException('aborted', 'AbortError'));
          return Promise.resolve(typeof answer === 'function' ? answer(input) : answer);
        },
        destroy() {
          model.destroyed++;
        },
      };
    },
  };
  return model;
}
