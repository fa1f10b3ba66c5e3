// Templates: the list (synced or, over a quota, local), editing, undoing a delete, the order.
import { z } from 'zod';
import { Template } from '../../core/schemas';
import { id } from './common';

/** What a template editor sends; the id is given by the background for a new template. */
export const TemplateInput = Template.extend({ id: id.optional() });
export type TemplateInput = z.infer<typeof TemplateInput>;

export interface StorageNotice {
  /** Templates moved to this computer (a size quota), waiting out a write-rate limit, or back in sync. */
  kind: 'sync-quota' | 'sync-rate' | 'sync-restored';
  /** The browser's name for the limit, e.g. QUOTA_BYTES or MAX_WRITE_OPERATIONS_PER_MINUTE. */
  limit?: string;
  message: string;
  at: string;
}

const list = z.object({ type: z.literal('templates.list') });
type ListReply = { templates: Template[]; area: 'sync' | 'local'; notice: StorageNotice | null };

const save = z.object({ type: z.literal('templates.save'), template: TemplateInput });
type SaveReply = { template: Template };

const remove = z.object({ type: z.literal('templates.delete'), id });
type DeleteReply = { removed: Template; index: number };

/** Undo of a delete: puts the template back at its old position. */
const restore = z.object({ type: z.literal('templates.restore'), template: Template, index: z.number().int().min(0).max(1000) });
type RestoreReply = { template: Template };

const reorder = z.object({ type: z.literal('templates.reorder'), ids: z.array(id).max(1000) });
type ReorderReply = { templates: Template[] };

export const templateRequests = [list, save, remove, restore, reorder] as const;
export interface TemplateReplies {
  'templates.list': ListReply;
  'templates.save': SaveReply;
  'templates.delete': DeleteReply;
  'templates.restore': RestoreReply;
  'templates.reorder': ReorderReply;
}
