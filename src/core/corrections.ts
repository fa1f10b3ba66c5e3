// What the person typed over what Rapport read about someone: a wrong or missing first name,
// company, school… Corrections are an override of the read values, applied in one place before
// the values become a note's context, so every surface (composer, side panel) fills the same
// note. Pure and zod-free: the content script uses it (payload budget); the stored and imported
// form is checked by core/corrections-schema.ts.
import type { NoteContext } from './template/variables';

/** The facts about the other person that can be corrected, in the order the facts line shows them. */
export const correctableFields = ['firstName', 'lastName', 'fullName', 'company', 'school', 'location', 'headline'] as const;
export type CorrectableField = (typeof correctableFields)[number];

/** Facts that come from the person's own settings: shown, never corrected per person. */
export const settingFields = ['myName', 'myInterest'] as const;
export type SettingField = (typeof settingFields)[number];

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
 * bound; an empty value means "no correction" (the read value applies again) and is left out.
 */
export function cleanCorrections(given: Readonly<Record<string, unknown>> | null | undefined): Corrections {
  const out: Corrections = {};
  if (!given) return out;
  for (const field of correctableFields) {
    const raw = given[field];
    if (typeof raw !== 'string') continue;
    const value = raw.replace(/\s+/g, ' ').trim().slice(0, correctionMax[field]);
    if (value) out[field] = value;
  }
  return out;
}

export const hasCorrections = (corrections: Corrections | null | undefined): boolean =>
  !!corrections && correctableFields.some((field) => !!corrections[field]);

/** The read values with the person's corrections laid over them (the input is not changed). */
export function applyCorrections(values: NoteContext, corrections: Corrections | null | undefined): NoteContext {
  if (!hasCorrections(corrections)) return values;
  const next: NoteContext = { ...values };
  for (const field of correctableFields) {
    const value = corrections?.[field]?.trim();
    if (value) next[field] = value;
  }
  return next;
}

/** One field changed: the new set of corrections (typing the read value back removes the correction). */
export function withCorrection(corrections: Corrections, field: CorrectableField, typed: string, read: string | undefined): Corrections {
  const next: Corrections = { ...corrections };
  const value = typed.replace(/\s+/g, ' ').trim().slice(0, correctionMax[field]);
  if (!value || value === (read ?? '').trim()) delete next[field];
  else next[field] = value;
  return next;
}
