// What a template preview is filled with: the last profile the person looked at on LinkedIn,
// or a made-up sample person when there is none (or when the person picks the sample).
import type { Settings } from '../../core/schemas';
import type { NoteContext } from '../../core/template';
import type { ObservedProfile } from '../../shared/messages';

/** Fictional: no real person, company or school. */
export const sampleProfile: ObservedProfile = {
  profileUrl: 'https://www.linkedin.com/in/sample-person/',
  fullName: 'Lina Okafor-Berg',
  firstName: 'Lina',
  lastName: 'Okafor-Berg',
  headline: 'Product designer for accessible public-transport apps',
  company: 'Tramline Studio',
  school: 'Westhaven School of Design',
  location: 'Rotterdam',
  mutualName: 'Jonas Feld',
  mutualCount: 4,
  relation: 'connectable',
};

export function previewContext(profile: ObservedProfile, settings: Pick<Settings, 'myName' | 'myInterest'>): NoteContext {
  return {
    firstName: profile.firstName,
    lastName: profile.lastName,
    fullName: profile.fullName,
    company: profile.company,
    headline: profile.headline,
    school: profile.school,
    location: profile.location,
    mutualName: profile.mutualName,
    mutualCount: profile.mutualCount,
    myName: settings.myName,
    myInterest: settings.myInterest,
  };
}
