// The message asking for a conversation, for the profile on screen: choose a conversation template,
// see it filled with the person's details in an editable box, count words and characters against
// LinkedIn's message limit, and copy it. The person pastes it into LinkedIn's message box: the
// panel adds nothing to LinkedIn's page (also where Rapport does not recognise the box).
import { useMemo, useRef, useState } from 'preact/hooks';
import type { Settings, Template } from '../core/schemas';
import { chooseTemplate } from '../core/template-choice';
import { conversationTemplates } from '../core/conversation-templates';
import { countMessage, MESSAGE_LIMIT } from '../core/message-count';
import type { ObservedProfile } from '../shared/messages';
import { toNoteContext } from '../core/person';
import { editDraft, resetDraft, isEdited } from './draft';
import { useDraft } from './useDraft';
import { CopyButton } from './CopyButton';
import { RequestChecklist } from '../shared/ui/RequestChecklist';
import { isRequestKind, requestChecklist } from '../core/coach';
import { t } from '../shared/ui/i18n';
import { TemplateField } from './TemplateField';

interface MessageEditorProps {
  profile: ObservedProfile;
  templates: Template[];
  settings: Settings;
}

export function MessageEditor({ profile, templates, settings }: MessageEditorProps) {
  const [chosenId, setChosenId] = useState<string | null>(null);
  const offered = useMemo(() => conversationTemplates(templates, 'unknown'), [templates]);
  const context = useMemo(() => toNoteContext(profile, settings), [profile, settings]);
  const template = chooseTemplate(offered, chosenId);
  const { rendered, source, draft, setDraft } = useDraft(template, context, profile.profileUrl);
  const box = useRef<HTMLTextAreaElement>(null);
  const { words, chars } = countMessage(draft.text);
  const over = chars - MESSAGE_LIMIT;

  if (!offered.length) return <p class="muted" data-rapport="sidepanel-message-none">{t('sidepanel_message_none')}</p>;
  return (
    <section class="note" aria-labelledby="sp-message-title">
      <h2 id="sp-message-title" class="section-title">{t('sidepanel_message_title')}</h2>
      <TemplateField id="sp-message-template" part="sidepanel-message-template" offered={offered} value={template?.id ?? ''} onChoose={setChosenId} />
      {rendered && rendered.errors.length > 0 && (
        <ul class="errors" data-rapport="sidepanel-template-errors" aria-label={t('sidepanel_template_errors')}>
          {rendered.errors.map((e, i) => <li key={i}>{e.message}</li>)}
        </ul>
      )}
      <div class="field">
        <div class="label-row">
          <label for="sp-message">{t('sidepanel_message_label')}</label>
          <span class={over > 0 ? 'counter over' : 'counter'} role="status" aria-live="polite" data-rapport="sidepanel-message-counter">
            {t('sidepanel_message_count', words, `${chars}/${MESSAGE_LIMIT}`)}
          </span>
        </div>
        <textarea id="sp-message" ref={box} data-rapport="sidepanel-message" rows={9} value={draft.text} spellcheck
          onInput={(e) => setDraft(editDraft(draft, (e.currentTarget as HTMLTextAreaElement).value))} />
        {over > 0 && <p class="over-note" data-rapport="sidepanel-message-over">{t('sidepanel_message_over', over)}</p>}
      </div>
      {isEdited(draft) && (
        <button type="button" class="link" data-rapport="sidepanel-message-reset" onClick={() => setDraft(resetDraft(source))}>
          {t('sidepanel_reset')}
        </button>
      )}
      <CopyButton text={draft.text} box={box} copiedKey="sidepanel_message_copied" />
      <RequestChecklist items={requestChecklist(draft.text, { context, kind: isRequestKind(template?.kind) ? template.kind : 'conversation' })}
        label={t('sidepanel_message_checklist')} name="sidepanel-request-checklist" />
    </section>
  );
}
