// The popup's send(): the contract of shared/send.ts without checking the request against the
// zod union first, so zod and every message schema stay out of the popup's bundle (it is the
// largest part of what a popup open loads and runs). The background checks every request it
// receives (router.ts) and answers a malformed one with an error, which this throws.
import browser from '../shared/browser';
import type { RequestInputOf, RequestType, ResponseOf } from '../shared/messages';
import { unwrapReply } from '../shared/rapport-error';

export async function send<T extends RequestType>(request: RequestInputOf<T>): Promise<ResponseOf<T>> {
  return unwrapReply<ResponseOf<T>>(await browser.runtime.sendMessage(request));
}
