// The composer's facts line state: what the person typed over what was read, the corrections it
// makes, and whether "more" is open. A correction is kept for the person (through `save`) a moment
// after the last keystroke, and at once when the composer goes or the note is inserted.
import { SAVE_CORRECTIONS_AFTER_MS, withCorrection, type CorrectableField, type Corrections } from '../core/corrections';
import { factsFor } from '../core/facts';
import type { NoteContext } from '../core/template';
import type { FactsLineProps } from '../shared/ui/FactsLine';


export interface FactsState {
  corrections(): Corrections;
  /** The corrections kept for this person arrived (fields typed here meanwhile keep what was typed). */
  load(stored: Corrections | undefined): void;
  props(body: string | null, read: NoteContext): Omit<FactsLineProps, 't' | 'attribute' | 'guard' | 'idPrefix' | 'contain'>;
  /** Sends a correction still waiting for its quiet time. */
  flush(): void;
}

export function createFactsState(options: { save(corrections: Corrections): void; changed(): void; delayMs?: number }): FactsState {
  let corrections: Corrections = {};
  const typed: Partial<Record<CorrectableField, string>> = {};
  let expanded = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let read: NoteContext = {};
  // The same props while nothing they show changed: the composer then leaves the line as it is.
  let version = 0; // every typed value and every load: the line is drawn again
  let last: { body: string | null; context: NoteContext; version: number; expanded: boolean; props: ReturnType<FactsState['props']> } | null = null;
  const flush = () => {
    if (timer === undefined) return;
    clearTimeout(timer);
    timer = undefined;
    options.save(corrections);
  };
  return {
    corrections: () => corrections,
    load(stored) {
      // What the person typed before the stored ones arrived wins over them, field by field.
      const mine = Object.fromEntries(Object.keys(typed).map((field) => [field, corrections[field as CorrectableField]]).filter(([, v]) => v !== undefined));
      corrections = { ...stored, ...mine };
      version++;
    },
    props(body, context) {
      read = context;
      if (last && last.body === body && last.context === context && last.version === version && last.expanded === expanded) return last.props;
      const props: ReturnType<FactsState['props']> = {
        facts: factsFor(body, context, corrections, new Set(Object.keys(typed))),
        typed,
        expanded,
        onToggle: () => {
          expanded = !expanded;
          options.changed();
        },
        onType: (field, value) => {
          typed[field] = value;
          version++;
          const readValue = read[field];
          corrections = withCorrection(corrections, field, value, typeof readValue === 'string' ? readValue : undefined);
          clearTimeout(timer);
          timer = setTimeout(flush, options.delayMs ?? SAVE_CORRECTIONS_AFTER_MS);
          options.changed();
        },
      };
      last = { body, context, version, expanded, props };
      return props;
    },
    flush,
  };
}
