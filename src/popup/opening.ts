// The popup's first questions — the queue's opening (queue.open), the templates and the
// settings — asked the moment its script starts (early.ts), before Preact and the components are
// evaluated, so the background answers while the popup gets ready. The first frame waits for
// those answers, up to FIRST_FRAME_WAIT_MS (main.tsx): answered by then, it is drawn once with the
// list (useQueue starts from them), not as "Loading…" replaced a moment later; later than that,
// "Loading…" shows (never a blank popup) and the first load takes the answers as they come.
// Every later load asks anew.
import type { Settings, Template } from '../core/schemas';
import type { QueueOpening } from '../shared/messages';
import { PAGE_SIZE } from './queue-cache';
import { checkedOpening, checkedSettings, checkedTemplates } from './replies';
import { send } from './send';

/** How long the first frame waits for the opening answers before it shows "Loading…". */
export const FIRST_FRAME_WAIT_MS = 80;

export interface Answers {
  queue: QueueOpening;
  templates: Template[];
  settings: Settings;
}

/** The opening's questions (each answer checked), and `answers` once every one came back well. */
export type Opening = { [K in keyof Answers]: Promise<Answers[K]> } & { answers?: Answers; settled: Promise<void> };

let started: Opening | null = null;

/** The opening, asked: the queue first, so the background's single queue answers it first. */
export function askOpening(): Opening {
  const questions = {
    queue: send({ type: 'queue.open', limit: PAGE_SIZE }).then((reply) => checkedOpening(reply, PAGE_SIZE)),
    templates: send({ type: 'templates.list' }).then(checkedTemplates),
    settings: send({ type: 'settings.get' }).then(checkedSettings),
  };
  const opening: Opening = {
    ...questions,
    // A failure is kept for whoever takes the opening (it is not an unhandled rejection here).
    settled: Promise.all([questions.queue, questions.templates, questions.settings]).then(
      ([queue, templates, settings]) => void (opening.answers = { queue, templates, settings }),
      () => undefined,
    ),
  };
  return opening;
}

export function startOpening(): void {
  started = askOpening();
}

/** Resolves when the started opening is answered (or failed), or after `ms`, whichever is first. */
export function openingSettled(ms: number): Promise<void> {
  const waiting = started?.settled;
  if (!waiting) return Promise.resolve();
  return Promise.race([waiting, new Promise<void>((resolve) => setTimeout(resolve, ms))]);
}

/** The opening started with the script, once (null after that, or when none was started). */
export function takeOpening(): Opening | null {
  const opening = started;
  started = null;
  return opening;
}
