// The bottom bar: the undo offer after an action, or a short confirmation, or a problem.
// One polite live region, so a screen reader hears each of them once.
import type { UndoOffer } from './useUndo';
import { t } from './i18n';

export interface StatusBarProps {
  offer: UndoOffer | null;
  notice: string | null;
  problem: string | null;
  onUndo(): void;
  onRetry(): void;
}

export function StatusBar(props: StatusBarProps) {
  return (
    <div class="status" role="status" aria-live="polite" data-rapport="status">
      {props.problem ? (
        <div class="bar problem" data-rapport="problem">
          <span>{props.problem}</span>
          <button type="button" onClick={props.onRetry}>{t('popup_retry')}</button>
        </div>
      ) : props.offer ? (
        <div class="bar undo" key={props.offer.id} data-rapport="undo-bar">
          <span>{props.offer.message}</span>
          <button type="button" aria-keyshortcuts="u" onClick={props.onUndo}>{t('popup_undo')}</button>
        </div>
      ) : props.notice ? (
        <div class="bar notice" data-rapport="notice">{props.notice}</div>
      ) : null}
    </div>
  );
}
