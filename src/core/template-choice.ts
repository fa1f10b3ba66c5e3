// Which templates a surface offers and which one it starts with. Invitation notes (composer, side
// panel): the person's invitation templates, or Rapport's starters when they have none. Follow-ups
// (popup): the person's follow-up templates. Either way: the choice made here, else the default,
// else the first.
import type { Template } from './schemas';
import { starterTemplates } from './starter-templates';

const isKind = (kind: Template['kind']) => (t: Template) => (t.kind ?? 'invitation') === kind;

export function invitationTemplates(templates: readonly Template[]): Template[] {
  const own = templates.filter(isKind('invitation'));
  return own.length ? own : starterTemplates.filter(isKind('invitation'));
}

export function followUpTemplates(templates: readonly Template[]): Template[] {
  return templates.filter(isKind('follow-up'));
}

export function chooseTemplate(templates: readonly Template[], chosenId: string | null, defaultId?: string): Template | null {
  return templates.find((t) => t.id === chosenId) ?? templates.find((t) => t.id === defaultId) ?? templates[0] ?? null;
}
