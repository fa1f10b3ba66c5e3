// The template manager's data: the list, the settings it needs and the last profile viewed,
// loaded together, and every change sent to the background (the only writer of storage).
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Settings, Template } from '../../core/schemas';
import type { ObservedProfile, StorageNotice, TemplateInput } from '../../shared/messages';
import { send } from '../../shared/send';
import { errorText } from '../ui/error-text';
import type { Status } from '../ui/StatusLine';

export interface TemplatesState {
  templates: Template[];
  notice: StorageNotice | null;
  settings: Settings | null;
  lastProfile: ObservedProfile | null;
  loaded: boolean;
}

export function useTemplates() {
  const [state, setState] = useState<TemplatesState>({ templates: [], notice: null, settings: null, lastProfile: null, loaded: false });
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);

  const reload = useCallback(async () => {
    const [list, settings, last] = await Promise.all([
      send({ type: 'templates.list' }),
      send({ type: 'settings.get' }),
      send({ type: 'profile.last' }),
    ]);
    setState({ templates: list.templates, notice: list.notice, settings: settings.settings, lastProfile: last.profile, loaded: true });
  }, []);

  useEffect(() => {
    reload().catch((error: unknown) => setStatus({ kind: 'error', ...errorText(error) }));
  }, [reload]);

  /** Runs one change; a failure becomes the status line, and the list is re-read either way. */
  const run = useCallback(async <T,>(work: () => Promise<T>, okMessage?: (result: T) => string): Promise<T | undefined> => {
    setBusy(true);
    try {
      const result = await work();
      if (okMessage) setStatus({ kind: 'ok', message: okMessage(result) });
      return result;
    } catch (error) {
      setStatus({ kind: 'error', ...errorText(error) });
      return undefined;
    } finally {
      await reload().catch(() => undefined);
      setBusy(false);
    }
  }, [reload]);

  const api = {
    save: (template: TemplateInput) => send({ type: 'templates.save', template }),
    remove: (id: string) => send({ type: 'templates.delete', id }),
    restore: (template: Template, index: number) => send({ type: 'templates.restore', template, index }),
    reorder: (ids: string[]) => send({ type: 'templates.reorder', ids }),
    setDefault: (id: string) => send({ type: 'settings.set', patch: { defaultTemplateId: id } }),
  };

  return { state, status, setStatus, busy, run, api };
}
