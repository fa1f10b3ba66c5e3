// The follow-up message for one person: the chosen follow-up template (or the first one),
// filled with what Rapport stored about them. Without any follow-up template, a short built-in
// message in the UI language keeps the Copy button useful.
import type { Invitation, Settings, Template } from '../core/schemas';
import { renderTemplate } from '../core/template';
import { chooseTemplate, followUpTemplates } from '../core/template-choice';
import { followUpContext } from './format';

/** What Copy offers on a row: a follow-up on the invitation, the request for a conversation, or the follow-up on it. */
export type CopyKind = 'follow-up' | 'conversation' | 'conversation-follow-up';

/** The person's templates of that kind (no starters here: without one, the built-in text is used). */
export function copyTemplates(templates: readonly Template[], kind: CopyKind): Template[] {
  return kind === 'follow-up' ? followUpTemplates(templates) : templates.filter((t) => t.kind === kind);
}

/** The template to use: the one chosen in this popup if it still exists, else the first. */
export function pickFollowUpTemplate(templates: Template[], chosenId: string | null, kind: CopyKind = 'follow-up'): Template | undefined {
  return chooseTemplate(copyTemplates(templates, kind), chosenId) ?? undefined;
}

export function followUpMessage(
  invitation: Pick<Invitation, 'name' | 'company' | 'headline'>,
  template: Pick<Template, 'body'> | undefined,
  fallbackBody: string,
  settings: Pick<Settings, 'myName' | 'myInterest'> | null,
): string {
  return renderTemplate(template?.body ?? fallbackBody, followUpContext(invitation, settings)).text;
}
