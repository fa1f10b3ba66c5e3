// The made-up person a template preview is filled with when there is no last profile viewed on
// LinkedIn (or when the person picks the sample); see core/person.ts.
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
