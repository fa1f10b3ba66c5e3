// Which profile views Rapport reads. Reading a profile is most of what the content script would
// cost a page at load, so a view is read at once only when it can change what Rapport knows: the
// person's newest invitation is pending (their card may say it was accepted or withdrawn). Any
// other view is read when someone asks for the person on screen — the side panel, the popup or
// the options preview, through profile.last — in its tab, through the content script already
// there. (The person's approach to Connect, a dialog or a message box read the page themselves.)
import { z } from 'zod';
import { linkedInProfileKey } from '../../core/profile-key';
import { ObservedProfile, PageDiagnostics } from '../../shared/messages';
import { pendingAnswer } from '../first-answers';
import type { HandlerContext, HandlerMap, RequestSender, TabRead, ViewedPage } from './context';
import { requireKey } from './invitations';

const VIEWED_KEY = 'lastViewed';
/** A tab that does not answer within this (busy, gone, another site now) is not waited for. */
const TAB_READ_TIMEOUT_MS = 1500;

const StoredViewed = z.object({ tabId: z.number().int().min(0), frameId: z.number().int().min(0), key: z.string().min(1).max(2000), read: z.boolean() });
/** What the content script's `__rapportObserve` returns (content/index.ts): its own world, validated all the same. */
const TabAnswer = z.object({ profile: ObservedProfile.nullable(), health: PageDiagnostics.nullable() });

async function remember(ctx: HandlerContext, viewed: ViewedPage | null): Promise<void> {
  ctx.memory.viewed = viewed;
  await ctx.session?.set({ [VIEWED_KEY]: viewed }).catch(() => undefined);
}

/** The view in memory, or (after a worker restart) in session storage. */
async function lastViewed(ctx: HandlerContext): Promise<ViewedPage | null> {
  if (ctx.memory.viewed || !ctx.session) return ctx.memory.viewed;
  const items: Record<string, unknown> = await ctx.session.get(VIEWED_KEY).catch(() => ({}));
  const parsed = StoredViewed.safeParse(items[VIEWED_KEY]);
  return (ctx.memory.viewed = parsed.success ? parsed.data : null);
}

/** A profile was read (reported by its page, or read here): its view needs no read any more. */
export async function viewedWasRead(ctx: HandlerContext, key: string): Promise<void> {
  const viewed = await lastViewed(ctx);
  if (viewed && viewed.key === key && !viewed.read) await remember(ctx, { ...viewed, read: true });
}

/**
 * Before profile.last enters the queue (a tab may be slow to answer, and the queue must not wait
 * for it): the view not read yet is read in its tab, once. What it found waits in memory for the
 * handler, which applies it inside the queue (takeTabRead).
 */
export async function readViewedTab(ctx: HandlerContext): Promise<void> {
  const viewed = await lastViewed(ctx);
  if (!viewed || viewed.read || !ctx.readTab) return;
  await remember(ctx, { ...viewed, read: true });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), TAB_READ_TIMEOUT_MS)));
  const answer = await Promise.race([ctx.readTab(viewed.tabId, viewed.frameId).catch(() => null), timeout]);
  clearTimeout(timer);
  const parsed = TabAnswer.safeParse(answer);
  // No answer (the tab closed, went elsewhere, or its content script is from an older Rapport).
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
  async 'profile.viewed'({ profileUrl }, ctx, sender: RequestSender) {
    const key = requireKey(profileUrl);
    const read = await pendingAnswer(ctx.store, key);
    const tabId = sender.tab?.id;
    if (tabId !== undefined) await remember(ctx, { tabId, frameId: sender.frameId ?? 0, key, read });
    return { read };
  },
};
