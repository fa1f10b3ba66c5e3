// The person a profile page shows, as core/person.ts knows people. The reader hands over the name
// as displayed with the first names LinkedIn's labels give (ProfileRead.firstNameHints); the one
// split rule (core/names.ts) is applied here, where the composer greets them, so the reader that
// runs on every LinkedIn page carries no name rules.
import { splitName } from '../core/names';
import type { Person } from '../core/person';
import type { ProfileRead } from '../linkedin';

/** What the profile read says about them; empty values are left out. */
export function personFromRead(p: ProfileRead): Person {
  const person: Person = {};
  const { firstName, lastName } = splitName(p.fullName, p.firstNameHints);
  const put = (key: 'profileUrl' | 'fullName' | 'firstName' | 'lastName' | 'headline' | 'company' | 'school' | 'location' | 'mutualName', value: string | null | undefined) => {
    if (value) person[key] = value;
  };
  const mutuals = p.mutualConnections;
  put('profileUrl', p.profileUrl);
  put('fullName', p.fullName);
  put('firstName', firstName);
  put('lastName', lastName);
  put('headline', p.headline);
  put('company', p.currentCompany);
  put('school', p.school);
  put('location', p.location);
  put('mutualName', mutuals?.names[0]);
  if (mutuals && Number.isInteger(mutuals.count) && mutuals.count >= 0) person.mutualCount = mutuals.count;
  return person;
}
