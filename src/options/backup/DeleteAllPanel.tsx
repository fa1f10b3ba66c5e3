// Deleting everything Rapport stored, behind a typed confirmation word so it never happens by
// a stray click or key press.
import { useState } from 'preact/hooks';
import { send } from '../../shared/send';
import { t } from '../i18n';
import { errorText } from '../ui/error-text';
import { StatusLine, type Status } from '../ui/StatusLine';

export function confirmationMatches(typed: string, word: string): boolean {
  return typed.trim().toLocaleLowerCase() === word.trim().toLocaleLowerCase() && word.trim() !== '';
}

export function DeleteAllPanel({ onDeleted }: { onDeleted(): void }) {
  const [typed, setTyped] = useState('');
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const word = t('options_del_word');
  const ready = confirmationMatches(typed, word);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!ready) return;
    setBusy(true);
    try {
      await send({ type: 'data.delete-all', confirm: true });
      setTyped('');
      setStatus({ kind: 'ok', message: t('options_del_done') });
      onDeleted();
    } catch (error) {
      setStatus({ kind: 'error', ...errorText(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="panel danger-panel" onSubmit={(e) => void submit(e)} data-rapport="delete-all-panel">
      <h3>{t('options_del_title')}</h3>
      <p>{t('options_del_intro')}</p>
      <label for="delete-confirm">{t('options_del_type', { word })}</label>
      <input id="delete-confirm" type="text" autocomplete="off" value={typed} data-rapport="delete-confirm"
        onInput={(e) => setTyped(e.currentTarget.value)} />
      <div class="actions">
        <button type="submit" class="danger" disabled={!ready || busy} data-rapport="delete-all">{t('options_del_button')}</button>
      </div>
      <StatusLine status={status} />
    </form>
  );
}
