// The person's own click on a Message control (or inside the messaging overlay): LinkedIn may add
// its overlay inside the application after load, where no watched container sees it. The click is
// the moment to look again; what to look at is composer.js's (composer/message/opener.ts), fetched
// now if it is not here yet (a conversation is about to open: its box would fetch it anyway).
import { opensConversation } from '../../linkedin';
import type { OpenerScopes } from '../../composer/message/opener';

export function watchMessageOpeners(doc: Document, scopes: OpenerScopes, boxes: { opened(scopes: OpenerScopes): void }, signal: AbortSignal): void {
  doc.addEventListener('click', (event) => {
    const target = event.target;
    if (event.isTrusted && target instanceof Element && opensConversation(target)) boxes.opened(scopes);
  }, { capture: true, signal });
}
