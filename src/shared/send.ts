// Typed send() for the extension pages (popup, options, side panel): the request is checked
// against the union before it leaves, and the reply is unwrapped or re-thrown.
// The content script has its own zod-free twin in src/content/send.ts.
import browser from './browser';
import { Request, type RequestInputOf, type RequestType, type ResponseOf } from './messages';
import { RapportError, unwrapReply } from './rapport-error';
import { issueLines } from '../core/issues';

export async function send<T extends RequestType>(request: RequestInputOf<T>): Promise<ResponseOf<T>> {
  const parsed = Request.safeParse(request);
  if (!parsed.success) {
    throw new RapportError('invalid-message', `Rapport could not send "${request.type}".`, issueLines(parsed.error, 'request'));
  }
  return unwrapReply<ResponseOf<T>>(await browser.runtime.sendMessage(parsed.data));
}

export { RapportError };
