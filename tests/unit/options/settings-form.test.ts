import { describe, expect, test } from 'vitest';
import { defaultSettings } from '../../../src/core/schemas';
import { formOf, numberLimits, textLimits, validateSettings } from '../../../src/options/settings/settings-form';

const form = formOf({ ...defaultSettings, defaultTemplateId: 't1' }, ['t1', 't2']);

describe('the settings form', () => {
  test('the stored settings round-trip into a patch unchanged', () => {
    const result = validateSettings(form, ['t1']);
    expect(result).toEqual({
      ok: true,
      patch: {
        followUpAfterDays: 7, giveUpAfterDays: 21, conversationFollowUpAfterDays: 7, conversationCloseAfterDays: 14, monthlyNoteQuota: 5, weeklyInviteBudget: 100, insightsMinAgeDays: 21,
        myName: '', myInterest: '', noteLimit: 'auto', composerMode: 'dialog', writingHelp: true, defaultTemplateId: 't1',
      },
    });
  });

  test('the writing-help switch shows the stored setting and saves what it shows', () => {
    const off = formOf({ ...defaultSettings, writingHelp: false }, []);
    expect(off.writingHelp).toBe(false);
    const result = validateSettings(off, []);
    expect(result.ok && result.patch.writingHelp).toBe(false);
    const on = validateSettings({ ...off, writingHelp: true }, []);
    expect(on.ok && on.patch.writingHelp).toBe(true);
  });

  test('numbers must be whole and in range; each bad field is named', () => {
    const result = validateSettings({ ...form, followUpAfterDays: '0', monthlyNoteQuota: '2.5', weeklyInviteBudget: 'lots' }, ['t1']);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.problems).sort()).toEqual(['followUpAfterDays', 'monthlyNoteQuota', 'weeklyInviteBudget']);
    expect(result.problems.followUpAfterDays).toEqual({ key: 'options_set_problem_range', values: { min: 1, max: 365 } });
  });

  test('a quota of 0 is allowed (no notes this month), a budget of 0 is not', () => {
    expect(validateSettings({ ...form, monthlyNoteQuota: '0' }, ['t1']).ok).toBe(true);
    expect(validateSettings({ ...form, weeklyInviteBudget: '0' }, ['t1']).ok).toBe(false);
  });

  test('giving up must come after the follow-up reminder', () => {
    const result = validateSettings({ ...form, followUpAfterDays: '14', giveUpAfterDays: '10' }, ['t1']);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.giveUpAfterDays?.key).toBe('options_set_problem_give_up_order');
  });

  test('texts are trimmed and limited', () => {
    const ok = validateSettings({ ...form, myName: '  Robin  ' }, ['t1']);
    expect(ok.ok && ok.patch.myName).toBe('Robin');
    expect(validateSettings({ ...form, myInterest: 'x'.repeat(201) }, ['t1']).ok).toBe(false);
  });

  test('a default template deleted since the form opened is refused; none chosen clears the default', () => {
    expect(validateSettings(form, ['other']).ok).toBe(false);
    const none = validateSettings({ ...form, defaultTemplateId: '' }, []);
    expect(none.ok && none.patch.defaultTemplateId).toBe(null);
  });

  test('a stored default whose template is gone opens as "the first template", so saving is not blocked', () => {
    const dangling = formOf({ ...defaultSettings, defaultTemplateId: 'deleted' }, ['t1']);
    expect(dangling.defaultTemplateId).toBe('');
    expect(validateSettings(dangling, ['t1']).ok).toBe(true);
  });

  test('the limits are the Settings schema\'s own', () => {
    expect(numberLimits.followUpAfterDays).toEqual({ min: 1, max: 365 });
    expect(numberLimits.monthlyNoteQuota).toEqual({ min: 0, max: 1000 });
    expect(textLimits).toEqual({ myName: 120, myInterest: 200 });
  });

  test('the conversation\'s day counts (issue #21) are checked for range and order', () => {
    const bad = validateSettings({ ...form, conversationFollowUpAfterDays: '0', conversationCloseAfterDays: '731' }, ['t1']);
    expect(bad.ok ? {} : bad.problems).toEqual({
      conversationFollowUpAfterDays: { key: 'options_set_problem_range', values: { min: 1, max: 365 } },
      conversationCloseAfterDays: { key: 'options_set_problem_range', values: { min: 1, max: 730 } },
    });
    const order = validateSettings({ ...form, conversationFollowUpAfterDays: '10', conversationCloseAfterDays: '10' }, ['t1']);
    expect(order.ok ? {} : order.problems).toEqual({ conversationCloseAfterDays: { key: 'options_set_problem_close_order', values: { days: 10 } } });
    const good = validateSettings({ ...form, conversationFollowUpAfterDays: '5', conversationCloseAfterDays: '12' }, ['t1']);
    expect(good.ok && good.patch).toMatchObject({ conversationFollowUpAfterDays: 5, conversationCloseAfterDays: 12 });
  });
});
