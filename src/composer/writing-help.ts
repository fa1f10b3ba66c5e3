// The composer's writing help: what it asks the worker (which runs Chrome's model, since the
// Prompt API does not exist in LinkedIn's page), what it remembers between redraws, and the
// view's props. Owned by mount.tsx, which redraws on every change.
import type { AiAction, AiRequest } from '../core/ai/request';
import type { Candidate } from '../core/ai/suggest';
import { actionOffered, factsFrom, factValues } from '../core/ai/request';
import { wordDiff } from '../core/ai/diff';
import { countNote } from '../core/count';
import { coachNote } from '../core/coach';
import type { NoteContext } from '../core/template';
import type { AiStatus, AiSuggestReply } from '../shared/messages';
import { outcomeMessageKey, type CandidateView } from '../shared/ui/Candidates';

/** How the composer reaches the model (messages to the worker; a fake in tests). */
export interface AiPort {
  status(language: string): Promise<AiStatus>;
  suggest(request: AiRequest): Promise<AiSuggestReply>;
  cancel(): Promise<unknown>;
}

export const AI_SHORTCUTS: Record<AiAction, { keys: string; code: string }> = {
  shorten: { keys: 'Alt+Shift+S', code: 'KeyS' },
  weave: { keys: 'Alt+Shift+W', code: 'KeyW' },
  draft: { keys: 'Alt+Shift+D', code: 'KeyD' },
};

export function shortcutAction(event: KeyboardEvent): AiAction | null {
  if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return null;
  const found = (Object.keys(AI_SHORTCUTS) as AiAction[]).find((action) => AI_SHORTCUTS[action].code === event.code);
  return found ?? null;
}

export interface WritingHelpProps {
  availability: AiStatus | null;
  offered: AiAction[];
  /** The facts the model would see, as the person can read them here. */
  facts: string[];
  busy: AiAction | null;
  candidates: CandidateView[] | null;
  /** Why there are fewer than three candidates, when there is something to say. */
  message: string | null;
  rejected: number;
  limit: number;
  onAction(action: AiAction): void;
  onCancel(): void;
  onUse(text: string): void;
  onDismiss(): void;
}

export interface NoteNow {
  text: string;
  limit: number;
  context: NoteContext;
  language: string;
  point: string | null;
}

const failed: AiSuggestReply = { outcome: 'failed', candidates: [], rejected: [] };

export function createWritingHelp(port: AiPort, redraw: () => void) {
  let availability: AiStatus | null = null;
  let busy: AiAction | null = null;
  // The candidates are diffed and coached once, when they arrive, not on every keystroke.
  let result: { reply: AiSuggestReply; views: CandidateView[] } | null = null;

  const request = (action: AiAction, note: NoteNow): AiRequest => ({
    action, note: note.text, facts: factsFrom(note.context), limit: note.limit, language: note.language,
    ...(note.point ? { point: note.point } : {}),
  });

  const offered = (note: NoteNow): AiAction[] => {
    const shape = { count: countNote(note.text), limit: note.limit, text: note.text };
    return (['shorten', 'weave', 'draft'] as const).filter((a) => actionOffered(a, shape, note.point ?? undefined));
  };

  return {
    /** Asks once per dialog whether the model is there (nothing is shown until it answers). */
    async check(language: string): Promise<void> {
      try {
        availability = await port.status(language);
      } catch {
        availability = 'unavailable';
      }
      redraw();
    },

    async run(action: AiAction, note: NoteNow): Promise<void> {
      if (busy || availability !== 'available' || !offered(note).includes(action)) return;
      busy = action;
      result = null;
      redraw();
      const sent = request(action, note);
      const reply = await port.suggest(sent).catch(() => failed);
      busy = null;
      result = { reply, views: reply.candidates.map((c) => candidateView(c, sent.note, note)) };
      redraw();
    },

    /** Whether `action` would run now (a shortcut for an action not offered is left to the page). */
    offers(action: AiAction, note: NoteNow): boolean {
      return availability === 'available' && offered(note).includes(action);
    },

    /** Stops the running request (the worker answers the waiting run() with 'cancelled'). */
    cancel(): void {
      if (busy) void port.cancel().catch((error: unknown) => console.warn('Rapport: sending "ai.cancel" failed', error));
    },

    dismiss(): void {
      result = null;
      redraw();
    },

    props(note: NoteNow, t: (key: string) => string, handlers: Pick<WritingHelpProps, 'onAction' | 'onCancel' | 'onUse' | 'onDismiss'>): WritingHelpProps {
      const reply = result?.reply ?? null;
      const candidates = result?.views ?? null;
      const key = reply ? outcomeMessageKey(reply.outcome, reply.candidates.length) : null;
      const message = key ? t(key) : null;
      return {
        availability, offered: offered(note), facts: factValues(factsFrom(note.context)), busy, candidates, message,
        rejected: reply?.rejected.length ?? 0, limit: note.limit, ...handlers,
      };
    },
  };
}

/** A candidate as shown: what it changes in the note it was asked for, and the coach's warnings. */
function candidateView(candidate: Candidate, base: string, note: NoteNow): CandidateView {
  const warnings = coachNote(candidate.text, { limit: note.limit, context: note.context }).filter((h) => h.severity === 'warn').map((h) => h.message);
  return { ...candidate, diff: wordDiff(base, candidate.text), warnings };
}

export type WritingHelp = ReturnType<typeof createWritingHelp>;
