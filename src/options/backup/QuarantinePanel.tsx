// Records the background could not read (they failed the schema) are kept apart instead of
// dropped. Here the person sees why, can download them, and can discard them for good.
import { useEffect, useState } from 'preact/hooks';
import type { QuarantineItem } from '../../shared/messages';
import { send } from '../../shared/send';
import { t } from '../i18n';
import { errorStatus } from '../ui/error-text';
import { StatusLine } from '../ui/StatusLine';
import { useAction } from '../ui/use-action';
import { downloadText, safeFilePart } from './download';

export function QuarantinePanel({ refresh }: { refresh: number }) {
  const [items, setItems] = useState<QuarantineItem[] | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const { status, setStatus, run } = useAction();

  const load = () =>
    send({ type: 'quarantine.list' })
      .then((r) => setItems(r.items))
      .catch((error: unknown) => setStatus(errorStatus(error)));
  useEffect(() => void load(), [refresh]);

  if (!items || items.length === 0) {
    return status ? <StatusLine status={status} /> : null;
  }

  const discard = async (item: QuarantineItem) => {
    if (confirming !== item.key) return setConfirming(item.key);
    setConfirming(null);
    await run(() => send({ type: 'quarantine.discard', key: item.key }), () => t('options_q_discarded'));
    await load();
  };

  return (
    <div class="panel warning-panel" data-rapport="quarantine-panel">
      <h3>{t('options_q_title', { count: items.length })}</h3>
      <p>{t('options_q_intro')}</p>
      <div class="actions">
        <button type="button" data-rapport="quarantine-download-all"
          onClick={() => downloadText('rapport-quarantine.json', 'application/json', JSON.stringify(items, null, 2))}>
          {t('options_q_download_all')}
        </button>
      </div>
      <ul class="quarantine-list">
        {items.map((item) => (
          <li key={item.key} data-rapport="quarantine-item">
            <p><code>{item.key}</code> <span class="badge">{item.area}</span></p>
            <p>{t('options_q_reason', { reason: item.reason })}</p>
            <div class="actions">
              <button type="button" aria-label={t('options_q_download_named', { key: item.key })}
                onClick={() => downloadText(`rapport-quarantine-${safeFilePart(item.key)}.json`, 'application/json', item.raw)}>
                {t('options_q_download')}
              </button>
              <button type="button" class={confirming === item.key ? 'danger' : ''} data-rapport="quarantine-discard"
                aria-label={confirming === item.key ? t('options_q_discard_confirm_named', { key: item.key }) : t('options_q_discard_named', { key: item.key })}
                onClick={() => void discard(item)}>
                {confirming === item.key ? t('options_q_discard_confirm') : t('options_q_discard')}
              </button>
            </div>
          </li>
        ))}
      </ul>
      <StatusLine status={status} />
    </div>
  );
}
