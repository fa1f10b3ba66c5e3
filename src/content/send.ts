// The content script's typed send(): same contract as src/shared/send.ts, but without zod or
// the polyfill (payload budget). The background validates every request it receives anyway.
import type { RequestInputOf, RequestType, ResponseOf } from '../shared/messages';
import { RapportError, unwrapReply } from '../shared/rapport-error';
import { runtime } from './runtime';

export async function send<T extends RequestType>(request: RequestInputOf<T>): Promise<ResponseOf<T>> {
  const rt = runtime();
  if (!rt) throw new RapportError('internal', 'Rapport was updated or removed; reload the page.');
  return unwrapReply<ResponseOf<T>>(await rt.sendMessage(request));
}
