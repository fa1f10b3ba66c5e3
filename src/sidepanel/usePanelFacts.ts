// The side panel's facts line: the corrections kept for the profile on screen (asked for when the
// profile changes), what the person types over what was read, and keeping it (a moment after the
// last keystroke, and when the profile changes or the panel closes).
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { SAVE_CORRECTIONS_AFTER_MS, withCorrection, type CorrectableField, type Corrections } from '../core/corrections';
import { factsFor } from '../core/facts';
import type { NoteContext } from '../core/template';
import type { FactsLineProps } from '../shared/ui/FactsLine';
import type { PanelClient } from './client';

type Facts = Omit<FactsLineProps, 't' | 'attribute' | 'guard' | 'idPrefix' | 'contain'>;

// One empty set for every render before a new profile's own: a fresh {} each time would make the
// note and its talking points be worked out again for nothing.
const none: Corrections = {};

export function usePanelFacts(client: Pick<PanelClient, 'corrections' | 'correct'>, profileUrl: string) {
  // Each kept with the profile it is about: a render for a new profile never shows the last one's.
  const [own, setOwn] = useState<{ url: string; corrections: Corrections; typed: Partial<Record<CorrectableField, string>> }>({ url: profileUrl, corrections: {}, typed: {} });
  const mine = own.url === profileUrl;
  const corrections = mine ? own.corrections : none;
  const typed = mine ? own.typed : {};
  const [expanded, setExpanded] = useState(false);
  const pending = useRef<{ url: string; corrections: Corrections; timer: ReturnType<typeof setTimeout> } | null>(null);

  const flush = useCallback(() => {
    const waiting = pending.current;
    if (!waiting) return;
    clearTimeout(waiting.timer);
    pending.current = null;
    void client.correct?.(waiting.url, waiting.corrections).catch(() => undefined);
  }, [client]);

  useEffect(() => {
    let current = true;
    setOwn({ url: profileUrl, corrections: {}, typed: {} });
    void client.corrections?.(profileUrl).then(
      // Not over what the person has typed meanwhile.
      (stored) => current && setOwn((old) => (old.url === profileUrl && Object.keys(old.typed).length === 0 ? { ...old, corrections: stored } : old)),
      () => undefined,
    );
    return () => {
      current = false;
      flush();
    };
  }, [client, profileUrl, flush]);

  const facts = (body: string | null, read: NoteContext): Facts => ({
    facts: factsFor(body, read, corrections, new Set(Object.keys(typed))),
    typed,
    expanded,
    onToggle: () => setExpanded((open) => !open),
    onType: (field, value) => {
      const readValue = read[field];
      const next = withCorrection(corrections, field, value, typeof readValue === 'string' ? readValue : undefined);
      setOwn({ url: profileUrl, corrections: next, typed: { ...typed, [field]: value } });
      if (pending.current) clearTimeout(pending.current.timer);
      pending.current = { url: profileUrl, corrections: next, timer: setTimeout(flush, SAVE_CORRECTIONS_AFTER_MS) };
    },
  });
  return { corrections, facts };
}
