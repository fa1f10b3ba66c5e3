// Which templates the panel offers and which one it starts with: the invitation templates (the
// panel writes connection notes), or Rapport's starters when the person has none, and the
// person's choice, else their default, else the first.
import type { Settings, Template } from '../core/schemas';
import { starterTemplates } from '../core/starter-templates';

const isInvitation = (t: Template) => (t.kind ?? 'invitation') === 'invitation';

export function invitationTemplates(templates: Template[]): Template[] {
  const own = templates.filter(isInvitation);
  return own.length ? own : starterTemplates.filter(isInvitation);
}

export function chooseTemplate(templates: Template[], chosenId: string | null, settings: Pick<Settings, 'defaultTemplateId'>): Template | null {
  return templates.find((t) => t.id === chosenId) ?? templates.find((t) => t.id === settings.defaultTemplateId) ?? templates[0] ?? null;
}
