// The template manager's data: the list, the settings it needs and the last profile viewed,
// loaded together, and every change sent to the background (the only writer of storage).
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Settings, Template } from '../../core/schemas';
import type { ObservedProfile, StorageNotice, TemplateInput } from '../../shared/messages';
import { send } from '../../shared/send';
import { errorStatus } from '../ui/error-text';
import { useAction } from '../ui/use-action';

export interface TemplatesState {
  templates: Template[];
  notice: StorageNotice | null;
  settings: Settings | null;
  lastProfile: ObservedProfile | null;
  loaded: boolean;
}

export function useTemplates() {
  const [state, setState] = useState<TemplatesState>({ templates: [], notice: null, settings: null, lastProfile: null, loaded: false });

  // After a change only the templates and settings can differ; the last profile viewed is read
  // when the section opens.
  const reload = useCallback(async () => {
    const [list, settings] = await Promise.all([send({ type: 'templates.list' }), send({ type: 'settings.get' })]);
    setState((current) => ({ ...current, templates: list.templates, notice: list.notice, settings: settings.settings, loaded: true }));
  }, []);

  // One change at a time; a failure becomes the status line, and the list is re-read either way.
  const { status, setStatus, busy, run } = useAction(reload);

  useEffect(() => {
    reload().catch((error: unknown) => setStatus(errorStatus(error)));
    send({ type: 'profile.last' })
      .then((last) => setState((current) => ({ ...current, lastProfile: last.profile })))
      .catch(() => undefined); // no last profile: the preview uses the sample person
  }, [reload, setStatus]);

  const api = {
    save: (template: TemplateInput) => send({ type: 'templates.save', template }),
    remove: (id: string) => send({ type: 'templates.delete', id }),
    restore: (template: Template, index: number) => send({ type: 'templates.restore', template, index }),
    reorder: (ids: string[]) => send({ type: 'templates.reorder', ids }),
    setDefault: (id: string) => send({ type: 'settings.set', patch: { defaultTemplateId: id } }),
  };

  return { state, status, busy, run, api };
}
