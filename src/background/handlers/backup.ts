// Backup export and import, the LinkedIn-archive apply, quarantine and delete-all.
// An import is validated before it enters the queue (backup-validated.ts), planned in full
// before the first write (core/backup/merge.ts), and writes only what it changes: a backup with
// nothing new in it writes nothing at all.
import { invitationsToCsv, planBackupImport, toBackup, type StoreSnapshot } from '../../core/backup';
import { indexTracked, knownWithinADay, localDateOf } from '../../core/archive';
import { linkedInProfileKey, profileUrlFromKey } from '../../core/profile-key';
import type { Invitation, Template } from '../../core/schemas';
import { RapportError } from '../../shared/rapport-error';
import type { RequestOf } from '../../shared/messages';
import type { HandlerContext, HandlerMap } from './context';
import { encodeInvitation } from '../store/invitation-record';
import { forgetBackup, validatedBackup } from './backup-validated';
import { forgetLastProfile } from './profile';
import { correctionWrites, storedAsBackup } from './backup-corrections';

async function snapshot(ctx: HandlerContext): Promise<StoreSnapshot> {
  const state = await ctx.store.state();
  const invitations = [...state.invitations.values()].sort((a, b) => Date.parse(a.sentAt) - Date.parse(b.sentAt));
  return { templates: state.templates, invitations, settings: state.settings, corrections: storedAsBackup(state.corrections) };
}

async function plan(ctx: HandlerContext, request: RequestOf<'backup.preview'> | RequestOf<'backup.import'>) {
  const { backup, handle } = validatedBackup(request);
  const current = await snapshot(ctx);
  return { handle, current, ...planBackupImport(current, backup, request.mode, ctx.newId) };
}

const sameStored = (a: Invitation, b: Invitation | undefined) => a === b || (b !== undefined && JSON.stringify(encodeInvitation(a)) === JSON.stringify(encodeInvitation(b)));
const sameTemplates = (a: readonly Template[], b: readonly Template[]) =>
  a.length === b.length && a.every((t, i) => t === b[i] || JSON.stringify(t) === JSON.stringify(b[i]));

type BackupHandlers = Pick<HandlerMap, 'backup.export' | 'backup.preview' | 'backup.import' | 'archive.apply' | 'quarantine.list' | 'quarantine.discard' | 'data.delete-all'>;

export const backupHandlers: BackupHandlers = {
  async 'backup.export'({ format }, ctx) {
    const now = ctx.now();
    // The person's own date: a backup made at 00:30 is named after today, not UTC's yesterday.
    const day = localDateOf(now);
    const data = await snapshot(ctx);
    if (format === 'csv') return { filename: `rapport-invitations-${day}.csv`, mime: 'text/csv', text: invitationsToCsv(data.invitations) };
    return { filename: `rapport-backup-${day}.json`, mime: 'application/json', text: JSON.stringify(toBackup(data, now), null, 2) + '\n' };
  },

  async 'backup.preview'(request, ctx) {
    const { summary, handle } = await plan(ctx, request);
    return { ...summary, handle };
  },

  async 'backup.import'(request, ctx) {
    const { next, summary, current, handle } = await plan(ctx, request);
    forgetBackup(handle);
    // A copy: the store updates its own map in place, and the undo below needs the old records.
    const before = new Map((await ctx.store.state()).invitations);
    const changedInvitations = next.invitations.filter((inv) => !sameStored(inv, before.get(inv.id)));
    const templatesChange = sameTemplates(next.templates, current.templates) ? {} : { templates: next.templates };
    const settingsChange = summary.settingsChanged.length ? { settings: next.settings } : {};
    const replacing = request.mode === 'replace' && (changedInvitations.length > 0 || next.invitations.length !== before.size);
    const corrections = correctionWrites((await ctx.store.state()).corrections, next.corrections ?? [], ctx.now());
    if (!replacing && !changedInvitations.length && !templatesChange.templates && !settingsChange.settings && !corrections.writes.length) return summary;
    if (replacing) await ctx.store.replaceInvitations(next.invitations);
    else await ctx.store.putInvitations(changedInvitations);
    try {
      await ctx.store.putCorrections(corrections.writes);
      if (templatesChange.templates || settingsChange.settings) await ctx.store.saveConfig({ ...templatesChange, ...settingsChange });
    } catch (error) {
      // Put the invitations and corrections back as they were so the import applies entirely or not at all.
      await ctx.store.replaceInvitations([...before.values()]);
      await ctx.store.putCorrections(corrections.undo);
      throw error;
    }
    ctx.changed();
    return summary;
  },

  /**
   * The options page planned the import (core/archive) against what it read; this applies it
   * against what is stored now, so anything that arrived in between is not tracked twice.
   * `accepted` counts new records that arrive accepted too, as the preview does.
   */
  async 'archive.apply'({ newlyTracked, accepted }, ctx) {
    const state = await ctx.store.state();
    const tracked = indexTracked([...state.invitations.values()]);
    const writes: Invitation[] = [];
    let added = 0;
    let acceptedCount = 0;
    let alreadyKnown = 0;
    for (const incoming of newlyTracked) {
      const key = linkedInProfileKey(incoming.profileUrl);
      if (!key) throw new RapportError('invalid-import', 'An imported invitation has no LinkedIn profile address; nothing was applied.', [incoming.name]);
      const sentAtMs = Date.parse(incoming.sentAt);
      if (knownWithinADay(tracked, key, sentAtMs) || state.invitations.has(incoming.id)) {
        alreadyKnown += 1;
        continue;
      }
      const invitation: Invitation = { ...incoming, profileUrl: profileUrlFromKey(key), vanity: key, source: 'import' };
      tracked.set(key, [...(tracked.get(key) ?? []), { invitation, sentAtMs }]);
      writes.push(invitation);
      added += 1;
      if (invitation.status === 'accepted') acceptedCount += 1;
    }
    for (const { id, at } of accepted) {
      const current = state.invitations.get(id);
      // A later status (replied, …) is never moved back to accepted.
      if (!current || current.status !== 'pending') {
        alreadyKnown += 1;
        continue;
      }
      writes.push({ ...current, status: 'accepted', statusChangedAt: at });
      acceptedCount += 1;
    }
    await ctx.store.putInvitations(writes);
    if (writes.length) ctx.changed();
    return { added, accepted: acceptedCount, alreadyKnown };
  },

  async 'quarantine.list'(_request, ctx) {
    return { items: (await ctx.store.state()).quarantine };
  },

  async 'quarantine.discard'({ key }, ctx) {
    return { discarded: await ctx.store.discardQuarantined(key) };
  },

  async 'data.delete-all'(_request, ctx) {
    await ctx.store.clearAll();
    await ctx.session?.clear().catch(() => undefined);
    forgetLastProfile();
    ctx.changed();
    return { deleted: true };
  },
};
