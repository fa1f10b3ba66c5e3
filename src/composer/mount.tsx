// Mounts the composer for one invite dialog at one step, and undoes everything when the dialog
// closes or moves on (dialog-watch.ts calls this once per dialog and step). All state of
// one composer lives here: the chosen template, what was inserted, whether Send was reported. The
// view is rendered again, synchronously, on every change of LinkedIn's box (counter always right).
import { render } from 'preact';
import type { InviteDialog } from '../linkedin';
import { themeOf } from './dialog-theme';
import { placementFor, STEP_OF } from './placement';
import { canInsertNote, isShortNote, renderTemplate, type NoteContext, type RenderResult } from '../core/template';
import { coachNote } from '../core/coach';
import { noteLimitFor } from '../core/count';
import { Composer } from './Composer';
import { isInsertShortcut } from './trusted';
import { ownHosts, placeHost } from './step-hosts';
import { guardMessages, stageAdvice } from './guards';
import type { ComposerData } from './data';
import { fillNoteBox, readNoteBox } from './note-box';
import { dialogNoteSource, noteSource, sentReport, targetFrom, type InvitationSent } from './note-context';
import { insertAtCursor } from './insert-phrase';
import { textLanguage } from '../core/talking-points/text-language';
import { bestPoint } from '../core/talking-points/note-values';
import { recordSends } from './send-recorder';
import { memoLast, memoWithin } from './memo-last';
import { chooseForFacts, type FactChoice } from '../core/template-choice';
import { createWritingHelp, shortcutAction, type NoteNow } from './writing-help';
import { t } from './i18n';
import { messageAiPort } from './ai-port';
import { createFactsState } from './facts-state';
import { composerData, type ComposerDeps, type MountedComposer } from './deps';
import { composerParts } from './composer-frames';

export type { InvitationSent };
export { withStarters, type ComposerDeps, type MountedComposer } from './deps';

/**
 * The template in use: the person's pick while it exists, else their default, else the first —
 * unless the facts here cannot fill that one, then the one they fill best (core/template-choice).
 */
const pickTemplate = (step: string, data: ComposerData, picked: string | null, context: NoteContext, fill: (body: string, context: NoteContext) => RenderResult): FactChoice =>
  // Only the note step fills a template: the other steps skip filling every one to choose.
  step === 'note' ? chooseForFacts(data.templates, picked, data.settings.defaultTemplateId, context, fill) : { template: null, replaced: null };

export function mountComposer(dialog: InviteDialog, deps: ComposerDeps): MountedComposer | null {
  const step = STEP_OF[dialog.stage];
  let data = composerData(deps.data());
  if (!step || data.settings.composerMode !== 'dialog') return null;
  const box = step === 'note' ? dialog.noteBox : null;
  const fallback = step === 'limit' ? dialog.root.lastElementChild : null;
  const placement = placementFor(dialog, deps.painted?.() ?? true) ?? (fallback ? { anchor: fallback, where: 'after' as const } : null);
  if (!placement || (step === 'note' && !box)) return null;
  const { anchor } = placement;

  const life = new AbortController();
  const { signal } = life;
  // Read before our host is there: LinkedIn's theme does not change while one dialog is open.
  const theme = themeOf(dialog, anchor);
  const hosts = deps.hosts ?? ownHosts;
  const host = hosts.take(dialog.root, anchor.ownerDocument); // placed once drawn (below)
  let previewExpanded = false;
  // What was read, and (target) the same with the person's corrections over it (facts line).
  // Talking points (from the top card and the page's cards) only for the note step, which shows them.
  const withPoints = step === 'note';
  let source = dialogNoteSource(dialog.root, dialog.invitee, deps.profile());
  let read = targetFrom(source, data.settings, {}, withPoints);
  // Corrections are applied where the note's values and talking points are made (note-context.ts).
  const corrected = () => (Object.keys(facts.corrections()).length > 0 ? targetFrom(source, data.settings, facts.corrections(), withPoints) : read);
  const storedCorrections = () => (data.guardFor !== null && data.guardFor === read.person.profileUrl ? data.corrections : undefined);
  const facts = createFactsState({
    save: (corrections) => read.person.profileUrl && deps.correct?.(read.person.profileUrl, corrections),
    changed: () => {
      target = corrected();
      if (!chosen) choice = pickTemplate(step, data, null, target.context, fill);
      templateId = choice.template?.id ?? templateId;
      draw();
    },
  });
  facts.load(storedCorrections());
  let target = corrected();
  // A template filled for the choice is the one the preview shows: filled once per person read.
  const fill = memoWithin((body: string, context: NoteContext) => renderTemplate(body, context));
  let choice = pickTemplate(step, data, null, target.context, fill);
  let templateId = choice.template?.id ?? '';
  let chosen = false;
  let confirmShort = false;
  let inserted: string | null = null;
  let reported = false;

  // LinkedIn's refusal at this step, if any: the step does not change while this composer lives.
  const advice = stageAdvice(dialog.stage);
  const guardFor = () => (data.guardFor !== null && data.guardFor === target.person.profileUrl ? data.guard : null);
  const limit = () => noteLimitFor(data.settings.noteLimit, dialog.noteLimit);

  const coach = memoLast((text: string, max: number, context: NoteContext) => coachNote(text, { limit: max, context }));
  const chosenTemplate = () => data.templates.find((x) => x.id === templateId);
  const help = step === 'note' ? createWritingHelp(deps.ai ?? messageAiPort, () => draw()) : null;
  // The talking points in the chosen template's language; "Weave in" gets the best of them.
  const pointsNow = () => { const template = chosenTemplate(); return template ? target.points[textLanguage(template.body)] : target.points.en; };
  const noteNow = (text: string): NoteNow => ({ text, limit: limit(), context: target.context, language: t('ui_lang'), point: deps.talkingPoint?.() ?? bestPoint(pointsNow())?.phrase ?? null });
  const helpHandlers = {
    onAction: (action: Parameters<NonNullable<typeof help>['run']>[0]) => void help?.run(action, noteNow(box ? readNoteBox(box) : '')),
    onCancel: () => help?.cancel(),
    onUse: (text: string) => {
      // The person picked this one: into LinkedIn's box the way Insert puts a template there.
      if (box) fillNoteBox(box, text);
      help?.dismiss();
    },
    onDismiss: () => help?.dismiss(),
  };

  // The note step's first draw is what makes it usable; the rest follows before the next paint.
  const parts = composerParts(step, deps.wholeAtOnce === true);
  const draw = () => {
    if (signal.aborted) return;
    const template = chosenTemplate();
    // Only the note step shows the filled template (the first step is one line and a button).
    const rendered = template && step === 'note' ? fill(template.body, target.context) : null;
    const boxText = box ? readNoteBox(box) : '';
    const rest = parts.rest();
    // Coach what is in the box; before anything is there, coach the note Insert would put in.
    const hints = rest ? coach(boxText.trim() ? boxText : (rendered?.text ?? ''), limit(), target.context) : [];
    render(
      <Composer
        step={step}
        templates={data.templates}
        templateId={templateId}
        onChooseTemplate={(id) => {
          templateId = id;
          chosen = true;
          previewExpanded = false;
          confirmShort = false;
          draw();
        }}
        theme={theme}
        previewExpanded={previewExpanded}
        onTogglePreview={() => {
          previewExpanded = !previewExpanded;
          draw();
        }}
        rendered={rendered}
        hints={hints}
        limit={limit()}
        boxText={boxText}
        onInsert={insert}
        onShowAddNote={step === 'prompt' ? showAddNote : null}
        points={rest ? pointsNow() : []}
        onInsertPoint={box ? (point) => insertAtCursor(box, point.phrase) : undefined}
        guards={[
          ...(advice ? [advice] : []),
          ...guardMessages(guardFor(), { now: deps.now(), limit: limit(), freeInvitesRemaining: dialog.freeInvitesRemaining }),
        ]}
        writingHelp={help && rest ? help.props(noteNow(boxText), t, helpHandlers) : null}
        replaced={chosen ? null : choice.replaced}
        confirmShort={confirmShort}
        facts={rest ? facts.props(template?.body ?? null, read.context) : null}
      />,
      host.container,
    );
  };

  function insert(): void {
    const template = chosenTemplate();
    if (!box || !template) return;
    facts.flush();
    const rendered = fill(template.body, target.context);
    if (!canInsertNote(rendered)) return;
    // A note under 40 characters says little more than no note: the first press asks.
    if (isShortNote(rendered.text) && !confirmShort) {
      confirmShort = true;
      draw();
      return;
    }
    confirmShort = false;
    const { text } = rendered;
    inserted = template.id;
    // Sets the value the way typing would and fires `input`: LinkedIn enables Send, we redraw.
    fillNoteBox(box, text);
  }

  function showAddNote(): void {
    // Focus only: the person decides whether to press it.
    const button = deps.current()?.addNoteButton ?? dialog.addNoteButton;
    if (button instanceof HTMLElement) button.focus();
  }

  function report(note: string, withNote: boolean): void {
    const sent = reported ? null : sentReport(target, withNote ? note : '', inserted);
    if (!sent) return;
    reported = true;
    deps.report(sent);
  }

  if (box) box.addEventListener('input', draw, { signal });
  dialog.root.addEventListener('keydown', (event) => {
    // Only the person's own keys: a script's made-up Alt+Shift+… does nothing.
    if (!(event instanceof KeyboardEvent) || !event.isTrusted || !box) return;
    const wanted = help ? shortcutAction(event) : null;
    const action = wanted && help?.offers(wanted, noteNow(readNoteBox(box))) ? wanted : null;
    if (!isInsertShortcut(event) && !action) return;
    event.preventDefault();
    event.stopPropagation();
    if (action) helpHandlers.onAction(action);
    else insert();
  }, { signal });
  recordSends(
    {
      root: dialog.root,
      isSend: (control) => control === dialog.sendButton || control === deps.current()?.sendButton,
      isSendWithoutNote: (control) => control === dialog.sendWithoutNoteButton || control === deps.current()?.sendWithoutNoteButton,
      readNote: () => (box ? readNoteBox(box) : ''),
    },
    report,
    signal,
  );
  draw();
  placeHost(host.host, anchor, placement.where);
  // Once the first frame is out (it should not wait for messages to the background): whether the
  // on-device model is there, and this dialog's refresh of the person's templates, settings, guard.
  parts.follow(draw, signal, () => {
    if (help) void help.check(t('ui_lang'));
    void deps.refresh(target.person.profileUrl ?? undefined).then((fresh) => {
      if (signal.aborted) return;
      data = composerData(fresh);
      if (data.settings.composerMode !== 'dialog') return unmount();
      source = noteSource(dialog.invitee, deps.profile());
      read = targetFrom(source, data.settings, {}, withPoints);
      facts.load(storedCorrections());
      target = corrected();
      choice = pickTemplate(step, data, chosen ? templateId : null, target.context, fill);
      templateId = choice.template?.id ?? '';
      draw();
    });
  });

  function unmount(): void {
    if (signal.aborted) return;
    life.abort();
    facts.flush();
    help?.cancel();
    hosts.release(dialog.root, host);
  }

  return { unmount, isConnected: () => host.host.isConnected, host: host.host };
}
