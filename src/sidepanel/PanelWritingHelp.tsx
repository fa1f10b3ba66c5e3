// Writing help in the side panel: the same three actions as in LinkedIn's dialog, on the note in
// the panel's box; the person's pick replaces the box's text (and is then copied as usual). The
// model's download starts here, with its progress, and the setting lives here too. Without the
// Prompt API, or with a model Chrome cannot run, nothing of this is shown.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { actionOffered, factsFrom, factValues, wordDiff, type AiAction } from '../core/ai';
import { coachNote } from '../core/coach';
import { countNote } from '../core/count';
import type { NoteContext } from '../core/template';
import { Candidates, outcomeMessageKey, type CandidateView } from '../shared/ui/Candidates';
import { t, uiLanguage } from '../shared/ui/i18n';
import { usePanelAi } from './usePanelAi';

interface PanelWritingHelpProps {
  note: string;
  context: NoteContext;
  limit: number;
  enabled: boolean;
  onUse(text: string): void;
  onToggle?(on: boolean): Promise<void>;
}

const ACTIONS: { action: AiAction; key: string; shortcut: string }[] = [
  { action: 'shorten', key: 'ai_shorten', shortcut: 'Alt+Shift+S' },
  { action: 'weave', key: 'ai_weave', shortcut: 'Alt+Shift+W' },
  { action: 'draft', key: 'ai_draft', shortcut: 'Alt+Shift+D' },
];

export function PanelWritingHelp({ note, context, limit, enabled, onUse, onToggle }: PanelWritingHelpProps) {
  const language = uiLanguage();
  const ai = usePanelAi(enabled, language);
  const [point, setPoint] = useState('');
  const facts = useMemo(() => factsFrom(context), [context]);
  const shape = { count: countNote(note), limit, text: note };
  const offered = ACTIONS.filter((a) => actionOffered(a.action, shape, point.trim() || undefined));

  const candidates = useMemo((): CandidateView[] => (ai.result?.candidates ?? []).map((c) => ({
    ...c,
    diff: wordDiff(ai.result?.base ?? '', c.text),
    warnings: coachNote(c.text, { limit, context }).filter((h) => h.severity === 'warn').map((h) => h.message),
  })), [ai.result, limit, context]);

  const start = (action: AiAction) => {
    if (ai.busy || ai.status !== 'available' || !offered.some((a) => a.action === action)) return false;
    ai.run({ action, note, facts, limit, language, ...(point.trim() ? { point: point.trim() } : {}) });
    return true;
  };
  // The shortcuts work anywhere in the panel, the note's box included; the newest `start` is used.
  const latest = useRef(start);
  latest.current = start;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return;
      const found = ACTIONS.find((a) => `Key${a.shortcut.slice(-1)}` === event.code);
      if (found && latest.current(found.action)) event.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  // No API, or a model this device cannot run: not a trace of writing help.
  if (ai.status === null || ai.status === 'unavailable') return null;
  const message = ai.result ? outcomeMessageKey(ai.result.outcome, ai.result.candidates.length) : null;

  return (
    <section class="ai" aria-labelledby="sp-ai-title" data-rapport="sidepanel-ai">
      <h2 id="sp-ai-title" class="section-title">{t('ai_title')}</h2>
      {onToggle && (
        <label class="check">
          <input type="checkbox" data-rapport="ai-setting" checked={ai.status !== 'off'} onChange={(e) => void onToggle((e.currentTarget as HTMLInputElement).checked)} />
          <span>{t('ai_setting')}</span>
        </label>
      )}
      {ai.status === 'downloadable' && (
        <div class="ai-download" data-rapport="ai-download">
          <p class="muted small">{t('ai_download_needed')}</p>
          <button type="button" data-rapport="ai-download-start" onClick={ai.download}>{t('ai_download_start')}</button>
        </div>
      )}
      {ai.status === 'downloading' && (
        <div class="ai-download" role="status" data-rapport="ai-download">
          <p class="muted small">{t('ai_downloading')}</p>
          <progress data-rapport="ai-progress" max={1} value={ai.progress ?? undefined} aria-label={t('ai_downloading')} />
        </div>
      )}
      {ai.downloadFailed && <p class="error" role="alert">{t('ai_download_failed')}</p>}
      {ai.status === 'available' && (
        <>
          <div class="field">
            <label for="sp-ai-point">{t('ai_point_label')}</label>
            <input id="sp-ai-point" data-rapport="ai-point" value={point} maxLength={300} onInput={(e) => setPoint((e.currentTarget as HTMLInputElement).value)} />
          </div>
          <div class="copy-row">
            {offered.map((a) => (
              <button type="button" data-rapport={`ai-${a.action}`} disabled={ai.busy} onClick={() => start(a.action)}
                aria-keyshortcuts={a.shortcut} title={t('ai_shortcut', a.shortcut)}>{t(a.key)}</button>
            ))}
          </div>
          <p class="muted small" data-rapport="ai-facts">
            {factValues(facts).length ? t('ai_uses', factValues(facts).join(' · ')) : t('ai_uses_nothing')} {t('ai_local')}
          </p>
          {ai.busy && (
            <p class="copy-row" role="status" data-rapport="ai-busy">
              <span class="muted small">{t('ai_working')}</span>
              <button type="button" data-rapport="ai-cancel" onClick={ai.cancel}>{t('ai_cancel')}</button>
            </p>
          )}
          {message && <p class="muted small" role="status" data-rapport="ai-message">{t(message)}</p>}
          {ai.result && ai.result.rejected.length > 0 && <p class="muted small" data-rapport="ai-rejected">{t('ai_rejected', ai.result.rejected.length)}</p>}
          {candidates.length > 0 && (
            <Candidates candidates={candidates} limit={limit} t={t} onDismiss={ai.dismiss} onUse={(text) => {
              onUse(text);
              ai.dismiss();
            }} />
          )}
        </>
      )}
    </section>
  );
}
