// Settings: reminders, your details for templates, note limit, default template, quotas, where
// the composer appears and whether it offers on-device writing help. Checked field by field before anything is saved.
import { useEffect, useState } from 'preact/hooks';
import type { Template } from '../../core/schemas';
import { send } from '../../shared/send';
import { t } from '../i18n';
import { errorStatus } from '../ui/error-text';
import { StatusLine } from '../ui/StatusLine';
import { useAction } from '../ui/use-action';
import { formOf, numberLimits, textLimits, validateSettings, type FieldProblem, type SettingsField, type SettingsForm } from './settings-form';

/** What every control of a field carries: its id, its error state and the texts describing it. */
type ControlProps = { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string; 'data-rapport': string };

export function SettingsSection() {
  const [form, setForm] = useState<SettingsForm | null>(null);
  const [templates, setTemplates] = useState<Template[]>([]);
  const [problems, setProblems] = useState<Partial<Record<SettingsField, FieldProblem>>>({});
  const { status, setStatus, busy: saving, run } = useAction();

  useEffect(() => {
    Promise.all([send({ type: 'settings.get' }), send({ type: 'templates.list' })])
      .then(([s, list]) => {
        setForm(formOf(s.settings, list.templates.map((tpl) => tpl.id)));
        setTemplates(list.templates);
      })
      .catch((error: unknown) => setStatus(errorStatus(error)));
  }, [setStatus]);

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
    const saved = await run(() => send({ type: 'settings.set', patch: checked.patch }), () => t('options_set_saved'));
    if (saved) setForm(formOf(saved.settings, templates.map((tpl) => tpl.id)));
  };

  /** One labelled field: `control` gets the props that tie it to its label, help and error. */
  const field = (name: SettingsField, label: string, help: string | null, control: (props: ControlProps) => preact.JSX.Element) => {
    const problem = problems[name];
    const id = `setting-${name}`;
    const describedBy = [help ? `${id}-help` : '', problem ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
    return (
      <div class={problem ? 'field invalid' : 'field'}>
        <label for={id}>{label}</label>
        {control({ id, 'aria-invalid': !!problem, 'aria-describedby': describedBy, 'data-rapport': id })}
        {help && <p class="help muted" id={`${id}-help`}>{help}</p>}
        {problem && <p class="field-error" id={`${id}-error`}>{t(problem.key, problem.values)}</p>}
      </div>
    );
  };
  const numberField = (name: keyof typeof numberLimits, label: string, help: string) =>
    field(name, label, help, (props) => (
      <input {...props} type="number" inputMode="numeric" min={numberLimits[name].min} max={numberLimits[name].max} step={1}
        value={form[name]} onInput={set(name)} />
    ));
  const textField = (name: keyof typeof textLimits, label: string, help: string) =>
    field(name, label, help, (props) => <input {...props} type="text" maxLength={textLimits[name]} value={form[name]} onInput={set(name)} />);

  return (
    <section aria-labelledby="settings-title" data-rapport="settings-section">
      <h2 id="settings-title">{t('options_nav_settings')}</h2>
      <form class="settings" onSubmit={(e) => void submit(e)} noValidate>
        <fieldset>
          <legend>{t('options_set_reminders')}</legend>
          {numberField('followUpAfterDays', t('options_set_follow_up_after'), t('options_set_follow_up_after_help'))}
          {numberField('giveUpAfterDays', t('options_set_give_up_after'), t('options_set_give_up_after_help'))}
        </fieldset>
        <fieldset>
          <legend>{t('options_set_conversation')}</legend>
          {numberField('conversationFollowUpAfterDays', t('options_set_conversation_follow_up_after'), t('options_set_conversation_follow_up_after_help'))}
          {numberField('conversationCloseAfterDays', t('options_set_conversation_close_after'), t('options_set_conversation_close_after_help'))}
        </fieldset>
        <fieldset>
          <legend>{t('options_set_about_you')}</legend>
          {textField('myName', t('options_set_my_name'), t('options_set_my_name_help'))}
          {textField('myInterest', t('options_set_my_interest'), t('options_set_my_interest_help'))}
        </fieldset>
        <fieldset>
          <legend>{t('options_set_notes')}</legend>
          {field('noteLimit', t('options_set_note_limit'), t('options_set_note_limit_help'), (props) => (
            <select {...props} value={form.noteLimit} onChange={set('noteLimit')}>
              <option value="auto">{t('options_set_note_limit_auto')}</option>
              <option value="200">{t('options_set_note_limit_200')}</option>
              <option value="300">{t('options_set_note_limit_300')}</option>
            </select>
          ))}
          {field('defaultTemplateId', t('options_set_default_template'), null, (props) => (
            <select {...props} value={form.defaultTemplateId} onChange={set('defaultTemplateId')}>
              <option value="">{t('options_set_default_template_first')}</option>
              {templates.map((tpl) => <option key={tpl.id} value={tpl.id}>{tpl.name}</option>)}
            </select>
          ))}
          {field('composerMode', t('options_set_composer_mode'), t('options_set_composer_mode_help'), (props) => (
            <select {...props} value={form.composerMode} onChange={set('composerMode')}>
              <option value="dialog">{t('options_set_composer_dialog')}</option>
              <option value="side-panel">{t('options_set_composer_side_panel')}</option>
            </select>
          ))}
          <div class="field check">
            <label>
              <input type="checkbox" id="setting-writingHelp" data-rapport="setting-writingHelp" checked={form.writingHelp}
                aria-describedby="setting-writingHelp-help" onChange={(e) => { setForm({ ...form, writingHelp: e.currentTarget.checked }); setStatus(null); }} />
              {' '}{t('options_set_writing_help')}
            </label>
            <p class="help muted" id="setting-writingHelp-help">{t('options_set_writing_help_help')}</p>
          </div>
        </fieldset>
        <fieldset>
          <legend>{t('options_set_limits')}</legend>
          {numberField('monthlyNoteQuota', t('options_set_monthly_quota'), t('options_set_monthly_quota_help'))}
          {numberField('weeklyInviteBudget', t('options_set_weekly_budget'), t('options_set_weekly_budget_help'))}
          {numberField('insightsMinAgeDays', t('options_set_insights_min_age'), t('options_set_insights_min_age_help'))}
        </fieldset>
        <div class="actions">
          <button type="submit" class="primary" disabled={saving} data-rapport="settings-save">{t('options_save')}</button>
        </div>
        <StatusLine status={status} />
      </form>
    </section>
  );
}
