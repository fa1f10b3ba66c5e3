// The follow-up message for one person: the chosen follow-up template (or the first one),
// filled with what Rapport stored about them. Without any follow-up template, a short built-in
// message in the UI language keeps the Copy button useful.
import type { Invitation, Settings, Template } from '../core/schemas';
import { renderTemplate } from '../core/template';
import { followUpContext } from './format';

export function followUpTemplates(templates: Template[]): Template[] {
  return templates.filter((t) => t.kind === 'follow-up');
}

/** The template to use: the one chosen in this popup if it still exists, else the first. */
export function pickFollowUpTemplate(templates: Template[], chosenId: string | null): Template | undefined {
  const followUps = followUpTemplates(templates);
  return followUps.find((t) => t.id === chosenId) ?? followUps[0];
}

export function followUpMessage(
  invitation: Pick<Invitation, 'name' | 'company' | 'headline'>,
  template: Pick<Template, 'body'> | undefined,
  fallbackBody: string,
  settings: Pick<Settings, 'myName' | 'myInterest'> | null,
): string {
  return renderTemplate(template?.body ?? fallbackBody, followUpContext(invitation, settings)).text;
}
