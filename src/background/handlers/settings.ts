// Settings: read and change (a partial patch, validated again as a whole).
import { Settings } from '../../core/schemas';
import { issueLines } from '../../core/issues';
import { RapportError } from '../../shared/rapport-error';
import type { HandlerMap } from './context';
import { configAnswer } from '../first-answers';

export const settingsHandlers: Pick<HandlerMap, 'settings.get' | 'settings.set'> = {
  async 'settings.get'(_request, { store }) {
    return { settings: (await configAnswer(store)).settings };
  },

  async 'settings.set'({ patch }, ctx) {
    const state = await ctx.store.state();
    const next: Record<string, unknown> = { ...state.settings, ...patch };
    if (patch.defaultTemplateId === null) delete next.defaultTemplateId;
    const parsed = Settings.safeParse(next);
    if (!parsed.success) throw new RapportError('invalid-message', 'These settings are not valid.', issueLines(parsed.error, 'settings'));
    await ctx.store.saveConfig({ settings: parsed.data });
    ctx.changed();
    return { settings: parsed.data };
  },
};
