// The checked forms of corrections: in a message, in storage (one record per person, see
// background/store/correction-record.ts) and in a backup. Every value is bounded; unknown fields
// are refused rather than carried along.
import { z } from 'zod';
import { correctableFields, correctionMax, type CorrectableField } from './corrections';
import { isoDate } from './schemas';

/** At most this many people's corrections in a backup (as many as invitations can be). */
export const MAX_BACKUP_CORRECTIONS = 100_000;

const fieldShapes = Object.fromEntries(correctableFields.map((field) => [field, z.string().max(correctionMax[field]).optional()])) as Record<
  CorrectableField,
  z.ZodOptional<z.ZodString>
>;

/** A set of corrections for one person: known fields only, each within its bound. */
export const Corrections = z.strictObject(fieldShapes);

/** One person's corrections as a backup carries them. */
export const ProfileCorrections = z.strictObject({
  profileUrl: z.string().min(1).max(2000),
  fields: Corrections,
  correctedAt: isoDate.optional(),
});
export type ProfileCorrections = z.infer<typeof ProfileCorrections>;
