// Which profile views Rapport reads. Reading a profile is most of what the content script would
// cost a page, so a view is read at once only when it can change what Rapport knows: the
// person's newest invitation is pending (their card may say it was accepted or withdrawn). Any
// other view is read when someone asks for the person on screen — the side panel, the popup or
// the options preview, through profile.last — in the LinkedIn tab the person looked at last,
// through the content script already there. (The person's approach to Connect, a dialog or a
// message box read the page themselves.)
import { ObservedProfile, PageDiagnostics } from '../../shared/messages';
import { z } from 'zod';
import { linkedInProfileKey } from '../../core/profile-key';
import { pendingAnswer } from '../first-answers';
import type { HandlerContext, HandlerMap, TabRead } from './context';
import { requireKey } from './invitations';

/** A tab that does not answer within this (busy, or its page going away) is not waited for. */
const TAB_READ_TIMEOUT_MS = 1500;

/** What the content script's `__rapportObserve` returns (content/index.ts): its own world, validated all the same. */
const TabAnswer = z.object({ profile: ObservedProfile.nullable(), health: PageDiagnostics.nullable() });

/**
 * Before profile.last enters the queue (a tab may be slow to answer, and the queue must not wait
 * for it): the person on screen in the LinkedIn tab looked at last. What it found waits in memory
 * for the handler, which applies it inside the queue (takeTabRead). A page read before answers
 * from what it read (content/page-profile.ts observe()).
 */
export async function readViewedTab(ctx: HandlerContext): Promise<void> {
  if (!ctx.recentLinkedInTab || !ctx.readTab) return;
  const tabId = await ctx.recentLinkedInTab().catch(() => null);
  if (tabId === null) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), TAB_READ_TIMEOUT_MS)));
  const answer = await Promise.race([ctx.readTab(tabId, 0).catch(() => null), timeout]);
  clearTimeout(timer);
  const parsed = TabAnswer.safeParse(answer);
  // No answer (the tab closed or went elsewhere, or its content script is from an older Rapport).
  if (!parsed.success) return;
  if (parsed.data.profile && !linkedInProfileKey(parsed.data.profile.profileUrl)) return;
  ctx.memory.tabRead = parsed.data;
}

/** What readViewedTab found, taken once. */
export function takeTabRead(ctx: HandlerContext): TabRead | null {
  const read = ctx.memory.tabRead;
  ctx.memory.tabRead = null;
  return read;
}

export const viewedHandlers: Pick<HandlerMap, 'profile.viewed'> = {
  async 'profile.viewed'({ profileUrl }, ctx) {
    return { read: await pendingAnswer(ctx.store, requireKey(profileUrl)) };
  },
};
