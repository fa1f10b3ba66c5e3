// The note for the profile on screen: choose a template, see it filled with the person's details
// in an editable box, count it against LinkedIn's limit, read the coach's hints, and copy it.
// The person pastes it into LinkedIn's note box themselves: nothing is added to LinkedIn's page.
import { useMemo, useRef, useState } from 'preact/hooks';
import { coachNote } from '../core/coach';
import type { Settings, Template } from '../core/schemas';
import type { ObservedProfile } from '../shared/messages';
import { editDraft, isEdited, resetDraft, writtenForSomeoneElse } from './draft';
import { useDraft } from './useDraft';
import { HintList } from '../shared/ui/HintList';
import { countAgainst, noteLimits } from './limits';
import { NoteCounter, overLimitMessage } from './NoteCounter';
import { personTalkingPoints, toNoteContext } from '../core/person';
import { textLanguage } from '../core/talking-points/text-language';
import { TalkingPoints } from '../composer/TalkingPoints';
import { withPhrase } from '../core/talking-points/with-phrase';
import { chooseForFacts, invitationTemplates } from '../core/template-choice';
import { CopyButton } from './CopyButton';
import { t } from '../shared/ui/i18n';
import { TemplateField } from './TemplateField';
import { PanelWritingHelp } from './PanelWritingHelp';
import { FactsLine } from '../shared/ui/FactsLine';
import type { PanelClient } from './client';
import { usePanelFacts } from './usePanelFacts';

/** Template fields in words ("Company", "your name — not set in Settings"), never variable names. */
const inWords = (names: readonly string[]) => names.map((name) => t(`field_${name}`)).join(', ');

interface NoteEditorProps {
  /** Where the person's corrections are kept (absent: no facts line). */
  client?: Pick<PanelClient, 'corrections' | 'correct'>;
  profile: ObservedProfile;
  templates: Template[];
  settings: Settings;
  /** Turns on-device writing help on or off. */
  onWritingHelp?(on: boolean): Promise<void>;
}

const noClient = {};

export function NoteEditor({ client = noClient, profile, templates, settings, onWritingHelp }: NoteEditorProps) {
  const [chosenId, setChosenId] = useState<string | null>(null);
  const offered = useMemo(() => invitationTemplates(templates), [templates]);
  // What was read, for the facts line (names, company, … and your own name): no talking points,
  // which toNoteContext would otherwise work out again for the same profile.
  const read = useMemo(() => toNoteContext(profile, { myName: settings.myName, myInterest: settings.myInterest }), [profile, settings.myName, settings.myInterest]);
  const facts = usePanelFacts(client, profile.profileUrl);
  // The person's corrections over what was read, applied in one place (src/core/person.ts): the
  // note's values and the talking points describe the same person. The points are worked out once
  // per change of the person or of About you, and the note's values are filled from those.
  const person = useMemo(() => ({ ...profile, corrections: facts.corrections }), [profile, facts.corrections]);
  const points = useMemo(() => personTalkingPoints(person, settings.about), [person, settings.about]);
  const context = useMemo(() => toNoteContext(person, settings, { points }), [person, settings, points]);
  // The default gives way to a template these facts can fill (core/template-choice.ts).
  const choice = useMemo(() => chooseForFacts(offered, chosenId, settings.defaultTemplateId, context), [offered, chosenId, settings.defaultTemplateId, context]);
  const template = choice.template;
  // The draft follows the filled template until edited (draft.ts, useDraft.ts).
  const { rendered, source, draft, setDraft } = useDraft(template, context, profile.profileUrl);
  const box = useRef<HTMLTextAreaElement>(null);

  const limits = noteLimits(settings.noteLimit);
  const parts = countAgainst(draft.text, limits);
  const over = overLimitMessage(parts);
  const hints = useMemo(() => coachNote(draft.text, { limit: limits.coach, context }), [draft.text, limits.coach, context]);
  const edited = isEdited(draft);

  return (
    <section class="note" aria-labelledby="sp-note-title">
      <h2 id="sp-note-title" class="section-title">{t('sidepanel_note_title')}</h2>
      <TemplateField id="sp-template" part="sidepanel-template" offered={offered} value={template?.id ?? ''} onChoose={setChosenId} />
      {client.correct && <FactsLine {...facts.facts(template?.body ?? null, read)} t={t} idPrefix="sp-fact" />}
      {rendered && rendered.errors.length > 0 && (
        <ul class="errors" data-rapport="sidepanel-template-errors" aria-label={t('sidepanel_template_errors')}>
          {rendered.errors.map((e, i) => <li key={i}>{e.message}</li>)}
        </ul>
      )}
      {choice.replaced && template && (
        <p class="muted small" data-rapport="sidepanel-chosen-instead">
          {t('sidepanel_chosen_instead', template.name, choice.replaced.template.name, inWords(choice.replaced.missing))}
        </p>
      )}
      {writtenForSomeoneElse(draft, profile.profileUrl) && (
        <p class="warning" role="alert" data-rapport="sidepanel-other-person">{t('sidepanel_other_person')}</p>
      )}
      <div class="field">
        <div class="label-row">
          <label for="sp-note">{t('sidepanel_note_label')}</label>
          <NoteCounter parts={parts} />
        </div>
        <textarea id="sp-note" ref={box} data-rapport="sidepanel-note" rows={7} value={draft.text} spellcheck
          aria-describedby="sp-note-help"
          onInput={(e) => setDraft(editDraft(draft, (e.currentTarget as HTMLTextAreaElement).value))} />
        <p id="sp-note-help" class="muted small">{t('sidepanel_note_help')}</p>
        {over && <p class="over-note" data-rapport="sidepanel-over">{over}</p>}
      </div>
      {edited && (
        <div class="preview-block">
          <p class="muted small">{t('sidepanel_preview_label')}</p>
          <p class="preview" data-rapport="sidepanel-preview">{source.preview}</p>
          <button type="button" class="link" data-rapport="sidepanel-reset" onClick={() => setDraft(resetDraft(source))}>
            {t('sidepanel_reset')}
          </button>
        </div>
      )}
      {rendered && rendered.missing.length > 0 && (
        <p class="muted small" data-rapport="sidepanel-missing">{t('sidepanel_missing', inWords(rendered.missing))}</p>
      )}
      <TalkingPoints points={points[template ? textLanguage(template.body) : 'en']} onInsert={(point) => {
        // At the cursor in the draft, as if typed there.
        const el = box.current;
        const next = withPhrase(draft.text, el?.selectionStart ?? draft.text.length, el?.selectionEnd ?? draft.text.length, point.phrase);
        setDraft(editDraft(draft, next.text));
        requestAnimationFrame(() => { el?.focus(); el?.setSelectionRange(next.caret, next.caret); });
      }} />
      <CopyButton text={draft.text} box={box} />
      <HintList hints={hints} label={t('sidepanel_hints')} name="sidepanel-hints" />
      <PanelWritingHelp note={draft.text} context={context} limit={limits.coach} enabled={settings.writingHelp}
        onUse={(text) => setDraft(editDraft(draft, text))} onToggle={onWritingHelp} />
    </section>
  );
}
