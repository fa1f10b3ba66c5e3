// About you: your schools, employers, place and languages, kept in the settings (never sent
// anywhere), so the composer can point out what you share with the person you write to. Filled
// by hand here, or from your own profile when you accept the offer there; one click deletes it.
import { useEffect, useState } from 'preact/hooks';
import { emptyAboutYou, type AboutYou } from '../../core/about-you';
import { send } from '../../shared/send';
import { t, uiLocale } from '../i18n';
import { errorStatus } from '../ui/error-text';
import { StatusLine } from '../ui/StatusLine';
import { useAction } from '../ui/use-action';
import { aboutForm, checkAboutForm, type AboutForm, type AboutProblem } from './about-form';
import { StintList } from './StintList';

export function AboutSection() {
  const [form, setForm] = useState<AboutForm | null>(null);
  const [capturedAt, setCapturedAt] = useState<string | undefined>();
  const [problems, setProblems] = useState<AboutProblem[]>([]);
  const { status, setStatus, busy, run } = useAction();

  const load = (about: AboutYou) => {
    setForm(aboutForm(about));
    setCapturedAt(about.capturedAt);
    setProblems([]);
  };

  useEffect(() => {
    send({ type: 'settings.get' }).then((s) => load(s.settings.about)).catch((error: unknown) => setStatus(errorStatus(error)));
  }, [setStatus]);

  const save = async (about: AboutYou, message: string) => {
    const saved = await run(() => send({ type: 'settings.set', patch: { about } }), () => message);
    if (saved) load(saved.settings.about);
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!form) return;
    const checked = checkAboutForm(form, capturedAt);
    if (!checked.ok) {
      setProblems(checked.problems);
      setStatus({ kind: 'error', message: t('options_set_fix_fields'), details: [] });
      return;
    }
    await save(checked.about, t('options_about_saved'));
  };

  const change = (next: Partial<AboutForm>) => {
    if (form) setForm({ ...form, ...next });
    setStatus(null);
  };
  const locationProblem = problems.find((p) => p.list === 'location');
  const languagesProblem = problems.find((p) => p.list === 'languages');

  return (
    <section aria-labelledby="about-title" data-rapport="about-section">
      <h2 id="about-title">{t('options_nav_about')}</h2>
      <p class="muted">{t('options_about_intro')}</p>
      {capturedAt && (
        <p data-rapport="about-captured">{t('options_about_captured', { date: new Date(capturedAt).toLocaleDateString(uiLocale()) })}</p>
      )}
      {form && (
        <form class="settings" onSubmit={(e) => void submit(e)} noValidate>
          <StintList list="schools" rows={form.schools} problems={problems} onChange={(schools) => change({ schools })} />
          <StintList list="employers" rows={form.employers} problems={problems} onChange={(employers) => change({ employers })} />
          <fieldset>
            <legend>{t('options_about_place_and_languages')}</legend>
            <div class={locationProblem ? 'field invalid' : 'field'}>
              <label for="about-location">{t('options_about_location')}</label>
              <input id="about-location" type="text" maxLength={120} value={form.location} onInput={(e) => change({ location: e.currentTarget.value })} />
              <p class="help muted">{t('options_about_location_help')}</p>
            </div>
            <div class={languagesProblem ? 'field invalid' : 'field'}>
              <label for="about-languages">{t('options_about_languages')}</label>
              <input id="about-languages" type="text" maxLength={500} value={form.languages} onInput={(e) => change({ languages: e.currentTarget.value })}
                aria-invalid={!!languagesProblem} aria-describedby="about-languages-help" />
              <p class="help muted" id="about-languages-help">{t('options_about_languages_help')}</p>
              {languagesProblem && <p class="field-error">{t(languagesProblem.key)}</p>}
            </div>
          </fieldset>
          <div class="actions">
            <button type="submit" class="primary" disabled={busy} data-rapport="about-save">{t('options_save')}</button>
            <button type="button" class="danger" disabled={busy} data-rapport="about-delete"
              onClick={() => void save(emptyAboutYou(), t('options_about_deleted'))}>{t('options_about_delete')}</button>
          </div>
          <StatusLine status={status} />
        </form>
      )}
      {!form && <StatusLine status={status} />}
    </section>
  );
}
