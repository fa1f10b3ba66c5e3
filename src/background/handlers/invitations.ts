// Invitations: the composer's "sent" report, status changes from the popup and options,
// listing and the queue summary.
import { linkedInProfileKey, profileUrlFromKey } from '../../core/profile-key';
import type { Invitation } from '../../core/schemas';
import { RapportError } from '../../shared/rapport-error';
import { openingAnswer, summaryAnswer } from '../first-answers';
import { keyOf, listInvitations } from '../queries';
import type { HandlerContext, HandlerMap } from './context';

export function requireKey(profileUrl: string): string {
  const key = linkedInProfileKey(profileUrl);
  if (!key) throw new RapportError('invalid-message', 'That is not a LinkedIn profile address (…/in/<name>).', [`profileUrl: ${profileUrl.slice(0, 200)}`]);
  return key;
}

export async function requireInvitation(ctx: HandlerContext, id: string): Promise<Invitation> {
  const invitation = (await ctx.store.state()).invitations.get(id);
  if (!invitation) throw new RapportError('not-found', 'That invitation is no longer tracked.');
  return invitation;
}

/** Stores one changed invitation and lets the badge and views know. */
export async function update(ctx: HandlerContext, next: Invitation): Promise<{ invitation: Invitation }> {
  await ctx.store.putInvitations([next]);
  ctx.changed();
  return { invitation: next };
}

type InvitationHandlers = Pick<HandlerMap, 'invitation.sent' | 'invitation.unrecord' | 'invitation.set-status' | 'invitation.mark-followed-up' | 'invitations.list' | 'queue.summary' | 'queue.open'>;

export const invitationHandlers: InvitationHandlers = {
  /**
   * The content script's outbox delivers a report until it is acknowledged, so one send may arrive
   * more than once (the worker stopped after storing it, before answering). The report's
   * idempotency key is the invitation's id: a report whose invitation exists is that invitation.
   * The reply is sent only after the record is written (update awaits storage.local.set).
   */
  async 'invitation.sent'(request, ctx) {
    const key = requireKey(request.profileUrl);
    const state = await ctx.store.state();
    const known = request.reportId ? state.invitations.get(request.reportId) : undefined;
    if (known && keyOf(known) === key) return { invitation: known, duplicate: true };
    const sentAt = request.sentAt ?? ctx.now().toISOString();
    const invitation: Invitation = {
      // An id already used for someone else (never by chance at 36^12) gets a fresh one.
      id: request.reportId && !known ? request.reportId : ctx.newId(),
      profileUrl: profileUrlFromKey(key),
      vanity: key,
      name: request.name,
      company: request.company || undefined,
      headline: request.headline || undefined,
      greetedFirstName: request.greetedFirstName || undefined,
      note: request.note,
      templateId: request.templateId,
      sentAt,
      status: 'pending',
      source: request.source ?? 'composer',
    };
    return { ...(await update(ctx, invitation)), duplicate: false };
  },

  /** Only an invitation the person recorded by hand can be taken back this way (the side panel's undo). */
  async 'invitation.unrecord'({ id }, ctx) {
    const invitation = (await ctx.store.state()).invitations.get(id);
    if (!invitation || invitation.source !== 'manual') return { removed: false };
    await ctx.store.removeInvitation(id);
    ctx.changed();
    return { removed: true };
  },

  async 'invitation.set-status'({ id, status, followedUpAt, statusChangedAt }, ctx) {
    const current = await requireInvitation(ctx, id);
    const next: Invitation = { ...current, status, statusChangedAt: statusChangedAt ?? ctx.now().toISOString() };
    if (statusChangedAt === null) delete next.statusChangedAt;
    if (followedUpAt === null) delete next.followedUpAt;
    else if (followedUpAt !== undefined) next.followedUpAt = followedUpAt;
    return update(ctx, next);
  },

  async 'invitation.mark-followed-up'({ id, at }, ctx) {
    const current = await requireInvitation(ctx, id);
    const next: Invitation = { ...current };
    if (at === null) delete next.followedUpAt;
    else next.followedUpAt = at ?? ctx.now().toISOString();
    return update(ctx, next);
  },

  async 'invitations.list'(request, ctx) {
    const state = await ctx.store.state();
    return listInvitations(state.invitations, state.settings, request, ctx.now().getTime());
  },

  // No shipped page sends this now (the popup asks queue.open; options and side panel neither):
  // kept as the summary alone, which the unit and real-browser tests read to check what is stored.
  async 'queue.summary'(_request, ctx) {
    return summaryAnswer(ctx.store, ctx.now().getTime());
  },

  async 'queue.open'({ limit }, ctx) {
    return openingAnswer(ctx.store, limit, ctx.now().getTime());
  },
};
