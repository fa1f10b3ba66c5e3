// Every tracked invitation as a table that renders only the rows in view (fixed row height).
// The status of each row can be corrected by hand.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { invitationStatuses, type InvitationStatus } from '../../core/schemas';
import type { InvitationView } from '../../shared/messages';
import { t } from '../i18n';
import { conversationCell, formatDay, statusSince } from './format';
import { visibleRows, type RowWindow } from './history-pages';

const ROW_HEIGHT = 44;
const VIEW_HEIGHT = 528;

export interface HistoryTableProps {
  total: number;
  rows: Map<number, InvitationView>;
  /** Asks for the rows of a window to be loaded. */
  onWindow(window: RowWindow): void;
  onStatus(invitation: InvitationView, status: InvitationStatus): void;
}

export function HistoryTable({ total, rows, onWindow, onStatus }: HistoryTableProps) {
  const [scrollTop, setScrollTop] = useState(0);
  const box = useRef<HTMLDivElement>(null);
  const window = visibleRows(scrollTop, VIEW_HEIGHT, ROW_HEIGHT, total);

  useEffect(() => onWindow(window), [window.first, window.end, onWindow]);
  // A new search starts at the top.
  useLayoutEffect(() => {
    if (box.current && scrollTop > total * ROW_HEIGHT) box.current.scrollTop = 0;
  }, [total]);

  const indexes: number[] = [];
  for (let i = window.first; i < window.end; i += 1) indexes.push(i);

  return (
    <div class="history" role="table" aria-label={t('options_hist_table')} aria-rowcount={total + 1} data-rapport="history-table">
      <div role="rowgroup">
        <div class="history-row head" role="row" aria-rowindex={1}>
          <span role="columnheader">{t('options_hist_name')}</span>
          <span role="columnheader">{t('options_hist_company')}</span>
          <span role="columnheader">{t('options_hist_sent')}</span>
          <span role="columnheader">{t('options_hist_status')}</span>
          <span role="columnheader">{t('options_hist_since')}</span>
          <span role="columnheader">{t('options_hist_conversation')}</span>
          <span role="columnheader">{t('options_hist_source')}</span>
        </div>
      </div>
      <div ref={box} class="history-scroll" role="rowgroup" tabIndex={0} aria-label={t('options_hist_rows')}
        style={{ height: `${Math.min(VIEW_HEIGHT, Math.max(total, 1) * ROW_HEIGHT)}px` }}
        onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}>
        <div style={{ height: `${total * ROW_HEIGHT}px`, position: 'relative' }}>
          {indexes.map((index) => (
            <Row key={rows.get(index)?.id ?? `loading-${index}`} index={index} row={rows.get(index)} onStatus={onStatus} />
          ))}
        </div>
      </div>
    </div>
  );
}

function Row({ index, row, onStatus }: { index: number; row: InvitationView | undefined; onStatus: HistoryTableProps['onStatus'] }) {
  const style = { position: 'absolute', top: `${index * ROW_HEIGHT}px`, left: 0, right: 0, height: `${ROW_HEIGHT}px` } as const;
  if (!row) {
    return <div class="history-row" role="row" aria-rowindex={index + 2} style={style}><span role="cell" class="muted">{t('options_hist_loading')}</span></div>;
  }
  const conversation = conversationCell(row.conversation);
  return (
    <div class="history-row" role="row" aria-rowindex={index + 2} style={style} data-rapport="history-row" data-invitation-id={row.id} data-status={row.status}>
      <span role="cell" class="name">
        <a href={row.profileUrl} target="_blank" rel="noopener noreferrer">{row.name || row.profileUrl}</a>
      </span>
      <span role="cell" class="muted">{row.company ?? ''}</span>
      <span role="cell" data-rapport="history-sent">{formatDay(row.sentAt)}</span>
      <span role="cell">
        <select value={row.status} aria-label={t('options_hist_status_of', { name: row.name })} data-rapport="history-status"
          onChange={(e) => onStatus(row, e.currentTarget.value as InvitationStatus)}>
          {invitationStatuses.map((status) => <option key={status} value={status}>{t(`options_status_${status}`)}</option>)}
        </select>
      </span>
      <span role="cell" data-rapport="history-since">{statusSince(row) ?? <span class="muted">{t('options_hist_since_unknown')}</span>}</span>
      <span role="cell" data-rapport="history-conversation" data-stage={row.conversation?.stage} title={conversation?.full}>
        {conversation ? conversation.text : <span class="muted">{t('options_hist_conversation_none')}</span>}
      </span>
      <span role="cell" class="muted">{t(`options_source_${row.source}`)}</span>
    </div>
  );
}
