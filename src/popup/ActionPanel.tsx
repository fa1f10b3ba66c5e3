// What can be done for the active row: open the profile (a plain link, the person's own
// navigation), copy a follow-up message (or, after acceptance, the request for a conversation and
// its follow-up), and mark what happened. Every button names its single-key shortcut.
import type { Ref } from 'preact';
import type { Template } from '../core/schemas';
import type { InvitationView } from '../shared/messages';
import { dayText } from './format';
import { sinceSent, t, uiLanguage } from './i18n';
import type { Mark } from './keys';
import type { QueueBucket } from './queue-cache';

export interface ActionPanelProps {
  item: InvitationView;
  /** The section the row is in: conversation sections take the conversation's marks. */
  section: QueueBucket;
  followUps: Template[];
  templateId: string | null;
  copied: boolean;
  busy: boolean;
  panelRef: Ref<HTMLElement>;
  onChooseTemplate(id: string): void;
  onCopy(): void;
  onMark(mark: Mark): void;
}

type MarkButton = { mark: Mark; key: string; label: string };
const invitationMarks: MarkButton[] = [
  { mark: 'followed-up', key: 'f', label: 'popup_action_followed_up' },
  { mark: 'accepted', key: 'a', label: 'popup_action_accepted' },
  { mark: 'replied', key: 'r', label: 'popup_action_replied' },
  { mark: 'declined', key: 'd', label: 'popup_action_declined' },
  { mark: 'withdrawn', key: 'w', label: 'popup_action_withdrawn' },
];
const replied: MarkButton = { mark: 'replied', key: 'r', label: 'popup_action_replied' };
const met: MarkButton = { mark: 'met', key: 'm', label: 'popup_action_met' };
const marksBySection: Partial<Record<QueueBucket, MarkButton[]>> = {
  ask: [{ mark: 'request-sent', key: 's', label: 'popup_action_request_sent' }, replied, met],
  'request-due': [{ mark: 'followed-up', key: 'f', label: 'popup_action_followed_up' }, replied, met, { mark: 'closed', key: 'n', label: 'popup_action_closed' }],
  'no-reply': [replied, met, { mark: 'closed', key: 'n', label: 'popup_action_closed' }, { mark: 'followed-up', key: 'f', label: 'popup_action_followed_up' }],
};

function sentOn(iso: string): string {
  return dayText(new Date(iso), uiLanguage());
}

export function ActionPanel(props: ActionPanelProps) {
  const { item } = props;
  const many = props.followUps.length > 1;
  const marks = marksBySection[props.section] ?? invitationMarks;
  const request = item.conversation;
  const copyLabel = props.section === 'ask' ? 'popup_copy_request' : 'popup_copy_follow_up';
  return (
    <section class="panel" ref={props.panelRef} aria-label={t('popup_actions_for', item.name)} data-rapport="panel">
      <div class="panel-head">
        <a class="profile-link" href={item.profileUrl} target="_blank" rel="noopener noreferrer" aria-keyshortcuts="o"
          data-rapport="profile-link" title={t('popup_open_profile_title', item.name)}>
          {item.name}
        </a>
        <span class="muted">{t('popup_sent_on', sentOn(item.sentAt), sinceSent(item.daysSinceSent))}</span>
      </div>
      {item.followedUpAt && <p class="muted small">{t('popup_followed_up_on', sentOn(item.followedUpAt))}</p>}
      {request && (
        <p class="muted small" data-rapport="request-line">
          {t('popup_requested_on', sentOn(request.requestedAt))}
          {request.followedUpAt ? ` · ${t('popup_followed_up_on', sentOn(request.followedUpAt))}` : ''}
        </p>
      )}
      <p class={item.note ? 'full-note' : 'full-note none'} data-rapport="full-note" tabIndex={item.note ? 0 : -1}
        aria-label={t('popup_note_sent')}>
        {item.note || t('popup_no_note')}
      </p>
      <div class="panel-row">
        {many && (
          <select aria-label={t('popup_template_label')} value={props.templateId ?? undefined}
            onChange={(e) => props.onChooseTemplate((e.currentTarget as HTMLSelectElement).value)}>
            {props.followUps.map((tpl) => <option key={tpl.id} value={tpl.id}>{tpl.name}</option>)}
          </select>
        )}
        {/* Beside the chooser, which names the follow-up, "Copy" says enough and leaves it the room. */}
        <button type="button" class="primary" aria-keyshortcuts="c" onClick={props.onCopy} data-rapport="copy"
          aria-label={props.copied ? undefined : t(copyLabel)}>
          {props.copied ? t('popup_copied') : many ? t('popup_copy_short') : t(copyLabel)}
        </button>
      </div>
      <div class="panel-row marks" role="group" aria-label={t('popup_mark_group')}>
        {marks.map(({ mark, key, label }) => (
          <button key={mark} type="button" aria-keyshortcuts={key} disabled={props.busy} data-mark={mark}
            onClick={() => props.onMark(mark)}>
            {t(label)}
          </button>
        ))}
      </div>
    </section>
  );
}
