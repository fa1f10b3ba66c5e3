// Pure list operations of the template manager; the background stores the result.
import type { Template } from '../../core/schemas';
import { templateValidity } from '../../core/template';

/** The ids with `id` moved one place up (-1) or down (+1); unchanged at either end. */
export function moveId(ids: readonly string[], id: string, delta: -1 | 1): string[] {
  const from = ids.indexOf(id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= ids.length) return [...ids];
  const next = [...ids];
  next.splice(from, 1);
  next.splice(to, 0, id);
  return next;
}

/** The ids with `id` placed right after `afterId` (a duplicate sits next to its original). */
export function placeAfter(ids: readonly string[], id: string, afterId: string): string[] {
  const rest = ids.filter((other) => other !== id);
  const at = rest.indexOf(afterId);
  if (at < 0) return [...rest, id];
  rest.splice(at + 1, 0, id);
  return rest;
}

/** "Name (copy)", "Name (copy 2)", … the first one not taken; kept within the 120-character limit. */
export function copyName(name: string, taken: readonly string[], copyWord: string): string {
  const names = new Set(taken);
  for (let n = 1; ; n += 1) {
    const suffix = n === 1 ? ` (${copyWord})` : ` (${copyWord} ${n})`;
    const candidate = name.slice(0, 120 - suffix.length) + suffix;
    if (!names.has(candidate)) return candidate;
  }
}

export type TemplateDraft = Pick<Template, 'name' | 'body' | 'kind'> & { id?: string };

export function draftOf(template: Template): TemplateDraft {
  return { id: template.id, name: template.name, body: template.body, kind: template.kind };
}

export type DraftProblem = 'name-empty' | 'name-long' | 'body-long' | 'body-errors';

/**
 * Problems that keep a draft from being saved (the background checks the same limits). A body with
 * template errors is one of them: the composer could not fill it (core/template/validity.ts).
 */
export function draftProblems(draft: TemplateDraft): DraftProblem[] {
  const problems: DraftProblem[] = [];
  if (draft.name.trim() === '') problems.push('name-empty');
  if (draft.name.trim().length > 120) problems.push('name-long');
  if (draft.body.length > 2000) problems.push('body-long');
  if (!templateValidity(draft.body).valid) problems.push('body-errors');
  return problems;
}
