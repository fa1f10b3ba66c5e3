// Which templates a surface offers and which one it starts with. Invitation notes (composer, side
// panel): the person's invitation templates, or Rapport's starters when they have none. Follow-ups
// (popup): the person's follow-up templates. The request for a conversation and its one follow-up
// (message box): the person's own of that kind, or the starters. Either way: the choice made here,
// else the default, else the first.
// With the person's facts at hand (chooseForFacts), a template that would lose its substance for
// lack of them (core/template/substance.ts) gives way to the template those facts fill best, and
// the surface says which one it replaced and for lack of what. A template the person picked is
// never replaced: they see it, left-out line and all.
import type { Template } from './schemas';
import { starterTemplates } from './starter-templates';
import { renderTemplate, substanceOf, type RenderResult, templateValidity, type NoteContext, type Substance, type VariableName } from './template';

const isKind = (kind: Template['kind']) => (t: Template) => (t.kind ?? 'invitation') === kind;

export function invitationTemplates(templates: readonly Template[]): Template[] {
  return ownOrStarters(templates, 'invitation');
}

export function followUpTemplates(templates: readonly Template[]): Template[] {
  return templates.filter(isKind('follow-up'));
}

/** The request for a conversation (message box): the person's own, else Rapport's starters. */
export function conversationTemplates(templates: readonly Template[]): Template[] {
  return ownOrStarters(templates, 'conversation');
}

/** The one follow-up on that request: the person's own, else Rapport's starters. */
export function conversationFollowUpTemplates(templates: readonly Template[]): Template[] {
  return ownOrStarters(templates, 'conversation-follow-up');
}

// Installs from before these kinds existed were seeded without them, so the starters stand in.
function ownOrStarters(templates: readonly Template[], kind: Template['kind']): Template[] {
  const own = templates.filter(isKind(kind));
  return own.length ? own : starterTemplates.filter(isKind(kind));
}

export function chooseTemplate(templates: readonly Template[], chosenId: string | null, defaultId?: string): Template | null {
  return templates.find((t) => t.id === chosenId) ?? templates.find((t) => t.id === defaultId) ?? templates[0] ?? null;
}

export interface FactChoice {
  template: Template | null;
  /** The template Rapport would have used, when it chose another: what it lacked to say enough. */
  replaced: { template: Template; missing: VariableName[] } | null;
}

/** `fill`: how a template is filled (the composer's keeps what it filled, for its preview). */
export function chooseForFacts(
  templates: readonly Template[], chosenId: string | null, defaultId: string | undefined, context: NoteContext,
  fill: (body: string, context: NoteContext) => RenderResult = renderTemplate,
): FactChoice {
  const picked = templates.find((t) => t.id === chosenId);
  if (picked) return { template: picked, replaced: null };
  const preferred = chooseTemplate(templates, null, defaultId);
  if (!preferred) return { template: null, replaced: null };
  const own = substanceOf(preferred.body, context, fill(preferred.body, context));
  if (!own.thin) return { template: preferred, replaced: null };
  let best: { template: Template; substance: Substance } | null = null;
  for (const template of templates) {
    if (template === preferred || !templateValidity(template.body).valid) continue;
    const substance = substanceOf(template.body, context, fill(template.body, context));
    if (substance.thin) continue;
    if (!best || fitsBetter(substance, best.substance)) best = { template, substance };
  }
  return best ? { template: best.template, replaced: { template: preferred, missing: own.rendered.missing } } : { template: preferred, replaced: null };
}

/** More of its text kept, then fewer facts left out; on a tie the earlier template stays. */
function fitsBetter(a: Substance, b: Substance): boolean {
  if (a.kept !== b.kept) return a.kept > b.kept;
  return a.rendered.missing.length < b.rendered.missing.length;
}
