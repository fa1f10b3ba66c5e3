// What the person typed over what Rapport read about someone: a wrong or missing first name,
// company, school… Corrections are an override of the read values, applied in one place before
// the values become a note's context, so every surface (composer, side panel) fills the same
// note. Pure and zod-free: the content script uses it (payload budget); the stored and imported
// form is checked by core/corrections-schema.ts.
import type { NoteContext } from './template/variables';
import { collapse } from './text';

/** The facts about the other person that can be corrected, in the order the facts line shows them. */
export const correctableFields = ['firstName', 'lastName', 'fullName', 'company', 'school', 'location', 'headline'] as const;
export type CorrectableField = (typeof correctableFields)[number];

/** Facts that come from the person's own settings: shown, never corrected per person. */
export const settingFields = ['myName', 'myInterest'] as const;
export type SettingField = (typeof settingFields)[number];

/**
 * A field's correction: the value the person typed, or '' when they said the read value is wrong
 * and there is none ("removed": the note leaves the fact out, its template falls back). A field
 * without an entry uses what was read. Records kept before removals existed never hold '' (an
 * empty value was dropped), so they load with the same meaning as before.
 */
export type Corrections = Partial<Record<CorrectableField, string>>;

/** The longest value kept per field (the same bounds as a read profile, ObservedProfile). */
export const correctionMax: Record<CorrectableField, number> = {
  firstName: 200, lastName: 200, fullName: 200, company: 200, school: 200, location: 200, headline: 400,
};

const correctable: ReadonlySet<string> = new Set(correctableFields);

export function isCorrectableField(name: string): name is CorrectableField {
  return correctable.has(name);
}

/**
 * The corrections worth keeping: known fields only, whitespace collapsed, cut to the field's
 * bound; an empty value is kept as a removal ('').
 */
export function cleanCorrections(given: Readonly<Record<string, unknown>> | null | undefined): Corrections {
  const out: Corrections = {};
  if (!given) return out;
  for (const field of correctableFields) {
    const raw = given[field];
    if (typeof raw !== 'string') continue;
    out[field] = collapse(raw).slice(0, correctionMax[field]);
  }
  return out;
}

/**
 * The one rule for "the same corrections" (a backup's preview and the writes its import makes):
 * the same fields with the same values once cleaned, in any order.
 */
export function sameCorrections(a: Readonly<Record<string, unknown>>, b: Readonly<Record<string, unknown>>): boolean {
  const x = cleanCorrections(a);
  const y = cleanCorrections(b);
  return correctableFields.every((field) => x[field] === y[field]);
}

/** Typing in a facts field is kept this long after the last keystroke (composer and side panel). */
export const SAVE_CORRECTIONS_AFTER_MS = 400;

export const hasCorrections = (corrections: Corrections | null | undefined): boolean =>
  !!corrections && correctableFields.some((field) => typeof corrections[field] === 'string');

/** Whether the person said this field has no value (the read one is wrong). */
export const isRemoved = (corrections: Corrections | null | undefined, field: CorrectableField): boolean =>
  typeof corrections?.[field] === 'string' && collapse(corrections[field]!) === '';

/**
 * The one rule for a corrected field, used wherever corrections meet what was read (a note's
 * context, a Person's facts, talking points): the typed value, none when removed, else the read one.
 */
export function correctedValue(read: string | undefined, correction: string | undefined): string | undefined {
  if (typeof correction !== 'string') return read;
  const value = collapse(correction);
  return value || undefined;
}

/** The read values with the person's corrections laid over them (the input is not changed). */
export function applyCorrections(values: NoteContext, corrections: Corrections | null | undefined): NoteContext {
  if (!hasCorrections(corrections)) return values;
  const next: NoteContext = { ...values };
  for (const field of correctableFields) {
    if (typeof corrections?.[field] !== 'string') continue;
    const read = next[field];
    const value = correctedValue(typeof read === 'string' ? read : undefined, corrections?.[field]);
    if (value) next[field] = value;
    else delete next[field];
  }
  return next;
}

/**
 * One field changed: the new set of corrections. Typing the read value back removes the
 * correction; emptying a field that had a read value removes that value (''); emptying one the
 * page left empty removes the correction.
 */
export function withCorrection(corrections: Corrections, field: CorrectableField, typed: string, read: string | undefined): Corrections {
  const next: Corrections = { ...corrections };
  const value = collapse(typed).slice(0, correctionMax[field]);
  const readValue = collapse(read ?? '');
  if (value === readValue) delete next[field];
  else next[field] = value;
  return next;
}

/** The field back to what was read ("Use the page's value"). */
export function withoutCorrection(corrections: Corrections, field: CorrectableField): Corrections {
  const next: Corrections = { ...corrections };
  delete next[field];
  return next;
}
