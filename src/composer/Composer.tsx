// The in-dialog note composer: choose a template, see it filled with the person's details,
// insert it into LinkedIn's box, and watch the box's length against the limit. The person edits
// freely in LinkedIn's box and clicks LinkedIn's own Send; Rapport never clicks anything.
// A view only, without hooks (they would cost the content script's payload): the content script
// (src/composer/mount.tsx) owns the state, fills the template, runs the coach, and renders
// this again on every change of LinkedIn's box.
import type { Template } from '../core/schemas';
import { canInsertNote, type RenderResult, type VariableName } from '../core/template';
import { countNote } from '../core/count';
import type { FactChoice } from '../core/template-choice';
import type { Hint } from '../core/coach';
import type { TalkingPoint } from '../core/talking-points';
import { Counter } from './Counter';
import { Preview } from './Preview';
import { TalkingPoints } from './TalkingPoints';
import { HintList } from '../shared/ui/HintList';
import { FactsLine, type FactsLineProps } from '../shared/ui/FactsLine';
import { clampText, NAME_CLAMP, PREVIEW_CLAMP } from './clamp';
import { onTrusted } from './trusted';
import { t } from './i18n';
import { WritingHelp } from './WritingHelp';
import type { WritingHelpProps } from './writing-help';
import { Unchanged } from './unchanged';
import { memoLast } from './memo-last';

// The facts line is drawn again only when its props are new (facts-state.ts keeps them otherwise).
const factsView = memoLast((facts: NonNullable<ComposerProps['facts']>) => (
  <FactsLine {...facts} t={t} attribute="data-part" guard={onTrusted} idPrefix="fact" contain />
));

export const INSERT_SHORTCUT = 'Alt+Shift+I';

export interface ComposerProps {
  /**
   * 'prompt' at the dialog's first step (no note box yet), 'note' once LinkedIn shows the box,
   * 'limit' when LinkedIn refused (notes used up, weekly limit): then only advice is shown.
   */
  step: 'prompt' | 'note' | 'limit';
  templates: Template[];
  templateId: string;
  onChooseTemplate: (id: string) => void;
  /** The chosen template filled with the person's details (null without templates). */
  rendered: RenderResult | null;
  /** The coach's hints for the box, or for the filled template while the box is empty. */
  hints: Hint[];
  limit: number;
  /** What is in LinkedIn's box right now. */
  boxText: string;
  onInsert: () => void;
  /** First step: moves focus to LinkedIn's own "Add a note" button (null when there is none). */
  onShowAddNote: (() => void) | null;
  /** Warnings about an earlier invitation, quotas and limits. */
  guards: string[];
  /** LinkedIn's theme where the dialog is shown (src/linkedin/theme.ts), not the computer's. */
  theme: 'light' | 'dark';
  /** Whether a clamped preview shows its whole text. */
  previewExpanded: boolean;
  onTogglePreview: () => void;
  /** On-device writing help at the note step (null: none, e.g. no model in this browser). */
  writingHelp?: WritingHelpProps | null;
  /** The default template Rapport did not use because the facts here could not fill it. */
  replaced?: FactChoice['replaced'];
  /** Insert was pressed on a note under 40 characters: the next press inserts it anyway. */
  confirmShort?: boolean;
  /** What you have in common with them, best first (in the chosen template's language). */
  points?: readonly TalkingPoint[];
  /** Puts a point's phrase into LinkedIn's box at the cursor. */
  onInsertPoint?: (point: TalkingPoint) => void;
  /** The facts the note is filled with, which the person may correct (note step only). */
  facts?: Omit<FactsLineProps, 't' | 'attribute' | 'guard' | 'idPrefix' | 'contain'> | null;
}

// Parts carry `data-part` (never anything naming Rapport): they are inside a closed shadow root,
// where the page cannot look, and the real-browser tests find them there through CDP.

/** Template fields in words ("Company", "your name — not set in Settings"), never variable names. */
const inWords = (names: readonly VariableName[]) => names.map((name) => t(`field_${name}`)).join(', ');

export function Composer(props: ComposerProps) {
  return (
    <section class="composer" aria-label={t('composer_label')} data-part="composer" data-step={props.step} data-theme={props.theme}>
      {props.step === 'note' ? <NoteStep {...props} /> : props.step === 'limit' ? <LimitStep {...props} /> : <PromptStep {...props} />}
    </section>
  );
}

function Guards({ guards }: { guards: string[] }) {
  return <>{guards.map((g) => <p class="guard" role="alert" data-part="guard">{g}</p>)}</>;
}

function LimitStep({ guards }: ComposerProps) {
  return (
    <>
      <span class="title">Rapport</span>
      <Guards guards={guards} />
    </>
  );
}

function PromptStep({ onShowAddNote, guards }: ComposerProps) {
  return (
    <>
      <Guards guards={guards} />
      <div class="row">
        <span class="title">Rapport</span>
        <span class="muted" id="prompt-text">{t('composer_prompt')}</span>
        {onShowAddNote && (
          <button type="button" data-part="show-add-note" aria-describedby="prompt-text" onClick={onTrusted(onShowAddNote)}>
            {t('composer_show_me')}
          </button>
        )}
      </div>
    </>
  );
}

function NoteStep(props: ComposerProps) {
  const { templates, templateId, rendered, hints, limit, boxText } = props;
  const template = templates.find((x) => x.id === templateId) ?? templates[0];
  const canInsert = canInsertNote(rendered);

  return (
    <>
      <div class="row">
        <span class="title">Rapport</span>
        <Counter text={boxText} limit={limit} />
      </div>
      <Guards guards={props.guards} />
      <div class="row">
        <label for="template-choice">{t('composer_template')}</label>
        <select id="template-choice" data-part="template" value={template?.id ?? ''} title={template?.name}
          onChange={onTrusted((e) => props.onChooseTemplate((e.currentTarget as HTMLSelectElement).value))}>
          {templates.map((x) => <option key={x.id} value={x.id}>{clampText(x.name, NAME_CLAMP).shown}</option>)}
        </select>
        <button type="button" class="primary" data-part="insert" onClick={onTrusted(props.onInsert)} disabled={!canInsert}
          aria-keyshortcuts={INSERT_SHORTCUT} title={t('composer_insert_title', INSERT_SHORTCUT)}>
          {props.confirmShort ? t('composer_insert_anyway') : t('composer_insert')}
        </button>
      </div>
      {props.confirmShort && rendered && (
        <p class="guard" role="alert" data-part="short-warning">{t('composer_short_warning', countNote(rendered.text.trim()))}</p>
      )}
      {props.replaced && template && (
        <p class="muted" data-part="chosen-instead">
          {t('composer_chosen_instead', template.name, props.replaced.template.name, inWords(props.replaced.missing))}
        </p>
      )}
      {rendered && rendered.errors.length > 0 && (
        <ul class="errors" data-part="template-errors">
          {rendered.errors.map((e) => <li>{clampText(e.message, PREVIEW_CLAMP).shown}</li>)}
        </ul>
      )}
      {props.facts && <Unchanged node={factsView(props.facts)} />}
      {rendered && <Preview text={rendered.text} expanded={props.previewExpanded} onToggle={props.onTogglePreview} />}
      {rendered && rendered.missing.length > 0 && (
        <p class="muted" data-part="missing">{t('composer_missing', inWords(rendered.missing))}</p>
      )}
      <TalkingPoints points={props.points ?? []} onInsert={props.onInsertPoint ?? null} attribute="data-part" guard={onTrusted} />
      <HintList hints={hints} label={t('composer_hints')} attribute="data-part" />
      {props.writingHelp && <WritingHelp {...props.writingHelp} />}
    </>
  );
}
