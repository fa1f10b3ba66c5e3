// Stored data as a whole: records that failed validation (kept aside, never dropped silently)
// and deleting everything.
import { z } from 'zod';

export interface QuarantineItem {
  key: string;
  area: 'local' | 'sync';
  reason: string;
  /** The record exactly as stored, as JSON text. */
  raw: string;
}

const quarantineList = z.object({ type: z.literal('quarantine.list') });
type QuarantineListReply = { items: QuarantineItem[] };

const quarantineDiscard = z.object({ type: z.literal('quarantine.discard'), key: z.string().min(1).max(200) });
type QuarantineDiscardReply = { discarded: boolean };

const deleteAll = z.object({ type: z.literal('data.delete-all'), confirm: z.literal(true) });
type DeleteAllReply = { deleted: true };

export const dataRequests = [quarantineList, quarantineDiscard, deleteAll] as const;
export interface DataReplies {
  'quarantine.list': QuarantineListReply;
  'quarantine.discard': QuarantineDiscardReply;
  'data.delete-all': DeleteAllReply;
}
