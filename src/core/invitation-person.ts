// Someone Rapport tracks, as their stored invitation knows them: the full name split by the
// reader's rules (core/names.ts), with the first name the note greeted as the hint for where the
// first name ends — so "Anu Priya Velamuri" greeted "Anu Priya" keeps "Velamuri" as the last name.
// Apart from person.ts so the composer's chunk, which never needs a split, carries no name rules.
import { splitName } from './names';
import type { Person } from './person';
import type { Invitation } from './schemas';

export function personFromInvitation(invitation: Pick<Invitation, 'name' | 'company' | 'headline' | 'greetedFirstName'>): Person {
  const greeted = invitation.greetedFirstName?.trim();
  const { firstName, lastName } = splitName(invitation.name, greeted ? [greeted] : []);
  const person: Person = { fullName: invitation.name };
  if (firstName) person.firstName = firstName;
  if (lastName) person.lastName = lastName;
  if (greeted) person.greetedFirstName = greeted;
  if (invitation.company) person.company = invitation.company;
  if (invitation.headline) person.headline = invitation.headline;
  return person;
}
