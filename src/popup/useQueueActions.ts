// Marking people and copying follow-up messages, with the undo offer and the confirmations the
// status bar shows. After each change the queue is asked again (the background does not push).
import { useCallback, useRef, useState } from 'preact/hooks';
import type { InvitationView } from '../shared/messages';
import { send } from './send';
import { markMessageKey, planConversationMark, planMark, type MarkPlan, type MarkRequest } from './actions';
import { followUpMessage, pickFollowUpTemplate } from './follow-up';
import { copyKindOf, isConversationSection, type QueueBucket } from './queue-cache';
import { t } from './i18n';
import type { Mark } from './keys';
import type { QueueData } from './useQueue';
import { useUndo } from './useUndo';
import { errorMessage } from '../shared/rapport-error';

const COPIED_MS = 2500;

/** The built-in text Copy falls back to when the person has no template of that kind. */
const fallbackKey = { 'follow-up': 'popup_default_follow_up', conversation: 'popup_default_conversation', 'conversation-follow-up': 'popup_default_conversation_follow_up' } as const;

function planFor(item: InvitationView, what: Mark, section: QueueBucket, now: Date): MarkPlan | null {
  if (isConversationSection(section)) return planConversationMark(item, what, now);
  return what === 'request-sent' || what === 'met' || what === 'closed' ? null : planMark(item, what, now);
}

async function sendMark(request: MarkRequest): Promise<void> {
  await send<MarkRequest['type']>(request);
}

export function useQueueActions(queue: QueueData) {
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [copiedId, setCopiedId] = useState<string | null>(null);
  const [templateId, setTemplateId] = useState<string | null>(null);
  const noticeTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const { refreshQueue: refresh } = queue;

  const revert = useCallback(
    async (run: () => Promise<void>) => {
      try {
        await run();
        setProblem(null);
        say(t('popup_undone'));
      } catch (error) {
        setProblem(t('popup_action_failed', errorMessage(error)));
      }
      await refresh();
    },
    [refresh],
  );
  const undo = useUndo(revert);

  function say(message: string) {
    clearTimeout(noticeTimer.current);
    setNotice(message);
    noticeTimer.current = setTimeout(() => {
      setNotice(null);
      setCopiedId(null);
    }, COPIED_MS);
  }

  async function mark(item: InvitationView, what: Mark, section: QueueBucket): Promise<boolean> {
    if (busy) return false;
    const plan = planFor(item, what, section, new Date());
    if (!plan) return false;
    setBusy(true);
    try {
      await sendMark(plan.apply);
      setProblem(null);
      undo.offerUndo(t(markMessageKey(what), item.name), () => sendMark(plan.revert));
      await refresh();
      return true;
    } catch (error) {
      setProblem(t('popup_action_failed', errorMessage(error)));
      return false;
    } finally {
      setBusy(false);
    }
  }

  async function copy(item: InvitationView, section: QueueBucket): Promise<void> {
    const kind = copyKindOf(section);
    const template = pickFollowUpTemplate(queue.templates, templateId, kind);
    const text = followUpMessage(item, template, t(fallbackKey[kind]), queue.settings);
    try {
      await navigator.clipboard.writeText(text);
      setProblem(null);
      setCopiedId(item.id);
      say(t('popup_copied_for', item.name));
    } catch (error) {
      setProblem(t('popup_copy_failed', errorMessage(error)));
    }
  }

  return {
    busy, notice, problem, copiedId, templateId, undoOffer: undo.offer,
    setTemplateId, mark, copy, undo: undo.undo,
    clearProblem: () => setProblem(null),
  };
}
