// The composer in LinkedIn's dialog: its code on demand, its data in one round trip, and the
// Connect click after which no dialog was found.
import { z } from 'zod';
import type { Settings, Template } from '../../core/schemas';
import type { Corrections } from '../../core/corrections';
import { profileUrl } from './common';
import type { InvitationView } from './invitations';

export interface ProfileGuard {
  tracked: InvitationView | null;
  /** When a recent withdrawal to this person stops blocking a new invitation (ISO), or null. */
  reinviteLockedUntil: string | null;
  sentThisWeek: number;
  weeklyInviteBudget: number;
  notesThisMonth: number;
  monthlyNoteQuota: number;
}

/** A Connect click after which Rapport found no invite dialog (recent ones only). */
export interface DialogMissing {
  at: string;
  profileUrl: string | null;
}

/**
 * The content script asks for the composer's code (composer.js) when the person opens an invite
 * dialog: it is injected into the asking tab's frame only, so every other LinkedIn page carries
 * just the small reader script.
 */
const inject = z.object({ type: z.literal('composer.inject') });
type InjectReply = { injected: true };

/** Everything the composer needs for one dialog, in one round trip. */
const load = z.object({ type: z.literal('composer.load'), profileUrl: profileUrl.optional() });
/** `corrections`: what the person typed over what is read about this profile ({} when nothing). */
type LoadReply = { templates: Template[]; settings: Settings; guard: ProfileGuard | null; corrections: Corrections };

/** The person clicked Connect and no invite dialog could be found: offer the side panel. */
const dialogMissing = z.object({ type: z.literal('composer.dialog-missing'), profileUrl: profileUrl.optional() });
type DialogMissingReply = { noted: true };

export const composerRequests = [inject, load, dialogMissing] as const;
export interface ComposerReplies {
  'composer.inject': InjectReply;
  'composer.load': LoadReply;
  'composer.dialog-missing': DialogMissingReply;
}
