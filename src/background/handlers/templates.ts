// Templates: list, create/update, delete (with restore for undo) and reorder.
import { RapportError } from '../../shared/rapport-error';
import type { Template } from '../../core/schemas';
import type { HandlerMap } from './context';
import { configAnswer } from '../first-answers';

type TemplateHandlers = Pick<HandlerMap, 'templates.list' | 'templates.save' | 'templates.delete' | 'templates.restore' | 'templates.reorder'>;

export const templateHandlers: TemplateHandlers = {
  async 'templates.list'(_request, { store }) {
    const { templates, meta } = await configAnswer(store);
    return { templates, area: meta.configArea, notice: meta.notice ?? null };
  },

  async 'templates.save'({ template }, ctx) {
    const state = await ctx.store.state();
    const saved: Template = { ...template, id: template.id ?? `t${ctx.newId()}`, updatedAt: ctx.now().toISOString() };
    const at = state.templates.findIndex((t) => t.id === saved.id);
    const templates = at < 0 ? [...state.templates, saved] : state.templates.map((t, i) => (i === at ? saved : t));
    await ctx.store.saveConfig({ templates });
    return { template: saved };
  },

  async 'templates.delete'({ id }, ctx) {
    const state = await ctx.store.state();
    const index = state.templates.findIndex((t) => t.id === id);
    const removed = state.templates[index];
    if (!removed) throw new RapportError('not-found', 'That template no longer exists.');
    await ctx.store.saveConfig({ templates: state.templates.filter((t) => t.id !== id) });
    return { removed, index };
  },

  async 'templates.restore'({ template, index }, ctx) {
    const state = await ctx.store.state();
    const templates = state.templates.filter((t) => t.id !== template.id);
    templates.splice(Math.min(index, templates.length), 0, template);
    await ctx.store.saveConfig({ templates });
    return { template };
  },

  async 'templates.reorder'({ ids }, ctx) {
    const state = await ctx.store.state();
    const rank = new Map(ids.map((id, i) => [id, i]));
    // Ids the caller did not know about (added in another tab) keep their place at the end.
    const templates = [...state.templates].sort((a, b) => (rank.get(a.id) ?? Infinity) - (rank.get(b.id) ?? Infinity));
    await ctx.store.saveConfig({ templates });
    return { templates };
  },
};
