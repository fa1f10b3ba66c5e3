// The own-profile offer: when the LinkedIn tab shows the person's own profile, the popup offers
// to fill About you from it, showing exactly what would be kept. Nothing is kept until the
// person clicks Keep; what was kept can be deleted with one click. Page text is shown as text.
import { useEffect, useState } from 'preact/hooks';
import type { AboutStint, AboutYou } from '../core/about-you';
import { send } from './send';
import { t } from './i18n';

type State =
  | { kind: 'none' }
  | { kind: 'offer'; about: AboutYou }
  | { kind: 'nothing' }
  | { kind: 'kept' }
  | { kind: 'deleted' }
  | { kind: 'error'; message: string };

const years = (s: AboutStint) => {
  const from = s.start?.year;
  const to = s.current ? t('popup_about_now') : s.end?.year;
  return from || to ? ` (${from ?? '?'}–${to ?? '?'})` : '';
};

export function AboutOffer() {
  const [state, setState] = useState<State>({ kind: 'none' });

  useEffect(() => {
    // Reads the page the person is looking at; keeps nothing.
    send({ type: 'about.own-profile' }).then(
      (r) => setState(!r.own ? { kind: 'none' } : r.about ? { kind: 'offer', about: r.about } : { kind: 'nothing' }),
      () => setState({ kind: 'none' }),
    );
  }, []);

  const keep = async (about: AboutYou) => {
    try {
      const { settings } = await send({ type: 'settings.get' });
      // The page has no languages: the ones you entered stay.
      await send({ type: 'settings.set', patch: { about: { ...about, languages: settings.about.languages } } });
      setState({ kind: 'kept' });
    } catch (error) {
      setState({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };
  const remove = async () => {
    try {
      await send({ type: 'settings.set', patch: { about: { schools: [], employers: [], location: '', languages: [] } } });
      setState({ kind: 'deleted' });
    } catch (error) {
      setState({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };

  if (state.kind === 'none') return null;
  return (
    <section class="panel about-offer" aria-labelledby="about-offer-title" data-rapport="about-offer">
      <h2 id="about-offer-title" class="section-title">{t('popup_about_title')}</h2>
      {state.kind === 'nothing' && <p role="status" data-rapport="about-nothing">{t('popup_about_nothing')}</p>}
      {state.kind === 'error' && <p role="alert">{state.message}</p>}
      {state.kind === 'deleted' && <p role="status" data-rapport="about-deleted">{t('popup_about_deleted')}</p>}
      {state.kind === 'kept' && (
        <p role="status" data-rapport="about-kept">
          {t('popup_about_kept')}{' '}
          <button type="button" data-rapport="about-delete" onClick={() => void remove()}>{t('popup_about_delete')}</button>
        </p>
      )}
      {state.kind === 'offer' && (
        <>
          <p class="small">{t('popup_about_offer')}</p>
          <ul class="small" data-rapport="about-preview">
            {state.about.schools.map((s, i) => <li key={`s${i}`}>{t('popup_about_school')}: {s.name}{years(s)}</li>)}
            {state.about.employers.map((s, i) => <li key={`e${i}`}>{t('popup_about_employer')}: {s.title ? `${s.title}, ` : ''}{s.name}{years(s)}</li>)}
            {state.about.location && <li>{t('popup_about_location')}: {state.about.location}</li>}
          </ul>
          <div class="actions">
            <button type="button" class="primary" data-rapport="about-keep" onClick={() => void keep(state.about)}>{t('popup_about_keep')}</button>
            <button type="button" data-rapport="about-dismiss" onClick={() => setState({ kind: 'none' })}>{t('popup_about_not_now')}</button>
          </div>
        </>
      )}
    </section>
  );
}
