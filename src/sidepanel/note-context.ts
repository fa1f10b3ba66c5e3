// What the side panel fills a template with: the last profile the person looked at on LinkedIn
// (as the content script reported it) and their own name and interest from the settings.
// Empty values are left out, so the template's fallbacks and sentence dropping apply.
import type { NoteContext } from '../core/template';
import type { Settings } from '../core/schemas';
import type { ObservedProfile } from '../shared/messages';

const profileFields = ['firstName', 'lastName', 'fullName', 'company', 'headline', 'school', 'location', 'mutualName'] as const;

export function panelNoteContext(profile: ObservedProfile, me: Pick<Settings, 'myName' | 'myInterest'>): NoteContext {
  const context: NoteContext = {};
  for (const field of profileFields) {
    const value = profile[field]?.trim();
    if (value) context[field] = value;
  }
  if (profile.mutualCount !== undefined && profile.mutualCount > 0) context.mutualCount = profile.mutualCount;
  if (me.myName.trim()) context.myName = me.myName.trim();
  if (me.myInterest.trim()) context.myInterest = me.myInterest.trim();
  return context;
}

/** The name to show for the profile: its full name, else first and last, else its address. */
export function displayName(profile: ObservedProfile): string {
  const full = profile.fullName?.trim() || [profile.firstName, profile.lastName].map((s) => s?.trim()).filter(Boolean).join(' ');
  return full || profile.profileUrl;
}

/** Two reports are the same when every field is: the panel then keeps what it shows as it is. */
export function sameProfile(a: ObservedProfile | null, b: ObservedProfile | null): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)] as (keyof ObservedProfile)[]);
  for (const key of keys) if (a[key] !== b[key]) return false;
  return true;
}
