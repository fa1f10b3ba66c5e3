// The person on the page: what the content script read, the last one (for previews), and the
// person's own profile for About you.
import { z } from 'zod';
import type { AboutYou } from '../../core/about-you';
import { Invitation, shortText } from '../../core/schemas';
import { Corrections } from '../../core/corrections-schema';
import type { Corrections as CorrectionsT } from '../../core/corrections';
import { profileUrl, reportId } from './common';
import type { DialogMissing } from './composer';
import type { PageHealthNotice } from './page';

/**
 * The person on the page (all optional but the URL): a Person (core/person.ts) with the relation,
 * so the side panel and options preview fill templates with it. The content script sends the full
 * name as displayed and the first names LinkedIn's labels give (`firstNameHints`); the background
 * splits it (core/names.ts) and keeps firstName/lastName in the last profile, without the hints.
 */
export const ObservedProfile = z.object({
  profileUrl,
  fullName: shortText(200).optional(),
  firstNameHints: z.array(shortText(200)).max(8).optional(),
  firstName: shortText(200).optional(),
  lastName: shortText(200).optional(),
  headline: shortText(400).optional(),
  company: shortText(200).optional(),
  school: shortText(200).optional(),
  location: shortText(200).optional(),
  mutualName: shortText(200).optional(),
  mutualCount: z.number().int().min(0).max(100000).optional(),
  /** What the top card shows as the relation: 1st degree / Connect / Pending. */
  relation: z.enum(['connected', 'connectable', 'pending', 'unknown']).default('unknown'),
});
export type ObservedProfile = z.infer<typeof ObservedProfile>;

/** The person is looking at this profile: passive status update + "last profile" for previews. */
const observed = z.object({ type: z.literal('profile.observed'), profile: ObservedProfile, reportId: reportId.optional() });
type ObservedReply = { changed: Invitation | null };

/**
 * A profile page came into view (its address only: nothing is read yet). The reply says whether
 * the content script should read it now: only a person whose invitation is pending, because only
 * their view can change what Rapport knows. Others are read when something asks (the person's
 * approach to Connect, a dialog, or the side panel, popup or options preview through profile.last).
 */
const viewed = z.object({ type: z.literal('profile.viewed'), profileUrl });
type ViewedReply = { read: boolean };

/** The last profile; a view not read yet is read first, in its tab (background/handlers/profile-viewed.ts). */
const last = z.object({ type: z.literal('profile.last') });
type LastReply = { profile: ObservedProfile | null; dialogMissing: DialogMissing | null; pageHealth?: PageHealthNotice | null };

/**
 * The person typed over what was read about this profile (composer or side panel): the whole
 * set of corrections for that person replaces the stored one; an empty set removes it.
 */
const correct = z.object({ type: z.literal('profile.correct'), profileUrl, corrections: Corrections, reportId: reportId.optional() });
type CorrectReply = { corrections: CorrectionsT };

/** The popup's About-you offer: read the person's own profile in the open LinkedIn tab (nothing is kept). */
const ownProfile = z.object({ type: z.literal('about.own-profile') });
/** `own` false: no LinkedIn tab shows the person's own profile. `about` null: nothing readable. */
type OwnProfileReply = { own: boolean; about: AboutYou | null };

export const profileRequests = [observed, viewed, last, correct, ownProfile] as const;
export interface ProfileReplies {
  'profile.observed': ObservedReply;
  'profile.viewed': ViewedReply;
  'profile.last': LastReply;
  'profile.correct': CorrectReply;
  'about.own-profile': OwnProfileReply;
}
