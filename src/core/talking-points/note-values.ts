// What the talking-point template variables are filled with: {{commonGround}} the best point's
// phrase, {{sharedSchool}} / {{sharedCompany}} the first shared school / employer, {{newRole}}
// their new role. Absent when there is no such point, so the template's fallback applies.
import type { TalkingPoint } from './types';

export interface TalkingPointValues {
  commonGround?: string;
  sharedSchool?: string;
  sharedCompany?: string;
  newRole?: string;
}

/** The best point to put in a note: the first strong one, else the first one. */
export function bestPoint(points: readonly TalkingPoint[]): TalkingPoint | undefined {
  return points.find((p) => p.strong) ?? points[0];
}

export function talkingPointValues(points: readonly TalkingPoint[]): TalkingPointValues {
  const values: TalkingPointValues = {};
  const best = bestPoint(points);
  if (best) values.commonGround = best.phrase;
  const school = points.find((p) => p.kind === 'school');
  if (school) values.sharedSchool = school.value;
  const employer = points.find((p) => p.kind === 'employer');
  if (employer) values.sharedCompany = employer.value;
  const role = points.find((p) => p.kind === 'new-role');
  if (role) values.newRole = role.value;
  return values;
}

/**
 * The template-variable values for you and them, in English as plain fields and per language
 * in `byLanguage` (the renderer picks the template's language), plus the points themselves.
 */
export function talkingPointContext(points: { en: readonly TalkingPoint[]; de: readonly TalkingPoint[] }): TalkingPointValues & { byLanguage: { en: TalkingPointValues; de: TalkingPointValues } } {
  const en = talkingPointValues(points.en);
  return { ...en, byLanguage: { en, de: talkingPointValues(points.de) } };
}
