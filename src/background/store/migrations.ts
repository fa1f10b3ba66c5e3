// Every stored record carries its schema version `v`. Reading runs the record through the
// migrations from its version up to the current one; a record from a newer Rapport (after a
// downgrade) or one no migration can read is quarantined, never dropped or rewritten.
import type { z } from 'zod';
import { issueLines } from '../../core/issues';

/** A stored record read: its value (and whether it was migrated), or why it is kept aside. */
export type Decoded<T> = { ok: true; value: T; migrated: boolean } | { ok: false; reason: string };

/** Why a record failed its schema, as the quarantine shows it. */
export function invalidReason(error: z.ZodError): string {
  return issueLines(error, 'record').join('; ');
}

export interface Migration {
  /** The version this step reads; it returns a record of a higher version. */
  from: number;
  up(record: Record<string, unknown>): Record<string, unknown>;
}

export type Migrated = { ok: true; record: Record<string, unknown>; migrated: boolean } | { ok: false; reason: string };

/** A record without `v` predates versioning and is read as version `unversioned`. */
export function migrate(raw: unknown, current: number, migrations: readonly Migration[], unversioned = 1): Migrated {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, reason: 'not an object' };
  let record = raw as Record<string, unknown>;
  const stated = record.v === undefined ? unversioned : record.v;
  if (typeof stated !== 'number' || !Number.isInteger(stated)) return { ok: false, reason: `unreadable version ${JSON.stringify(stated)}` };
  let version = stated;
  if (version > current) return { ok: false, reason: `written by a newer Rapport (version ${version}; this one reads up to ${current})` };
  const start = version;
  while (version < current) {
    const step = migrations.find((m) => m.from === version);
    if (!step) return { ok: false, reason: `no migration from version ${version}` };
    try {
      record = step.up(record);
    } catch (error) {
      return { ok: false, reason: `migration from version ${version} failed: ${(error as Error).message}` };
    }
    const next: unknown = record.v;
    if (typeof next !== 'number' || next <= version) return { ok: false, reason: `migration from version ${version} did not advance` };
    version = next;
  }
  return { ok: true, record, migrated: version !== start || (raw as { v?: unknown }).v === undefined };
}
