// The settings form as text fields, and the checks that turn it into a patch for the
// background. Limits are read from the Settings schema, so a bad value is explained here, next
// to the field, instead of coming back as a schema error.
import { Settings } from '../../core/schemas';
import type { RequestInputOf } from '../../shared/messages';

export type SettingsPatchRequest = RequestInputOf<'settings.set'>['patch'];

export interface SettingsForm {
  followUpAfterDays: string;
  giveUpAfterDays: string;
  conversationFollowUpAfterDays: string;
  conversationCloseAfterDays: string;
  myName: string;
  myInterest: string;
  noteLimit: Settings['noteLimit'];
  defaultTemplateId: string;
  monthlyNoteQuota: string;
  weeklyInviteBudget: string;
  insightsMinAgeDays: string;
  composerMode: Settings['composerMode'];
  /** On-device writing help offered in the composer and the side panel. */
  writingHelp: boolean;
}

export type SettingsField = keyof SettingsForm;

/** A problem with one field: a message key and the values it names. */
export interface FieldProblem {
  key: string;
  values?: Record<string, number>;
}

type NumberSetting = 'followUpAfterDays' | 'giveUpAfterDays' | 'conversationFollowUpAfterDays' | 'conversationCloseAfterDays' | 'monthlyNoteQuota' | 'weeklyInviteBudget' | 'insightsMinAgeDays';
const range = (field: NumberSetting) => {
  const schema = Settings.shape[field].unwrap();
  return { min: schema.minValue ?? 0, max: schema.maxValue ?? Number.MAX_SAFE_INTEGER };
};

export const numberLimits = {
  followUpAfterDays: range('followUpAfterDays'),
  giveUpAfterDays: range('giveUpAfterDays'),
  conversationFollowUpAfterDays: range('conversationFollowUpAfterDays'),
  conversationCloseAfterDays: range('conversationCloseAfterDays'),
  monthlyNoteQuota: range('monthlyNoteQuota'),
  weeklyInviteBudget: range('weeklyInviteBudget'),
  insightsMinAgeDays: range('insightsMinAgeDays'),
};

export const textLimits = {
  myName: Settings.shape.myName.unwrap().maxLength ?? 0,
  myInterest: Settings.shape.myInterest.unwrap().maxLength ?? 0,
};

/** The form for `settings`; a default template that no longer exists shows as "the first one". */
export function formOf(settings: Settings, templateIds: readonly string[]): SettingsForm {
  return {
    followUpAfterDays: String(settings.followUpAfterDays),
    giveUpAfterDays: String(settings.giveUpAfterDays),
    conversationFollowUpAfterDays: String(settings.conversationFollowUpAfterDays),
    conversationCloseAfterDays: String(settings.conversationCloseAfterDays),
    myName: settings.myName,
    myInterest: settings.myInterest,
    noteLimit: settings.noteLimit,
    defaultTemplateId: settings.defaultTemplateId && templateIds.includes(settings.defaultTemplateId) ? settings.defaultTemplateId : '',
    monthlyNoteQuota: String(settings.monthlyNoteQuota),
    weeklyInviteBudget: String(settings.weeklyInviteBudget),
    insightsMinAgeDays: String(settings.insightsMinAgeDays),
    composerMode: settings.composerMode,
    writingHelp: settings.writingHelp,
  };
}

function wholeNumber(text: string): number | null {
  const trimmed = text.trim();
  return /^\d{1,7}$/.test(trimmed) ? Number(trimmed) : null;
}

export type Validation =
  | { ok: true; patch: SettingsPatchRequest }
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
  const { conversationFollowUpAfterDays: askAgain, conversationCloseAfterDays: close } = numbers;
  if (askAgain !== undefined && close !== undefined && close <= askAgain) {
    problems.conversationCloseAfterDays = { key: 'options_set_problem_close_order', values: { days: askAgain } };
  }
  for (const field of Object.keys(textLimits) as (keyof typeof textLimits)[]) {
    if (form[field].trim().length > textLimits[field]) problems[field] = { key: 'options_set_problem_long', values: { max: textLimits[field] } };
  }
  if (form.defaultTemplateId && !templateIds.includes(form.defaultTemplateId)) {
    problems.defaultTemplateId = { key: 'options_set_problem_template_gone' };
  }
  if (Object.keys(problems).length > 0) return { ok: false, problems };

  return {
    ok: true,
    patch: {
      followUpAfterDays: numbers.followUpAfterDays,
      giveUpAfterDays: numbers.giveUpAfterDays,
      conversationFollowUpAfterDays: numbers.conversationFollowUpAfterDays,
      conversationCloseAfterDays: numbers.conversationCloseAfterDays,
      monthlyNoteQuota: numbers.monthlyNoteQuota,
      weeklyInviteBudget: numbers.weeklyInviteBudget,
      insightsMinAgeDays: numbers.insightsMinAgeDays,
      myName: form.myName.trim(),
      myInterest: form.myInterest.trim(),
      noteLimit: form.noteLimit,
      composerMode: form.composerMode,
      writingHelp: form.writingHelp,
      // None chosen: the first template (null clears a stored default).
      defaultTemplateId: form.defaultTemplateId || null,
    },
  };
}
