// An editable list of schools or employers: one row per place with its years, add and remove.
// Names are shown in inputs and text nodes only (they may come from a web page).
import { t } from '../i18n';
import { emptyRow, type AboutProblem, type StintRow } from './about-form';

interface Props {
  list: 'schools' | 'employers';
  rows: StintRow[];
  problems: AboutProblem[];
  onChange: (rows: StintRow[]) => void;
}

export function StintList({ list, rows, problems, onChange }: Props) {
  const update = (index: number, change: Partial<StintRow>) => onChange(rows.map((row, i) => (i === index ? { ...row, ...change } : row)));
  const text = (index: number, field: 'name' | 'title' | 'from' | 'to') => (event: Event) => update(index, { [field]: (event.currentTarget as HTMLInputElement).value });
  const noun = list === 'schools' ? 'school' : 'employer';
  return (
    <fieldset data-rapport={`about-${list}`}>
      <legend>{t(`options_about_${list}`)}</legend>
      {rows.length === 0 && <p class="muted">{t(`options_about_${list}_none`)}</p>}
      <ol class="about-rows">
        {rows.map((row, index) => {
          const problem = problems.find((p) => p.list === list && 'row' in p && p.row === index);
          const id = `about-${noun}-${index}`;
          return (
            <li key={index} class={problem ? 'about-row invalid' : 'about-row'} data-rapport={`about-${noun}-row`}>
              <label>
                {t(`options_about_${noun}_name`)}
                <input id={`${id}-name`} type="text" maxLength={120} value={row.name} onInput={text(index, 'name')} aria-invalid={!!problem} aria-describedby={problem ? `${id}-error` : undefined} />
              </label>
              {list === 'employers' && (
                <label>
                  {t('options_about_title')}
                  <input type="text" maxLength={120} value={row.title} onInput={text(index, 'title')} />
                </label>
              )}
              <label>
                {t('options_about_from')}
                <input type="text" inputMode="numeric" maxLength={4} size={5} value={row.from} onInput={text(index, 'from')} />
              </label>
              <label>
                {t('options_about_to')}
                <input type="text" inputMode="numeric" maxLength={4} size={5} value={row.current ? '' : row.to} disabled={row.current} onInput={text(index, 'to')} />
              </label>
              <label class="inline">
                <input type="checkbox" checked={row.current} onChange={(e) => update(index, { current: (e.currentTarget as HTMLInputElement).checked })} />
                {t(list === 'schools' ? 'options_about_still_studying' : 'options_about_still_there')}
              </label>
              {row.origin?.pageKey && row.origin.name === row.name.trim() && <span class="badge" title={t('options_about_linked_help')}>{t('options_about_linked')}</span>}
              <button type="button" onClick={() => onChange(rows.filter((_, i) => i !== index))} aria-label={t('options_about_remove', { name: row.name || t(`options_about_${noun}_name`) })}>
                {t('options_about_remove_short')}
              </button>
              {problem && <p class="field-error" id={`${id}-error`}>{t(problem.key)}</p>}
            </li>
          );
        })}
      </ol>
      <button type="button" onClick={() => onChange([...rows, emptyRow()])} data-rapport={`about-add-${noun}`}>{t(`options_about_add_${noun}`)}</button>
    </fieldset>
  );
}
