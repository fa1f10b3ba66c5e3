// The popup: who needs a follow-up now, who is still waiting, and whose invitation is old
// enough to withdraw. One keyboard-driven list (arrows move, letters act), the active row's
// actions below it, and an undo bar after every change.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ActionPanel } from './ActionPanel';
import { copyTemplates, pickFollowUpTemplate } from './follow-up';
import { count, t } from './i18n';
import { keyCommand, shortcutsFor, type Command } from './keys';
import { layoutSections, moveRow, rowAt, type SectionBox } from './layout';
import { BUCKETS, copyKindOf, rowKindOf, type QueueBucket } from './queue-cache';
import { QueueRow, rowLabel } from './QueueRow';
import { SidePanelLink } from './SidePanelLink';
import { AboutOffer } from './AboutOffer';
import { HealthMark } from './HealthMark';
import { StatusBar } from './StatusBar';
import { UsageHeader } from './UsageHeader';
import { useQueue } from './useQueue';
import { useQueueActions } from './useQueueActions';
import { VirtualList } from './VirtualList';

// Sized so that five rows show at Chrome's 600 px popup height, with the action panel below.
export const ROW_HEIGHT = 54;
const HEADER_HEIGHT = 28;
const LIST_HEIGHT = 298;

const sectionTitle: Record<QueueBucket, string> = {
  due: 'popup_section_due',
  ask: 'popup_section_ask',
  'request-due': 'popup_section_request_due',
  'no-reply': 'popup_section_no_reply',
  waiting: 'popup_section_waiting',
  stale: 'popup_section_stale',
};

/** Commands that belong to the list itself; elsewhere (a focused button) the key keeps its own meaning. */
const listOnly = new Set<Command['kind']>(['move', 'first', 'last', 'actions']);

export function FollowUpQueue() {
  const queue = useQueue();
  const actions = useQueueActions(queue);
  const [activeRow, setActiveRow] = useState(0);
  const list = useRef<HTMLDivElement | null>(null);
  const panel = useRef<HTMLElement | null>(null);

  const totals = queue.cache.totals;
  const layout = useMemo(
    () => layoutSections(BUCKETS.map((key) => ({ key, count: totals[key] })), ROW_HEIGHT, HEADER_HEIGHT),
    [totals],
  );
  const row = layout.rowCount ? Math.min(activeRow, layout.rowCount - 1) : -1;
  const at = rowAt(layout, row);
  const item = at ? queue.cache.item(at.section.key, at.index) : undefined;
  const section: QueueBucket = at?.section.key ?? 'due';
  const copyKind = copyKindOf(section);
  const followUps = useMemo(() => copyTemplates(queue.templates, copyKind), [queue.templates, copyKind]);
  // The template Copy uses, so the chooser never shows another (a chosen one may have been deleted).
  const followUpId = pickFollowUpTemplate(queue.templates, actions.templateId, copyKind)?.id ?? null;

  // Keys work as soon as the list is there, without a click first.
  const ready = queue.state === 'ready' && layout.rowCount > 0;
  useEffect(() => {
    if (ready && !document.activeElement?.closest('.panel')) list.current?.focus();
  }, [ready]);

  function run(command: Command) {
    switch (command.kind) {
      case 'move': return setActiveRow(moveRow(row, command.by, layout.rowCount));
      case 'first': return setActiveRow(0);
      case 'last': return setActiveRow(layout.rowCount - 1);
      case 'actions': return panel.current?.querySelector<HTMLElement>('a, button')?.focus();
      case 'profile': return panel.current?.querySelector<HTMLAnchorElement>('a.profile-link')?.click();
      case 'copy': return item && void actions.copy(item, section);
      case 'undo': return void actions.undo();
      case 'mark':
        if (!item) return;
        return void actions.mark(item, command.mark, section).then((done) => {
          if (done) list.current?.focus();
        });
    }
  }

  function onKeyDown(event: KeyboardEvent) {
    const target = event.target as HTMLElement;
    if (event.key === 'Escape' && panel.current?.contains(target)) {
      event.preventDefault();
      list.current?.focus();
      return;
    }
    if (target.closest('select, input, textarea')) return;
    const command = keyCommand(event);
    if (!command || (listOnly.has(command.kind) && target !== list.current)) return;
    event.preventDefault();
    run(command);
  }

  const renderHeader = (section: SectionBox<QueueBucket>) => (
    <h2 class={`section-title ${section.key}`} data-rapport={`section-${section.key}`}>
      {t(sectionTitle[section.key])} <span class="count">{count(section.count)}</span>
    </h2>
  );

  return (
    <main aria-labelledby="queue-title" onKeyDown={onKeyDown} aria-busy={queue.state === 'loading'}>
      <UsageHeader summary={queue.summary} />
      {/* What only the LinkedIn tab or the last page read can tell joins the queue once it has
          answered (or failed), so the loading screen is the queue's alone and the health mark and
          side-panel link, below the list, do not jump down when it arrives. (Not for the order of
          the questions: queue.open leaves before any component mounts, early.ts.) */}
      {queue.state !== 'loading' && <AboutOffer />}
      {queue.state === 'loading' && <p class="state" data-rapport="queue-loading">{t('popup_loading')}</p>}
      {queue.state === 'error' && (
        <div class="state error" role="alert" data-rapport="queue-error">
          <p>{t('popup_error_unreachable')}</p>
          {queue.loadError && <p class="muted small">{queue.loadError}</p>}
          <button type="button" class="primary" onClick={() => void queue.refresh()}>{t('popup_retry')}</button>
        </div>
      )}
      {queue.state === 'ready' && layout.rowCount === 0 && (
        <div class="state empty" data-rapport="queue-empty">
          <p>{t('popup_empty')}</p>
          <p class="muted small">{t('popup_empty_hint')}</p>
        </div>
      )}
      {ready && (
        <>
          <VirtualList layout={layout} height={Math.min(LIST_HEIGHT, layout.height)} label={t('popup_list_label')}
            activeRow={row} listRef={list} onActiveChange={setActiveRow} onVisible={queue.setVisible}
            renderHeader={renderHeader}
            renderRow={(key, index) => <QueueRow item={queue.cache.item(key, index)} />}
            rowLabel={(key, index) => rowLabel(queue.cache.item(key, index), t(sectionTitle[key]))} />
          {item && (
            <ActionPanel item={item} section={section} followUps={followUps} templateId={followUpId}
              copied={actions.copiedId === item.id} busy={actions.busy} panelRef={panel}
              onChooseTemplate={actions.setTemplateId} onCopy={() => void actions.copy(item, section)}
              onMark={(mark) => run({ kind: 'mark', mark })} />
          )}
          <p class="help" id="keys-help" data-rapport="keys-help">
            <span><kbd>↑</kbd><kbd>↓</kbd> {t('popup_key_move')}</span>
            <span><kbd>Enter</kbd> {t('popup_key_actions')}</span>
            {shortcutsFor(rowKindOf(section)).map((s) => <span key={s.key}><kbd>{s.key}</kbd> {t(s.help)}</span>)}
          </p>
        </>
      )}
      {queue.state !== 'loading' && (
        <>
          <HealthMark />
          <SidePanelLink />
        </>
      )}
      <StatusBar offer={actions.undoOffer} notice={actions.notice} problem={actions.problem ?? queue.pageError}
        onUndo={() => void actions.undo()}
        onRetry={() => { actions.clearProblem(); void queue.refresh(); }} />
    </main>
  );
}
