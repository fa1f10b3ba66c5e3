// Whether a template can write a note, decided once for every surface: the options editor refuses
// to save it, the template list marks it, the composer and the side panel refuse to insert from it,
// and an import preview names it. A template is usable when its body parses without an error;
// its errors (with line and column) say what to fix.
import { parseTemplate, type TemplateError } from './parse';

export interface TemplateValidity {
  valid: boolean;
  errors: TemplateError[];
  /** The first error, where the editor puts the caret. */
  first: TemplateError | null;
}

export function templateValidity(body: string): TemplateValidity {
  const { errors } = parseTemplate(body);
  return { valid: errors.length === 0, errors, first: errors[0] ?? null };
}

/** A filled template can be inserted: no template error and something left to say. */
export function canInsertNote(rendered: { text: string; errors: readonly TemplateError[] } | null): boolean {
  return !!rendered && rendered.errors.length === 0 && rendered.text.trim() !== '';
}

/** The templates of a list (an import, say) that have errors, each with its first error. */
export function templatesWithErrors<T extends { name: string; body: string }>(templates: readonly T[]): { template: T; first: TemplateError; count: number }[] {
  return templates.flatMap((template) => {
    const { errors, first } = templateValidity(template.body);
    return first ? [{ template, first, count: errors.length }] : [];
  });
}
