// One person in the queue: name, company, days since the invitation, and the note on one line
// (the full note is in the title and in the action panel).
import type { InvitationView } from '../shared/messages';
import { noteLine } from './format';
import { sinceSent, t } from './i18n';

export function QueueRow(props: { item: InvitationView | undefined }) {
  const item = props.item;
  if (!item) return <div class="row-body loading" aria-hidden="true"><span class="skeleton" /><span class="skeleton short" /></div>;
  const note = noteLine(item.note);
  // A request for a conversation counts from when it was sent, not from the invitation.
  const days = item.daysSinceRequest ?? item.daysSinceSent;
  return (
    <div class="row-body">
      <div class="row-line">
        <span class="name">{item.name}</span>
        <span class="days" data-rapport="days">{sinceSent(days)}</span>
      </div>
      <div class="company">{item.company || item.headline || '\u00a0'}</div>
      <div class={note ? 'note' : 'note none'} title={item.note || undefined}>{note || t('popup_no_note')}</div>
    </div>
  );
}

/** What a screen reader says for a row: the name, where they work, the wait, and the section. */
export function rowLabel(item: InvitationView | undefined, sectionName: string): string {
  if (!item) return t('popup_row_loading');
  const parts = [item.name, item.company, sinceSent(item.daysSinceRequest ?? item.daysSinceSent), sectionName];
  return parts.filter(Boolean).join(', ');
}
