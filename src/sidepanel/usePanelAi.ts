// The side panel's writing help. The panel is an extension page, where Chrome documents the
// Prompt API, so it calls `LanguageModel` itself (no round trip through the worker). It is also
// where the model's one-time download starts: a click here is the user activation Chrome asks
// for, and the download's progress is shown while it lasts.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import {
  findModelApi, modelAvailability, modelOptions, OneAtATime, suggest, type AiRequest, type Availability, type Candidate, type GateOutcome, type Rejection,
} from '../core/ai';

export type PanelAiStatus = Availability | 'off' | null;

export interface PanelAiResult {
  base: string;
  outcome: GateOutcome;
  candidates: Candidate[];
  rejected: Rejection[];
}

export interface PanelAi {
  /** null until the browser answered; 'off' when the setting is off. */
  status: PanelAiStatus;
  /** Download progress 0..1 while Chrome fetches its model, else null. */
  progress: number | null;
  downloadFailed: boolean;
  busy: boolean;
  result: PanelAiResult | null;
  download(): void;
  run(request: AiRequest): void;
  cancel(): void;
  dismiss(): void;
}

export function usePanelAi(enabled: boolean, language: string): PanelAi {
  const [status, setStatus] = useState<PanelAiStatus>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [downloadFailed, setDownloadFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<PanelAiResult | null>(null);
  const gate = useRef(new OneAtATime());

  const check = useCallback(async () => {
    // Asked even when off: the switch to turn it back on shows only where the model can run.
    const availability = await modelAvailability(findModelApi(), modelOptions(language));
    setStatus(enabled || availability === 'unavailable' ? availability : 'off');
  }, [enabled, language]);

  useEffect(() => {
    void check();
  }, [check]);

  const download = useCallback(() => {
    const api = findModelApi();
    if (!api) return;
    setDownloadFailed(false);
    setProgress(0);
    setStatus('downloading');
    // Called straight from the click: Chrome starts a download only with the person's activation.
    api.create({
      ...modelOptions(language),
      monitor(monitor) {
        monitor.addEventListener('downloadprogress', (event) => {
          const loaded = (event as Event & { loaded?: unknown }).loaded;
          if (typeof loaded === 'number') setProgress(Math.min(1, Math.max(0, loaded)));
        });
      },
    }).then(
      (session) => session.destroy(),
      () => setDownloadFailed(true),
    ).finally(() => {
      setProgress(null);
      void check();
    });
  }, [language, check]);

  const run = useCallback((request: AiRequest) => {
    const api = findModelApi();
    if (!api || gate.current.busy) return;
    setBusy(true);
    setResult(null);
    const came: Candidate[] = [];
    void gate.current.run((signal) => suggest(api, request, { signal, onCandidate: (c) => came.push(c) })).then((done) => {
      setBusy(false);
      setResult({ base: request.note, outcome: done.outcome, candidates: done.value?.candidates ?? came, rejected: done.value?.rejected ?? [] });
    });
  }, []);

  const cancel = useCallback(() => void gate.current.cancel(), []);
  const dismiss = useCallback(() => setResult(null), []);

  useEffect(() => () => void gate.current.cancel(), []);

  return { status, progress, downloadFailed, busy, result, download, run, cancel, dismiss };
}
