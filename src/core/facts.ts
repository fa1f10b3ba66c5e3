// The facts line: which facts about the person (and about you) a note is filled with, in what
// order they are offered, and what each shows. The fields the chosen template uses come first;
// the rest wait behind "more". Your own facts come from Settings and are shown, not corrected here.
import { applyCorrections, correctableFields, isRemoved, settingFields, type CorrectableField, type Corrections, type SettingField } from './corrections';
import { parseTemplate } from './template/parse';
import type { NoteContext } from './template/variables';
import { collapse } from './text';

export interface Fact {
  field: CorrectableField | SettingField;
  /** True for your own facts (from Settings): read-only here. */
  setting: boolean;
  /** What the note uses now: the correction, else what was read (or set), else ''. */
  value: string;
  /** What was read on the page (or set in Settings), '' when nothing. */
  read: string;
  /** The person typed over what was read (or removed it). */
  corrected: boolean;
  /** The person said there is none: the note leaves the fact out although the page had one. */
  removed: boolean;
  /** The chosen template uses it (or it was typed in just now): shown without "more". */
  used: boolean;
}

const text = (value: unknown) => (typeof value === 'string' ? collapse(value) : '');

/** The variables a template body uses (none for a body that is null). */
export function usedFields(body: string | null): Set<string> {
  const used = new Set<string>();
  if (body === null) return used;
  for (const part of parseTemplate(body).parts) if (part.type === 'variable') used.add(part.name);
  return used;
}

/**
 * Every fact in one fixed order (the person's first, then yours), so the line never reorders
 * under the person's cursor; `keep` holds fields typed in this session, which stay in view.
 */
export function factsFor(body: string | null, read: NoteContext, corrections: Corrections, keep: ReadonlySet<string> = new Set()): Fact[] {
  const used = usedFields(body);
  const now = applyCorrections(read, corrections);
  const person = correctableFields.map((field): Fact => ({
    field,
    setting: false,
    value: text(now[field]),
    read: text(read[field]),
    corrected: typeof corrections[field] === 'string',
    removed: isRemoved(corrections, field),
    used: used.has(field) || keep.has(field),
  }));
  const mine = settingFields.map((field): Fact => ({ field, setting: true, value: text(read[field]), read: text(read[field]), corrected: false, removed: false, used: used.has(field) }));
  return [...person, ...mine];
}
