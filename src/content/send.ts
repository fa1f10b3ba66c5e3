// The content script's typed send(): same contract as src/shared/send.ts, but without zod, the
// polyfill or the RapportError class (payload budget): a failure is an Error with the background's
// code. The background validates every request it receives anyway.
import type { ReplyError, RequestInputOf, RequestType, ResponseOf } from '../shared/messages';
import { runtime } from './runtime';

/** Sends that failed on this page (page-health reports carry the count). */
let failedSends = 0;

export const failedSendCount = (): number => failedSends;

/** A send that failed is said (console) and counted, never swallowed. */
export function noteFailedSend(type: RequestType, error: unknown): void {
  failedSends += 1;
  console.warn(`Rapport: sending "${type}" failed`, error);
}

/** Sends without waiting for the reply (a notice to the background); a failure is noted. */
export function sendAndForget<T extends RequestType>(request: RequestInputOf<T>): void {
  send(request).catch((error: unknown) => noteFailedSend(request.type, error));
}

const NO_ANSWER = 'The extension’s background did not answer. Reload the page and try again.';

/**
 * An Error with the background's code (`error.code`: composer/outbox.ts reads it to tell a refusal).
 * Not shared/rapport-error.ts's class and its unwrapReply: nothing in the content scripts asks
 * `instanceof` or reads `details`, and every LinkedIn page would carry them.
 */
const replyError = (code: string, message: string) => Object.assign(new Error(message), { code });

export async function send<T extends RequestType>(request: RequestInputOf<T>): Promise<ResponseOf<T>> {
  const rt = runtime();
  if (!rt) throw replyError('internal', 'Rapport was updated or removed; reload the page.');
  // The reply's data, or its error; anything malformed is an error too (as unwrapReply says).
  const reply = (await rt.sendMessage(request)) as { ok?: unknown; data?: ResponseOf<T>; error?: Partial<ReplyError> } | undefined;
  if (reply?.ok === true) return reply.data!;
  const error = reply?.ok === false && typeof reply.error?.message === 'string' ? reply.error : null;
  throw replyError(error?.code ?? 'internal', error?.message ?? NO_ANSWER);
}
