// How the side panel names the profile it shows, and when a new report is the same profile.
import type { ObservedProfile } from '../shared/messages';

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
