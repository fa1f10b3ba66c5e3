// What a template is filled with outside LinkedIn's dialog (side panel, options preview): a
// profile as the content script reported it, and the person's own name and interest. Empty
// values are left out, so the template's fallbacks and sentence dropping apply.
import type { NoteContext } from '../core/template';
import type { Settings } from '../core/schemas';
import type { ObservedProfile } from './messages';

const profileFields = ['firstName', 'lastName', 'fullName', 'company', 'headline', 'school', 'location', 'mutualName'] as const;

export function profileNoteContext(profile: ObservedProfile, me: Pick<Settings, 'myName' | 'myInterest'>): NoteContext {
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
