// The in-dialog note composer: choose a template, see it filled with the person's details,
// insert it into LinkedIn's box, and watch the box's length against the limit. The person edits
// freely in LinkedIn's box and clicks LinkedIn's own Send; Rapport never clicks anything.
// A view only, without hooks (they would cost the content script's payload): the content script
// (src/content/composer-mount.tsx) owns the state, fills the template, runs the coach, and renders
// this again on every change of LinkedIn's box.
import type { Template } from '../core/schemas';
import type { RenderResult } from '../core/template';
import type { Hint } from '../core/coach';
import type { TalkingPoint } from '../core/talking-points';
import { Counter } from './Counter';
import { TalkingPoints } from './TalkingPoints';
import { HintList } from '../shared/ui/HintList';
import { t } from './i18n';

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
  /** What you have in common with them, best first (in the chosen template's language). */
  points?: readonly TalkingPoint[];
  /** Puts a point's phrase into LinkedIn's box at the cursor. */
  onInsertPoint?: (point: TalkingPoint) => void;
}

export function Composer(props: ComposerProps) {
  return (
    <section class="rapport" aria-label={t('composer_label')} data-step={props.step}>
      {props.step === 'note' ? <NoteStep {...props} /> : props.step === 'limit' ? <LimitStep {...props} /> : <PromptStep {...props} />}
    </section>
  );
}

function Guards({ guards }: { guards: string[] }) {
  return <>{guards.map((g) => <p class="guard" role="alert" data-rapport="guard">{g}</p>)}</>;
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
        <span class="muted" id="rapport-prompt">{t('composer_prompt')}</span>
        {onShowAddNote && (
          <button type="button" data-rapport="show-add-note" aria-describedby="rapport-prompt" onClick={onShowAddNote}>
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
  const canInsert = !!rendered && rendered.errors.length === 0 && rendered.text.trim() !== '';

  return (
    <>
      <div class="row">
        <span class="title">Rapport</span>
        <Counter text={boxText} limit={limit} />
      </div>
      <Guards guards={props.guards} />
      <div class="row">
        <label for="rapport-template">{t('composer_template')}</label>
        <select id="rapport-template" data-rapport="template" value={template?.id ?? ''}
          onChange={(e) => props.onChooseTemplate((e.currentTarget as HTMLSelectElement).value)}>
          {templates.map((x) => <option key={x.id} value={x.id}>{x.name}</option>)}
        </select>
        <button type="button" class="primary" data-rapport="insert" onClick={props.onInsert} disabled={!canInsert}
          aria-keyshortcuts={INSERT_SHORTCUT} title={t('composer_insert_title', INSERT_SHORTCUT)}>
          {t('composer_insert')}
        </button>
      </div>
      {rendered && rendered.errors.length > 0 && (
        <ul class="errors" data-rapport="template-errors">
          {rendered.errors.map((e) => <li>{e.message}</li>)}
        </ul>
      )}
      {rendered && (
        <p class="preview" data-rapport="preview" aria-label={t('composer_preview')}>{rendered.text}</p>
      )}
      {rendered && rendered.missing.length > 0 && (
        <p class="muted" data-rapport="missing">{t('composer_missing', rendered.missing.join(', '))}</p>
      )}
      <TalkingPoints points={props.points ?? []} onInsert={props.onInsertPoint ?? null} />
      <HintList hints={hints} label={t('composer_hints')} />
    </>
  );
}
