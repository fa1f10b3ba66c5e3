// The facts line: what Rapport read about the person (first name, company, school…) as a compact
// row of labelled fields the person can type over, and your own facts from Settings beside them.
// The fields the chosen template uses are shown; the rest wait behind "more" (drawn when it
// opens). Emptying a field the page filled says "there is none" (the note leaves it out); "Use the
// page's value" undoes a correction or a removal. Used by the composer in LinkedIn's dialog
// (closed root: `data-part`, trusted events only) and by the side panel.
// Hookless, so the composer's payload stays small: the caller keeps the state.
import { Fragment } from 'preact';
import { correctionMax, type CorrectableField } from '../../core/corrections';
import type { Fact } from '../../core/facts';

type Translate = (key: string, ...substitutions: (string | number)[]) => string;

export interface FactsLineProps {
  facts: readonly Fact[];
  /** What the person has typed in each field this session, as typed (may be '' while retyping). */
  typed: Readonly<Partial<Record<string, string>>>;
  /** Whether the facts the template does not use are shown too. */
  expanded: boolean;
  onToggle: () => void;
  onType: (field: CorrectableField, value: string) => void;
  t: Translate;
  /** Prefix of element ids (unique in the document or shadow root). */
  idPrefix: string;
  /** `data-part` inside the composer's closed root (nothing there may name Rapport). */
  attribute?: 'data-rapport' | 'data-part';
  /** Wraps input handlers (the composer acts only on trusted events). */
  guard?: (handler: (event: Event) => void) => (event: Event) => void;
  /**
   * In a page (the composer): typing in a field stays inside, so the page neither sees what is
   * typed nor takes the keys, retargeted to the composer's host, for its own shortcuts.
   */
  contain?: boolean;
}

/** Keys the dialog may still act on: Escape closes it, Alt+Shift+… are the composer's shortcuts. */
const passes = (event: Event) => event instanceof KeyboardEvent && (event.key === 'Escape' || event.altKey);
const keepInside = (event: Event) => {
  if (!passes(event)) event.stopPropagation();
};
const containing = {
  onKeyDown: keepInside, onKeyUp: keepInside, onKeyPress: keepInside, onInput: keepInside, onBeforeInput: keepInside,
  onCompositionStart: keepInside, onCompositionUpdate: keepInside, onCompositionEnd: keepInside,
};

/** A fact's name in words: "Company", "Your name" — never the variable's name. */
export const factLabel = (t: Translate, fact: Pick<Fact, 'field' | 'setting'>) => t(fact.setting ? `facts_setting_${fact.field}` : `field_${fact.field}`);

export function FactsLine(props: FactsLineProps) {
  const { facts, typed, expanded, t, idPrefix, attribute = 'data-rapport', guard = (h) => h } = props;
  const hiddenCount = facts.filter((f) => !f.used).length;
  const part = (name: string) => ({ [attribute]: name });
  return (
    <div class="facts" role="group" aria-label={t('facts_label')} {...part('facts')} {...(props.contain ? containing : {})}>
      <div class="facts-list" id={`${idPrefix}-list`}>
        {facts.map((fact) => {
          // Facts the template does not use are drawn only once "more" is open: the line's first
          // draw is part of the composer's (kept short, the dialog is waiting for it).
          if (!fact.used && !expanded) return null;
          const id = `${idPrefix}-${fact.field}`;
          if (fact.setting) {
            return (
              <span key={fact.field} class="fact setting" {...part('fact-setting')} data-field={fact.field}>
                <span class="fact-name">{factLabel(t, fact)}</span>{' '}
                <span class={fact.value ? 'fact-value' : 'fact-value empty'}>{fact.value || t('facts_not_set')}</span>
              </span>
            );
          }
          const field = fact.field as CorrectableField;
          // Back to what the page said (after a correction or a removal): the field keeps the focus.
          const restore = (e: Event) => {
            (e.currentTarget as HTMLElement).previousElementSibling?.querySelector('input')?.focus();
            props.onType(field, fact.read);
          };
          return (
            <Fragment key={fact.field}>
              <label class={fact.corrected ? 'fact corrected' : 'fact'} for={id}>
                <span class="fact-name">{factLabel(t, fact)}</span>
                <input id={id} type="text" autocomplete="off" spellcheck={false} maxLength={correctionMax[field]}
                  value={typed[field] ?? fact.value} placeholder={fact.removed ? t('facts_removed') : fact.read || t('facts_not_read')}
                  title={fact.corrected ? t(fact.removed ? 'facts_removed_title' : 'facts_corrected', fact.read || t('facts_not_read')) : undefined}
                  {...part('fact')} data-field={field} data-corrected={fact.corrected ? 'true' : 'false'} data-removed={fact.removed ? 'true' : 'false'}
                  onInput={guard((e) => props.onType(field, (e.currentTarget as HTMLInputElement).value))} />
              </label>
              {fact.corrected && fact.read && (
                <button type="button" class="link fact-restore" {...part('fact-restore')} data-field={field}
                  aria-label={t('facts_use_page_label', factLabel(t, fact), fact.read)} onClick={guard(restore)}>
                  {t('facts_use_page')}
                </button>
              )}
            </Fragment>
          );
        })}
      </div>
      {hiddenCount > 0 && (
        <button type="button" class="link" aria-expanded={expanded} aria-controls={`${idPrefix}-list`} {...part('facts-more')}
          onClick={guard(props.onToggle)}>
          {expanded ? t('facts_less') : t('facts_more', hiddenCount)}
        </button>
      )}
    </div>
  );
}
