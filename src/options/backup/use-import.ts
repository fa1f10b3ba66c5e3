// The import as a small state machine: pick a file → recognise it by its bytes → preview what
// it would change → Apply. Any failure stops with one message and nothing applied.
import { useRef, useState } from 'preact/hooks';
import { isImportError, planArchiveImport, readImportFile, type ArchivePlan, type LinkedInImport } from '../archive';
import type { ImportMode, ImportSummary } from '../../shared/messages';
import { send } from '../../shared/send';
import { t } from '../i18n';
import { errorText, type ErrorText } from '../ui/error-text';
import { archiveApplyPayload, fetchAllTracked } from './archive-apply';

export type ImportState =
  | { step: 'idle' }
  | { step: 'working'; message: string }
  /** `handle` names the file as the background validated it for the preview (reused by Apply). */
  | { step: 'backup'; file: string; text: string; mode: ImportMode; summary: (ImportSummary & { handle: string }) | null }
  | { step: 'archive'; file: string; input: LinkedInImport; plan: ArchivePlan }
  | { step: 'done'; message: string }
  | ({ step: 'error' } & ErrorText);

export function useImport(onApplied: () => void) {
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  // A newer pick or a cancel makes the answers of an older one irrelevant.
  const generation = useRef(0);

  const guarded = async (work: (isCurrent: () => boolean) => Promise<void>) => {
    const mine = ++generation.current;
    const isCurrent = () => generation.current === mine;
    try {
      await work(isCurrent);
    } catch (error) {
      if (isCurrent()) setState({ step: 'error', ...errorText(error) });
    }
  };

  const loadBackupPreview = async (file: string, text: string, mode: ImportMode, isCurrent: () => boolean) => {
    setState({ step: 'backup', file, text, mode, summary: null });
    const summary = await send({ type: 'backup.preview', text, mode });
    if (isCurrent()) setState({ step: 'backup', file, text, mode, summary });
  };

  const pick = (file: File) =>
    guarded(async (isCurrent) => {
      setState({ step: 'working', message: t('options_imp_reading', { name: file.name }) });
      const read = await readImportFile(new Uint8Array(await file.arrayBuffer()), { name: file.name });
      if (!isCurrent()) return;
      if (isImportError(read)) {
        setState({ step: 'error', message: read.message, details: [] });
        return;
      }
      if (read.kind === 'rapport-backup') {
        await loadBackupPreview(file.name, read.text, 'merge', isCurrent);
        return;
      }
      const tracked = await fetchAllTracked((offset, limit) => send({ type: 'invitations.list', offset, limit, order: 'oldest' }));
      if (!isCurrent()) return;
      setState({ step: 'archive', file: file.name, input: read, plan: planArchiveImport(read, tracked, new Date()) });
    });

  const apply = () =>
    guarded(async (isCurrent) => {
      const current = state;
      if (current.step === 'backup' && current.summary) {
        setState({ step: 'working', message: t('options_imp_applying') });
        const summary = await send({ type: 'backup.import', text: current.text, mode: current.mode, handle: current.summary.handle });
        if (!isCurrent()) return;
        const inv = summary.invitations;
        setState({ step: 'done', message: t('options_imp_done_backup', { added: inv.added, updated: inv.updated, templates: summary.templates.added + summary.templates.updated }) });
        onApplied();
      } else if (current.step === 'archive') {
        setState({ step: 'working', message: t('options_imp_applying') });
        const result = await send({ type: 'archive.apply', ...archiveApplyPayload(current.plan) });
        if (!isCurrent()) return;
        setState({ step: 'done', message: t('options_imp_done_archive', { added: result.added, accepted: result.accepted, known: result.alreadyKnown }) });
        onApplied();
      }
    });

  const setMode = (mode: ImportMode) => {
    if (state.step !== 'backup' || mode === state.mode) return;
    const { file, text } = state;
    void guarded((isCurrent) => loadBackupPreview(file, text, mode, isCurrent));
  };

  const cancel = () => {
    generation.current += 1;
    setState({ step: 'idle' });
  };

  return { state, pick, apply, setMode, cancel };
}
