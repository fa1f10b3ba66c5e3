// "X deleted. Undo" after a destructive click, so a slip costs nothing. Focus moves to Undo
// because the button that was pressed is gone with its row.
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../i18n';

export function UndoBar({ message, onUndo, onDismiss }: { message: string; onUndo(): void; onDismiss(): void }) {
  const undo = useRef<HTMLButtonElement>(null);
  useEffect(() => undo.current?.focus(), [message]);
  return (
    <div class="undo-bar" role="status" data-rapport="undo-bar">
      <span>{message}</span>
      <button ref={undo} type="button" class="primary" data-rapport="undo" onClick={onUndo}>{t('options_undo')}</button>
      <button type="button" onClick={onDismiss} aria-label={t('options_undo_dismiss')}>×</button>
    </div>
  );
}
