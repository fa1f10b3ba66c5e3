// The public backup format (documented in the README, JSON Schema in docs/backup.schema.json).
// Import is lenient where it is safe — every field but the essentials has a default — and strict
// where it matters: unknown format or version, wrong types and oversized strings are errors.
import { z } from 'zod';
import { MAX_BACKUP_CORRECTIONS, ProfileCorrections } from '../corrections-schema';
import { Invitation, SettingsPatch, Template, type Invitation as InvitationT, type Settings as SettingsT, type Template as TemplateT } from '../schemas';

export const BACKUP_FORMAT = 'rapport-backup';
/**
 * 1: templates, invitations, settings. 2: invitations may carry `conversation` (issue #21); a
 * version 1 file is read as version 2 (it has none), and an older Rapport refuses a version 2 file
 * instead of dropping what it cannot read.
 */
export const BACKUP_VERSION = 2;
/** The versions an import reads (each older one is migrated on the way in). */
export const READABLE_BACKUP_VERSIONS: readonly number[] = [1, 2];
/** Refuse anything larger before parsing: a real backup of 10,000 invitations is about 5 MB. */
export const MAX_BACKUP_BYTES = 50 * 1024 * 1024;
export const MAX_BACKUP_TEMPLATES = 1000;
export const MAX_BACKUP_INVITATIONS = 100_000;

export const BackupFile = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.iso.datetime({ offset: true }).optional(),
  /** In the person's order; the first is shown first in every chooser. */
  templates: z.array(Template).max(MAX_BACKUP_TEMPLATES).default([]),
  invitations: z.array(Invitation).max(MAX_BACKUP_INVITATIONS).default([]),
  /** Only the settings present are applied; the rest keep their current (or default) values. */
  settings: SettingsPatch.default({}),
  /** What the person typed over what was read about someone, one entry per profile. */
  corrections: z.array(ProfileCorrections).max(MAX_BACKUP_CORRECTIONS).default([]),
});
export type BackupFile = z.infer<typeof BackupFile>;

/** Everything Rapport stores that a backup carries. */
export interface StoreSnapshot {
  templates: TemplateT[];
  invitations: InvitationT[];
  settings: SettingsT;
  /** Absent: none. */
  corrections?: ProfileCorrections[];
}

export function toBackup(state: StoreSnapshot, now: Date): BackupFile {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    templates: state.templates,
    invitations: state.invitations,
    settings: state.settings,
    corrections: state.corrections ?? [],
  };
}

/** The JSON Schema of what an import accepts, generated from the zod schemas. */
export function backupJsonSchema(): unknown {
  return z.toJSONSchema(BackupFile, { io: 'input' });
}
