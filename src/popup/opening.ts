// The popup's first questions — the queue's opening (queue.open), the templates and the
// settings — asked the moment its script starts (early.ts), before Preact and the components are
// evaluated and the first frame drawn, so the background answers while the popup draws. The first
// load of useQueue takes them; every later load asks anew.
import type { ResponseOf } from '../shared/messages';
import { PAGE_SIZE } from './queue-cache';
import { checkedOpening } from './replies';
import { send } from './send';

export interface Opening {
  queue: Promise<ResponseOf<'queue.open'>>;
  templates: Promise<ResponseOf<'templates.list'>>;
  settings: Promise<ResponseOf<'settings.get'>>;
}

let started: Opening | null = null;

/** The opening, asked: the queue first, so the background's single queue answers it first. */
export function askOpening(): Opening {
  const opening: Opening = {
    queue: send({ type: 'queue.open', limit: PAGE_SIZE }).then((reply) => checkedOpening(reply, PAGE_SIZE)),
    templates: send({ type: 'templates.list' }),
    settings: send({ type: 'settings.get' }),
  };
  // Whoever takes the opening sees a failure; until then it is not an unhandled rejection.
  for (const answer of Object.values(opening) as Promise<unknown>[]) answer.catch(() => undefined);
  return opening;
}

export function startOpening(): void {
  started = askOpening();
}

/** The opening started with the script, once (null after that, or when none was started). */
export function takeOpening(): Opening | null {
  const opening = started;
  started = null;
  return opening;
}
