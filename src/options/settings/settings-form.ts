// The settings form as text fields, and the checks that turn it into a patch for the
// background. Limits mirror the Settings schema, so a bad value is explained here, next to
// the field, instead of coming back as a schema error.
import type { Settings } from '../../core/schemas';

export interface SettingsForm {
  followUpAfterDays: string;
  giveUpAfterDays: string;
  myName: string;
  myInterest: string;
  noteLimit: Settings['noteLimit'];
  defaultTemplateId: string;
  monthlyNoteQuota: string;
  weeklyInviteBudget: string;
  composerMode: Settings['composerMode'];
}

export type SettingsField = keyof SettingsForm;

/** A problem with one field: a message key and the values it names. */
export interface FieldProblem {
  key: string;
  values?: Record<string, number>;
}

export const numberLimits = {
  followUpAfterDays: { min: 1, max: 365 },
  giveUpAfterDays: { min: 1, max: 730 },
  monthlyNoteQuota: { min: 0, max: 1000 },
  weeklyInviteBudget: { min: 1, max: 1000 },
} as const;

export const textLimits = { myName: 120, myInterest: 200 } as const;

export function formOf(settings: Settings): SettingsForm {
  return {
    followUpAfterDays: String(settings.followUpAfterDays),
    giveUpAfterDays: String(settings.giveUpAfterDays),
    myName: settings.myName,
    myInterest: settings.myInterest,
    noteLimit: settings.noteLimit,
    defaultTemplateId: settings.defaultTemplateId ?? '',
    monthlyNoteQuota: String(settings.monthlyNoteQuota),
    weeklyInviteBudget: String(settings.weeklyInviteBudget),
    composerMode: settings.composerMode,
  };
}

function wholeNumber(text: string): number | null {
  const trimmed = text.trim();
  return /^\d{1,7}$/.test(trimmed) ? Number(trimmed) : null;
}

export type Validation =
  | { ok: true; patch: Partial<Settings> }
  | { ok: false; problems: Partial<Record<SettingsField, FieldProblem>> };

export function validateSettings(form: SettingsForm, templateIds: readonly string[]): Validation {
  const problems: Partial<Record<SettingsField, FieldProblem>> = {};
  const numbers: Partial<Record<keyof typeof numberLimits, number>> = {};
  for (const field of Object.keys(numberLimits) as (keyof typeof numberLimits)[]) {
    const { min, max } = numberLimits[field];
    const value = wholeNumber(form[field]);
    if (value === null || value < min || value > max) problems[field] = { key: 'options_set_problem_range', values: { min, max } };
    else numbers[field] = value;
  }
  if (numbers.followUpAfterDays !== undefined && numbers.giveUpAfterDays !== undefined && numbers.giveUpAfterDays <= numbers.followUpAfterDays) {
    problems.giveUpAfterDays = { key: 'options_set_problem_give_up_order', values: { days: numbers.followUpAfterDays } };
  }
  for (const field of Object.keys(textLimits) as (keyof typeof textLimits)[]) {
    if (form[field].trim().length > textLimits[field]) problems[field] = { key: 'options_set_problem_long', values: { max: textLimits[field] } };
  }
  if (form.defaultTemplateId && !templateIds.includes(form.defaultTemplateId)) {
    problems.defaultTemplateId = { key: 'options_set_problem_template_gone' };
  }
  if (Object.keys(problems).length > 0) return { ok: false, problems };

  const patch: Partial<Settings> = {
    followUpAfterDays: numbers.followUpAfterDays,
    giveUpAfterDays: numbers.giveUpAfterDays,
    monthlyNoteQuota: numbers.monthlyNoteQuota,
    weeklyInviteBudget: numbers.weeklyInviteBudget,
    myName: form.myName.trim(),
    myInterest: form.myInterest.trim(),
    noteLimit: form.noteLimit,
    composerMode: form.composerMode,
  };
  // An empty choice leaves the default as it is: the patch cannot carry "unset".
  if (form.defaultTemplateId) patch.defaultTemplateId = form.defaultTemplateId;
  return { ok: true, patch };
}
