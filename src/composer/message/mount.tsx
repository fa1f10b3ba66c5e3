// Mounts the message composer beside one LinkedIn message box and undoes everything when the box
// goes (composer/message/watch.ts calls this once per box). Part of composer.js, injected on
// demand with that watch, which recognises boxes (content.js only glances for one). All state of
// one composer lives here: the chosen template, what was inserted, the editor's text as last seen.
// Reads nothing of the conversation but the recipient (from the box's header) and the editor's own
// text; reports the person's own click on LinkedIn's Send, never presses it.
import { render } from 'preact';
import { isDisabledControl, linkedInTheme, MESSAGE_LIMIT, readMessageText, type MessageBox, type ProfileRead } from '../../linkedin';
import type { Settings, Template } from '../../core/schemas';
import { canInsertNote, renderTemplate, type NoteContext } from '../../core/template';
import { chooseTemplate } from '../../core/template-choice';
import { conversationTemplates } from '../../core/conversation-templates';
import type { ProfileGuard, RequestInputOf } from '../../shared/messages';
import { mountShadowHost } from '../shadow-host';
import { composerCss } from '../styles';
import { MessageComposer } from './MessageComposer';
import { fallbackSettings } from '../data';
import type { MountedComposer as Mounted } from '../mount';
import { noteTarget } from '../note-context';
import { memoLast } from '../memo-last';
import { insertIntoEditor } from './insert';
import { requestChecklist } from './checklist';
import { MessageCounter } from './MessageCounter';
import { createOwnRoot } from '../own-root';
import { createPause } from '../pause';

export type ConversationSent = RequestInputOf<'conversation.request-sent'>;

/** How long after Enter LinkedIn has emptied its editor when Enter sent the message. */
const ENTER_SEND_MS = 250;
/** The coach looks at the text after a pause in typing; the count follows every keystroke at once. */
const COACH_PAUSE_MS = 120;

export interface MessageComposerDeps {
  /** The person's templates, settings and what Rapport knows about `profileUrl`. */
  load(profileUrl: string | undefined): Promise<{ templates: Template[]; settings: Settings; guard: ProfileGuard | null }>;
  /** This page's person (adds details when the conversation is with them). */
  profile(): ProfileRead | null;
  report(sent: ConversationSent): void;
}

export function mountMessageComposer(box: MessageBox, deps: MessageComposerDeps): Mounted | null {
  const form = box.editor.closest('form') ?? box.editor;
  const life = new AbortController();
  const { signal } = life;
  let settings = fallbackSettings;
  let templates = conversationTemplates([], false);
  let templateId = templates[0]?.id ?? '';
  let chosen = false;
  let inserted: { id: string; text: string } | null = null;
  let insertFailed = false;
  let previewExpanded = false;
  let editorText = readMessageText(box.editor);
  // What the coach last looked at: it follows typing a moment later, so a keystroke costs the count only.
  let coachText = editorText;
  const coachPause = createPause(COACH_PAUSE_MS, () => {
    coachText = editorText;
    draw();
  });
  // Read before our host is there (as the note composer does): no style work for our own host.
  const theme = linkedInTheme(form);
  const host = mountShadowHost(form, composerCss);
  const target = () => noteTarget(box.recipient, deps.profile(), settings);
  let context: NoteContext = target().context;
  const fill = memoLast((body: string, ctx: NoteContext) => renderTemplate(body, ctx));
  const chosenTemplate = () => templates.find((x) => x.id === templateId);
  // The count follows every keystroke in a root of its own; the rest is drawn when it changes.
  const count = createOwnRoot();
  const drawCount = () => {
    if (!signal.aborted) count.draw(<MessageCounter text={editorText} limit={MESSAGE_LIMIT} />);
  };

  const draw = () => {
    if (signal.aborted) return;
    const template = chosenTemplate();
    const rendered = template ? fill(template.body, context) : null;
    render(
      <MessageComposer
        templates={templates}
        templateId={templateId}
        onChooseTemplate={(id) => {
          templateId = id;
          chosen = true;
          previewExpanded = false;
          draw();
        }}
        rendered={rendered}
        counter={count.slot()}
        onInsert={insert}
        insertFailed={insertFailed}
        theme={theme}
        previewExpanded={previewExpanded}
        onTogglePreview={() => {
          previewExpanded = !previewExpanded;
          draw();
        }}
        checklist={requestChecklist(coachText.trim() ? coachText : (rendered?.text ?? ''), context, template?.kind)}
      />,
      host.container,
    );
    drawCount();
  };

  function insert(): void {
    const template = chosenTemplate();
    if (!template) return;
    const rendered = fill(template.body, context);
    if (!canInsertNote(rendered)) return;
    insertFailed = !insertIntoEditor(box.editor, rendered.text);
    inserted = insertFailed ? null : { id: template.id, text: rendered.text.trim() };
    editorText = coachText = readMessageText(box.editor);
    draw();
  }

  // Every change of LinkedIn's editor: the count is right before the next keystroke.
  box.editor.addEventListener('input', () => {
    editorText = readMessageText(box.editor);
    drawCount();
    coachPause.poke();
  }, { signal });

  function report(text: string): void {
    const { profileUrl, name } = box.recipient;
    if (!text || !profileUrl) return;
    const sent: ConversationSent = { type: 'conversation.request-sent', profileUrl, name: (name ?? '').slice(0, 200), text: text.slice(0, 8000) };
    // The template counts while the start of its text is still what the person sends (edits allowed).
    if (inserted && text.includes(inserted.text.slice(0, 40))) sent.templateId = inserted.id;
    deps.report(sent);
  }

  // The person's own click on LinkedIn's Send (capture: before LinkedIn empties the editor).
  box.root.addEventListener('click', (event) => {
    if (!event.isTrusted || !(event.target instanceof Node) || !box.send.contains(event.target) || isDisabledControl(box.send)) return;
    report(readMessageText(box.editor));
  }, { capture: true, signal });
  // With LinkedIn's "Press Enter to Send", the person's Enter sends: known only when LinkedIn
  // then empties the editor (with the setting off, Enter just breaks the line).
  box.editor.addEventListener('keydown', (event) => {
    if (!event.isTrusted || event.key !== 'Enter' || event.shiftKey || event.isComposing || isDisabledControl(box.send)) return;
    const text = readMessageText(box.editor);
    setTimeout(() => {
      if (!signal.aborted && text && readMessageText(box.editor) === '') report(text);
    }, ENTER_SEND_MS);
  }, { capture: true, signal });

  draw();
  void deps.load(box.recipient.profileUrl ?? undefined).then((data) => {
    if (signal.aborted) return;
    settings = { ...fallbackSettings, ...data.settings };
    if (settings.composerMode !== 'dialog') return unmount();
    templates = conversationTemplates(data.templates, !!data.guard?.tracked?.conversation);
    templateId = (chosen ? chooseTemplate(templates, templateId) : chooseTemplate(templates, null))?.id ?? '';
    context = target().context;
    draw();
  }, () => undefined);

  function unmount(): void {
    if (signal.aborted) return;
    life.abort();
    coachPause.cancel();
    count.clear();
    render(null, host.container);
    host.remove();
  }

  return { unmount, isConnected: () => host.host.isConnected };
}
