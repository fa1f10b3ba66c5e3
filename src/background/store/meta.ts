// Bookkeeping kept in storage.local: where templates and settings live (sync unless a size
// quota moved them), the notice that tells the person so (naming the limit: a size quota, a
// write-rate limit being waited out, or the move back to sync), and whether starters were installed.
import { z } from 'zod';

export const META_KEY = 'meta';
export const JOURNAL_KEY = 'journal';

const Meta = z.object({
  v: z.literal(1).default(1),
  configArea: z.enum(['sync', 'local']).default('sync'),
  notice: z
    .object({ kind: z.enum(['sync-quota', 'sync-rate', 'sync-restored']), limit: z.string().max(64).optional(), message: z.string(), at: z.string() })
    .nullable()
    .optional(),
  seeded: z.boolean().default(false),
});
export type Meta = z.infer<typeof Meta>;

export function readMeta(local: Record<string, unknown>): Meta {
  const parsed = Meta.safeParse(local[META_KEY] ?? {});
  // Unreadable bookkeeping is rebuilt from defaults: it holds no data of the person's.
  return parsed.success ? parsed.data : Meta.parse({ seeded: true });
}
