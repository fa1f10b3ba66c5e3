// How one person's corrections are stored: one `storage.local` key per person (`c:<profile key>`),
// so a correction is one small write and "delete all data" clears them with everything else.
// A record that fails its schema is quarantined by load.ts like any other record.
import { z } from 'zod';
import { Corrections } from '../../core/corrections-schema';
import { cleanCorrections, type Corrections as CorrectionsT } from '../../core/corrections';
import { invalidReason, migrate, type Decoded } from './migrations';

export const CORRECTION_PREFIX = 'c:';
export const CORRECTION_VERSION = 1;
export const correctionKey = (profileKey: string) => `${CORRECTION_PREFIX}${profileKey}`;

const Record1 = z.strictObject({
  v: z.literal(1),
  /** The profile key; also in the storage key, and checked against it on load. */
  k: z.string().min(1).max(200),
  f: Corrections,
  /** When the person last corrected something here (epoch ms). */
  at: z.number().int().min(0).max(8.64e15),
});

export interface StoredCorrections {
  key: string;
  fields: CorrectionsT;
  at: number;
}

export function encodeCorrections(stored: StoredCorrections): z.infer<typeof Record1> {
  return { v: 1, k: stored.key, f: stored.fields, at: stored.at };
}

export function decodeCorrections(raw: unknown): Decoded<StoredCorrections> {
  const step = migrate(raw, CORRECTION_VERSION, []);
  if (!step.ok) return step;
  const parsed = Record1.safeParse(step.record);
  if (!parsed.success) return { ok: false, reason: invalidReason(parsed.error) };
  return { ok: true, value: { key: parsed.data.k, fields: cleanCorrections(parsed.data.f), at: parsed.data.at }, migrated: false };
}
