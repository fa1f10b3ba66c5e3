// The content script's typed send(): same contract as src/shared/send.ts, but without zod or
// the polyfill (payload budget). The background validates every request it receives anyway.
import type { RequestInputOf, RequestType, ResponseOf } from '../shared/messages';
import { RapportError, unwrapReply } from '../shared/rapport-error';
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

export async function send<T extends RequestType>(request: RequestInputOf<T>): Promise<ResponseOf<T>> {
  const rt = runtime();
  if (!rt) throw new RapportError('internal', 'Rapport was updated or removed; reload the page.');
  return unwrapReply<ResponseOf<T>>(await rt.sendMessage(request));
}
