// The person's corrections of what Rapport read about someone (a company the page did not show,
// a wrong first name): kept per profile key, so the next visit to the same profile starts with
// them, and given to the composer with its data ('composer.load').
import { cleanCorrections, type Corrections } from '../../core/corrections';
import type { HandlerContext, HandlerMap } from './context';
import { requireKey } from './invitations';

/** The stored corrections for a profile ({} when none, or no profile key). */
export async function correctionsFor(ctx: HandlerContext, key: string | null): Promise<Corrections> {
  if (!key) return {};
  const start = await ctx.store.startView();
  if (start) return start.corrections(key);
  const stored = (await ctx.store.state()).corrections.get(key);
  return stored ? { ...stored.fields } : {};
}

export const correctionHandlers: Pick<HandlerMap, 'profile.correct'> = {
  /** Idempotent: the same set twice is stored once; an empty set removes the person's record. */
  async 'profile.correct'({ profileUrl, corrections }, ctx) {
    const key = requireKey(profileUrl);
    const fields = cleanCorrections(corrections);
    const before = (await ctx.store.state()).corrections.get(key);
    if (JSON.stringify(before?.fields ?? {}) !== JSON.stringify(fields)) {
      await ctx.store.putCorrections([{ key, fields, at: ctx.now().getTime() }]);
    }
    return { corrections: fields };
  },
};
