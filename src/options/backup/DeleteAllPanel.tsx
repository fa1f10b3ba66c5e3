// Deleting everything Rapport stored, behind a typed confirmation word so it never happens by
// a stray click or key press.
import { useState } from 'preact/hooks';
import { send } from '../../shared/send';
import { t } from '../i18n';
import { StatusLine } from '../ui/StatusLine';
import { useAction } from '../ui/use-action';

function confirmationMatches(typed: string, word: string): boolean {
  return typed.trim().toLocaleLowerCase() === word.trim().toLocaleLowerCase() && word.trim() !== '';
}

export function DeleteAllPanel({ onDeleted }: { onDeleted(): void }) {
  const [typed, setTyped] = useState('');
  const { status, busy, run } = useAction();
  const word = t('options_del_word');
  const ready = confirmationMatches(typed, word);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!ready) return;
    await run(async () => {
      await send({ type: 'data.delete-all', confirm: true });
      setTyped('');
      onDeleted();
    }, () => t('options_del_done'));
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
