// What the content script reports from pages the person is looking at: the composer's data,
// the profile on screen (for passive status updates and the options preview), LinkedIn's
// sent-invitations page and the person's own Withdraw click. Nothing here asks LinkedIn
// anything: Rapport only learns from what is already on the person's screen.
import { splitName } from '../../core/names';
import { profileKey, profileUrlFromKey } from '../../core/profile-key';
import type { Invitation } from '../../core/schemas';
import { ObservedProfile } from '../../shared/messages';
import { RapportError } from '../../shared/rapport-error';
import { configAnswer, guardAnswer } from '../first-answers';
import { keyOf, latestFor, trackedKeys } from '../queries';
import type { HandlerContext, HandlerMap } from './context';
import { requireKey, update } from './invitations';
import { correctionsFor } from './corrections';
import { takeTabRead } from './profile-viewed';

const LAST_PROFILE_KEY = 'lastProfile';
/** A profile page can show "Connect" for a moment after Send while LinkedIn updates it. */
const CONNECT_AGAIN_GRACE_MS = 10 * 60_000;
/** LinkedIn shows its weekly-limit refusal right after Send. */
const REFUSAL_WINDOW_MS = 60_000;
/** How long the popup keeps offering the side panel after a Connect click found no dialog. */
const DIALOG_MISSING_SHOWN_MS = 10 * 60_000;

/** `seenHappen` false: Rapport only noticed the change afterwards, so it does not know when it was. */
async function changeStatus(ctx: HandlerContext, invitation: Invitation, status: Invitation['status'], seenHappen = true): Promise<Invitation> {
  const next: Invitation = { ...invitation, status, statusChangedAt: ctx.now().toISOString() };
  if (!seenHappen) delete next.statusChangedAt;
  return (await update(ctx, next)).invitation;
}

/**
 * The last profile, as previews use it: the content script reads the name without splitting it;
 * it is split here, by the one rule (core/names.ts) with the first names LinkedIn's labels gave.
 */
function lastProfileOf(profile: ObservedProfile, key: string): ObservedProfile {
  const { firstNameHints, ...last } = { ...profile, profileUrl: profileUrlFromKey(key) };
  if (!last.fullName) return last;
  const { firstName, lastName } = splitName(last.fullName, firstNameHints);
  delete last.firstName;
  delete last.lastName;
  return { ...last, ...(firstName ? { firstName } : {}), ...(lastName ? { lastName } : {}) };
}

/** What a view of a profile tells: the last profile for previews, and a pending invitation's new status. */
async function applyObserved(ctx: HandlerContext, profile: ObservedProfile): Promise<{ changed: Invitation | null }> {
  const key = requireKey(profile.profileUrl);
  ctx.memory.pageHealth = null;
  ctx.memory.lastProfile = lastProfileOf(profile, key);
  await ctx.session?.set({ [LAST_PROFILE_KEY]: ctx.memory.lastProfile }).catch(() => undefined);
  const state = await ctx.store.state();
  const tracked = latestFor(state.invitations, key);
  if (!tracked || tracked.status !== 'pending') return { changed: null };
  if (profile.relation === 'connected') return { changed: await changeStatus(ctx, tracked, 'accepted') };
  const sentLongAgo = ctx.now().getTime() - Date.parse(tracked.sentAt) > CONNECT_AGAIN_GRACE_MS;
  // Connect offered again: the invitation was withdrawn (or ignored and expired) at some time we
  // did not see, so no date is recorded: a date of today would claim LinkedIn's three-week
  // re-invite block runs from today. The popup lets the person correct it to "declined".
  if (profile.relation === 'connectable' && sentLongAgo) return { changed: await changeStatus(ctx, tracked, 'withdrawn', false) };
  return { changed: null };
}

type ProfileHandlers = Pick<HandlerMap, 'composer.dialog-missing' | 'page.health' | 'invitation.refused' | 'composer.inject' | 'composer.load' | 'profile.observed' | 'profile.last' | 'sent-page.observed' | 'invitation.withdraw-clicked'>;

export const profileHandlers: ProfileHandlers = {
  async 'composer.inject'(_request, ctx, sender) {
    const tabId = sender.tab?.id;
    if (tabId === undefined || !sender.url?.startsWith('https://www.linkedin.com/')) {
      throw new RapportError('invalid-message', 'The composer is only added to LinkedIn pages.');
    }
    await ctx.injectComposer(tabId, sender.frameId ?? 0);
    return { injected: true };
  },

  async 'composer.load'({ profileUrl }, ctx) {
    // At worker start, from the index (first-answers.ts): the composer waits for this to show.
    const key = profileUrl ? profileKey(profileUrl) : null;
    const guard = await guardAnswer(ctx.store, key, ctx.now().getTime());
    const { templates, settings } = await configAnswer(ctx.store);
    return { templates, settings, guard, corrections: await correctionsFor(ctx, key) };
  },

  /** Applying an observation twice changes nothing more than once (a status moves on from pending only). */
  async 'profile.observed'({ profile }, ctx) {
    return applyObserved(ctx, profile);
  },

  async 'profile.last'(_request, ctx) {
    const memory = ctx.memory;
    // The view in a tab, read for this question (profile-viewed.ts readViewedTab, before the queue).
    const tabRead = takeTabRead(ctx);
    if (tabRead?.profile) await applyObserved(ctx, tabRead.profile);
    if (tabRead?.health) memory.pageHealth = { at: ctx.now().toISOString(), report: tabRead.health };
    if (!memory.lastProfile && ctx.session) {
      const items: Record<string, unknown> = await ctx.session.get(LAST_PROFILE_KEY).catch(() => ({}));
      const stored = items[LAST_PROFILE_KEY];
      const parsed = ObservedProfile.safeParse(stored);
      memory.lastProfile = parsed.success ? parsed.data : null;
    }
    const { dialogMissing, pageHealth } = memory;
    const recent = dialogMissing && ctx.now().getTime() - Date.parse(dialogMissing.at) < DIALOG_MISSING_SHOWN_MS;
    const healthRecent = pageHealth && ctx.now().getTime() - Date.parse(pageHealth.at) < DIALOG_MISSING_SHOWN_MS;
    return { profile: memory.lastProfile, dialogMissing: recent ? dialogMissing : null, pageHealth: healthRecent ? pageHealth : null };
  },

  async 'page.health'({ report }, ctx) {
    ctx.memory.pageHealth = { at: ctx.now().toISOString(), report };
    return { noted: true };
  },

  async 'composer.dialog-missing'({ profileUrl }, ctx) {
    ctx.memory.dialogMissing = { at: ctx.now().toISOString(), profileUrl: profileUrl ? profileUrlFromKey(requireKey(profileUrl)) : null };
    return { noted: true };
  },

  /** Visible rows of "Sent invitations": untracked ones become tracked; tracked ones stay as they are. */
  async 'sent-page.observed'({ rows }, ctx) {
    const state = await ctx.store.state();
    const now = ctx.now();
    const tracked = trackedKeys(state.invitations);
    const added: Invitation[] = [];
    for (const row of rows) {
      const key = profileKey(row.profileUrl);
      if (!key || tracked.has(key)) continue;
      tracked.add(key);
      const days = row.sentDaysAgo ?? 0;
      const sent = new Date(now.getFullYear(), now.getMonth(), now.getDate() - days);
      added.push({ id: ctx.newId(), profileUrl: profileUrlFromKey(key), vanity: key, name: row.name, note: '', sentAt: sent.toISOString(), status: 'pending', source: 'import' });
    }
    await ctx.store.putInvitations(added);
    if (added.length) ctx.changed();
    return { updated: added.length };
  },

  /**
   * Only the composer's own recording of the last minute is undone; nothing older is touched.
   * With `sentReportId`, exactly the invitation that report created (its id is the report's key),
   * however late the refusal arrives, and a repeated delivery finds nothing more to undo.
   */
  async 'invitation.refused'({ profileUrl, sentReportId }, ctx) {
    const key = requireKey(profileUrl);
    const state = await ctx.store.state();
    const tracked = sentReportId ? state.invitations.get(sentReportId) : latestFor(state.invitations, key);
    if (tracked && keyOf(tracked) !== key) return { removed: null };
    // The exact send needs no time window (the outbox may deliver the refusal minutes later).
    const recent = tracked && (sentReportId !== undefined || ctx.now().getTime() - Date.parse(tracked.sentAt) < REFUSAL_WINDOW_MS);
    if (!tracked || !recent || tracked.status !== 'pending' || tracked.source !== 'composer') return { removed: null };
    await ctx.store.removeInvitation(tracked.id);
    ctx.changed();
    return { removed: tracked };
  },

  /** A repeated delivery finds the invitation withdrawn already and changes nothing. */
  async 'invitation.withdraw-clicked'({ profileUrl }, ctx) {
    const key = requireKey(profileUrl);
    const state = await ctx.store.state();
    const tracked = latestFor(state.invitations, key);
    if (!tracked || tracked.status !== 'pending') return { invitation: null };
    return { invitation: await changeStatus(ctx, tracked, 'withdrawn') };
  },
};

export function forgetLastProfile(ctx: HandlerContext): void {
  ctx.memory.lastProfile = null;
  ctx.memory.dialogMissing = null;
  ctx.memory.pageHealth = null;
}

