// Copy: puts the note on the clipboard and says so where it can be seen and heard, with the next
// step (paste it into LinkedIn's note box). The confirmation goes when the note changes.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { RefObject } from 'preact';
import { copyNote } from './copy';
import { t } from '../shared/ui/i18n';

export const COPIED_MESSAGE_MS = 6000;

/** `copiedKey`: what to say once copied (default: paste it into LinkedIn's note box). */
export function CopyButton({ text, box, copiedKey = 'sidepanel_copied' }: { text: string; box: RefObject<HTMLTextAreaElement | null>; copiedKey?: string }) {
  const [status, setStatus] = useState<'copied' | 'failed' | null>(null);
  const timer = useRef<number | undefined>(undefined);

  useEffect(() => setStatus(null), [text]);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const copy = async () => {
    const ok = await copyNote(text, navigator.clipboard, box.current);
    setStatus(ok ? 'copied' : 'failed');
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setStatus(null), COPIED_MESSAGE_MS);
  };

  return (
    <div class="copy-row">
      <button type="button" class="primary" data-rapport="sidepanel-copy" disabled={text.trim() === ''} onClick={() => void copy()}>
        {t('sidepanel_copy')}
      </button>
      <span class={status === 'failed' ? 'copy-status failed' : 'copy-status'} role="status" aria-live="polite" data-rapport="sidepanel-copy-status">
        {status === 'copied' ? t(copiedKey) : status === 'failed' ? t('sidepanel_copy_failed') : ''}
      </span>
    </div>
  );
}
