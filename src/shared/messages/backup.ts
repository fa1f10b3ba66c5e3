// Backups and LinkedIn's archive: export, preview and import (merge or replace), and applying an
// archive import planned in the options page.
import { z } from 'zod';
import { importModes, type ImportSummary } from '../../core/backup/merge';
import { Invitation, isoDate } from '../../core/schemas';
import { id } from './common';

export type { ImportSummary } from '../../core/backup/merge';

export const ImportMode = z.enum(importModes);
export type ImportMode = z.infer<typeof ImportMode>;

const exportFile = z.object({ type: z.literal('backup.export'), format: z.enum(['json', 'csv']) });
type ExportReply = { filename: string; mime: string; text: string };

const preview = z.object({ type: z.literal('backup.preview'), text: z.string(), mode: ImportMode });
type PreviewReply = ImportSummary & { handle: string };

/** `handle` (from the preview) lets the background reuse the file it already validated. */
const importFile = z.object({ type: z.literal('backup.import'), text: z.string(), mode: ImportMode, handle: z.string().max(64).optional() });
type ImportReply = ImportSummary;

/** Applies a planned LinkedIn-archive import (planned in the options page, re-checked here). */
const archiveApply = z.object({
  type: z.literal('archive.apply'),
  newlyTracked: z.array(Invitation).max(100000),
  accepted: z.array(z.object({ id, at: isoDate })).max(100000),
});
type ArchiveApplyReply = { added: number; accepted: number; alreadyKnown: number };

export const backupRequests = [exportFile, preview, importFile, archiveApply] as const;
export interface BackupReplies {
  'backup.export': ExportReply;
  'backup.preview': PreviewReply;
  'backup.import': ImportReply;
  'archive.apply': ArchiveApplyReply;
}
