// Settings: reminders, your details for templates, note limit, default template, quotas and
// where the composer appears. Checked field by field before anything is saved.
import { useEffect, useState } from 'preact/hooks';
import type { Template } from '../../core/schemas';
import { send } from '../../shared/send';
import { t } from '../i18n';
import { errorText } from '../ui/error-text';
import { StatusLine, type Status } from '../ui/StatusLine';
import { formOf, numberLimits, textLimits, validateSettings, type FieldProblem, type SettingsField, type SettingsForm } from './settings-form';

export function SettingsSection() {
  const [form, setForm] = useState<SettingsForm | null>(null);
  const [templates, setTemplates] = useState<Template[]>([]);
  const [problems, setProblems] = useState<Partial<Record<SettingsField, FieldProblem>>>({});
  const [status, setStatus] = useState<Status>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    Promise.all([send({ type: 'settings.get' }), send({ type: 'templates.list' })])
      .then(([s, list]) => {
        setForm(formOf(s.settings, list.templates.map((tpl) => tpl.id)));
        setTemplates(list.templates);
      })
      .catch((error: unknown) => setStatus({ kind: 'error', ...errorText(error) }));
  }, []);

  if (!form) {
    return (
      <section aria-labelledby="settings-title">
        <h2 id="settings-title">{t('options_nav_settings')}</h2>
        <StatusLine status={status} />
      </section>
    );
  }

  const set = (field: SettingsField) => (event: Event) => {
    setForm({ ...form, [field]: (event.currentTarget as HTMLInputElement | HTMLSelectElement).value });
    setStatus(null);
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    const checked = validateSettings(form, templates.map((tpl) => tpl.id));
    if (!checked.ok) {
      setProblems(checked.problems);
      setStatus({ kind: 'error', message: t('options_set_fix_fields'), details: [] });
      // Take the person to the first field that needs fixing.
      const first = Object.keys(checked.problems)[0];
      if (first) document.getElementById(`setting-${first}`)?.focus();
      return;
    }
    setProblems({});
    setSaving(true);
    try {
      const { settings } = await send({ type: 'settings.set', patch: checked.patch });
      setForm(formOf(settings, templates.map((tpl) => tpl.id)));
      setStatus({ kind: 'ok', message: t('options_set_saved') });
    } catch (error) {
      setStatus({ kind: 'error', ...errorText(error) });
    } finally {
      setSaving(false);
    }
  };

  const field = (name: SettingsField, label: string, control: preact.JSX.Element, help?: string) => {
    const problem = problems[name];
    return (
      <div class={problem ? 'field invalid' : 'field'}>
        <label for={`setting-${name}`}>{label}</label>
        {control}
        {help && <p class="help muted" id={`setting-${name}-help`}>{help}</p>}
        {problem && <p class="field-error" id={`setting-${name}-error`}>{t(problem.key, problem.values)}</p>}
      </div>
    );
  };
  const described = (name: SettingsField, help: boolean) =>
    [help ? `setting-${name}-help` : '', problems[name] ? `setting-${name}-error` : ''].filter(Boolean).join(' ') || undefined;
  const numberInput = (name: keyof typeof numberLimits) => (
    <input id={`setting-${name}`} type="number" inputMode="numeric" min={numberLimits[name].min} max={numberLimits[name].max} step={1}
      value={form[name]} onInput={set(name)} aria-invalid={!!problems[name]} aria-describedby={described(name, true)} data-rapport={`setting-${name}`} />
  );
  const textInput = (name: keyof typeof textLimits) => (
    <input id={`setting-${name}`} type="text" maxLength={textLimits[name]} value={form[name]} onInput={set(name)}
      aria-invalid={!!problems[name]} aria-describedby={described(name, true)} data-rapport={`setting-${name}`} />
  );

  return (
    <section aria-labelledby="settings-title" data-rapport="settings-section">
      <h2 id="settings-title">{t('options_nav_settings')}</h2>
      <form class="settings" onSubmit={(e) => void submit(e)} noValidate>
        <fieldset>
          <legend>{t('options_set_reminders')}</legend>
          {field('followUpAfterDays', t('options_set_follow_up_after'), numberInput('followUpAfterDays'), t('options_set_follow_up_after_help'))}
          {field('giveUpAfterDays', t('options_set_give_up_after'), numberInput('giveUpAfterDays'), t('options_set_give_up_after_help'))}
        </fieldset>
        <fieldset>
          <legend>{t('options_set_about_you')}</legend>
          {field('myName', t('options_set_my_name'), textInput('myName'), t('options_set_my_name_help'))}
          {field('myInterest', t('options_set_my_interest'), textInput('myInterest'), t('options_set_my_interest_help'))}
        </fieldset>
        <fieldset>
          <legend>{t('options_set_notes')}</legend>
          {field('noteLimit', t('options_set_note_limit'), (
            <select id="setting-noteLimit" value={form.noteLimit} onChange={set('noteLimit')} aria-describedby={described('noteLimit', true)} data-rapport="setting-noteLimit">
              <option value="auto">{t('options_set_note_limit_auto')}</option>
              <option value="200">{t('options_set_note_limit_200')}</option>
              <option value="300">{t('options_set_note_limit_300')}</option>
            </select>
          ), t('options_set_note_limit_help'))}
          {field('defaultTemplateId', t('options_set_default_template'), (
            <select id="setting-defaultTemplateId" value={form.defaultTemplateId} onChange={set('defaultTemplateId')}
              aria-invalid={!!problems.defaultTemplateId} aria-describedby={described('defaultTemplateId', false)} data-rapport="setting-defaultTemplateId">
              <option value="">{t('options_set_default_template_first')}</option>
              {templates.map((tpl) => <option key={tpl.id} value={tpl.id}>{tpl.name}</option>)}
            </select>
          ))}
          {field('composerMode', t('options_set_composer_mode'), (
            <select id="setting-composerMode" value={form.composerMode} onChange={set('composerMode')} aria-describedby={described('composerMode', true)} data-rapport="setting-composerMode">
              <option value="dialog">{t('options_set_composer_dialog')}</option>
              <option value="side-panel">{t('options_set_composer_side_panel')}</option>
            </select>
          ), t('options_set_composer_mode_help'))}
        </fieldset>
        <fieldset>
          <legend>{t('options_set_limits')}</legend>
          {field('monthlyNoteQuota', t('options_set_monthly_quota'), numberInput('monthlyNoteQuota'), t('options_set_monthly_quota_help'))}
          {field('weeklyInviteBudget', t('options_set_weekly_budget'), numberInput('weeklyInviteBudget'), t('options_set_weekly_budget_help'))}
        </fieldset>
        <div class="actions">
          <button type="submit" class="primary" disabled={saving} data-rapport="settings-save">{t('options_save')}</button>
        </div>
        <StatusLine status={status} />
      </form>
    </section>
  );
}
