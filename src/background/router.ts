// Every message enters here: the sender must be this extension (its pages or its content
// script), the request must parse against the union, and the handler runs inside the single
// writer queue (after any work it needs done outside it, such as validating an imported file).
// Errors go back as data; nothing a caller sends can crash the worker.
import { Request, type Reply, type ReplyError, type RequestType } from '../shared/messages';
import { issueLines } from '../core/issues';
import { RapportError } from '../shared/rapport-error';
import { prepareOutsideQueue, type HandlerContext, type HandlerMap, type RequestSender } from './handlers';
import type { SerialQueue } from './store/serial-queue';

/**
 * Requests that neither read nor write storage under the queue's guarantee and may take long:
 * a model thinking, or reading the LinkedIn tab (the popup asks that as it opens, and its queue
 * must not wait behind a script injected into a tab), and injecting composer.js, which must not
 * wait behind the store's full load at worker start (the person is opening a dialog).
 */
const UNQUEUED: ReadonlySet<RequestType> = new Set<RequestType>(['ai.suggest', 'ai.cancel', 'about.own-profile', 'composer.inject']);

/**
 * An error as the data a reply carries (the caller's unwrapReply throws it again). Here, not a method
 * of RapportError: the content script, which imports that class, never replies.
 */
export function errorReply(error: RapportError): { ok: false; error: ReplyError } {
  return { ok: false, error: { code: error.code, message: error.message, details: error.details } };
}

export function createRouter(handlers: HandlerMap, options: { extensionId: string; queue: SerialQueue; context: HandlerContext }) {
  return async function route(message: unknown, sender: RequestSender): Promise<Reply> {
    if (sender.id !== options.extensionId) {
      return errorReply(new RapportError('forbidden-sender', 'Messages are accepted only from Rapport itself.'));
    }
    const parsed = Request.safeParse(message);
    if (!parsed.success) {
      const type = (message as { type?: unknown } | null)?.type;
      return errorReply(new RapportError('invalid-message', `Rapport could not read the request${typeof type === 'string' ? ` "${type.slice(0, 60)}"` : ''}.`, issueLines(parsed.error, 'message').slice(0, 20)));
    }
    const request = parsed.data;
    const handler = handlers[request.type] as (r: typeof request, c: HandlerContext, s: RequestSender) => Promise<unknown>;
    try {
      await prepareOutsideQueue(request, options.context);
      // A model may think for seconds: writing help must not hold up storage writes.
      const data = await (UNQUEUED.has(request.type)
        ? handler(request, options.context, sender)
        : options.queue.run(() => handler(request, options.context, sender)));
      return { ok: true, data };
    } catch (error) {
      if (error instanceof RapportError) return errorReply(error);
      return errorReply(new RapportError('storage', `Rapport could not complete "${request.type satisfies RequestType}": ${(error as Error)?.message ?? String(error)}`));
    }
  };
}
