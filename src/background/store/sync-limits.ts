// storage.sync refuses a write for two different reasons, and Rapport answers them differently:
// - a size limit (QUOTA_BYTES 100 KB in all, QUOTA_BYTES_PER_ITEM 8 KB per key, MAX_ITEMS 512):
//   the templates do not fit, so they move to storage.local until they fit again;
// - a write-rate limit (MAX_WRITE_OPERATIONS_PER_MINUTE 120, …_PER_HOUR 1,800): nothing is
//   wrong with the data; the write waits (kept in storage.local meanwhile) and is retried.
// Rapport also keeps its own budget well under the rate limits, so a burst of edits is
// coalesced into fewer writes instead of running into them.
import { errorMessage } from '../../shared/rapport-error';

export type SizeLimit = 'QUOTA_BYTES' | 'QUOTA_BYTES_PER_ITEM' | 'MAX_ITEMS' | 'QUOTA';
export type RateLimit = 'MAX_WRITE_OPERATIONS_PER_MINUTE' | 'MAX_WRITE_OPERATIONS_PER_HOUR';
export type SyncLimit = { kind: 'size'; limit: SizeLimit } | { kind: 'rate'; limit: RateLimit };

/** Chrome names the limit in its message; Firefox says only "exceeded its quota limitations". */
export function syncLimitOf(error: unknown): SyncLimit | null {
  const message = errorMessage(error);
  if (/WRITE_OPERATIONS_PER_HOUR/i.test(message)) return { kind: 'rate', limit: 'MAX_WRITE_OPERATIONS_PER_HOUR' };
  if (/WRITE_OPERATIONS_PER_MINUTE/i.test(message)) return { kind: 'rate', limit: 'MAX_WRITE_OPERATIONS_PER_MINUTE' };
  if (/QUOTA_BYTES_PER_ITEM/i.test(message)) return { kind: 'size', limit: 'QUOTA_BYTES_PER_ITEM' };
  if (/QUOTA_BYTES/i.test(message)) return { kind: 'size', limit: 'QUOTA_BYTES' };
  if (/MAX_ITEMS/i.test(message)) return { kind: 'size', limit: 'MAX_ITEMS' };
  if (/quota/i.test(message)) return { kind: 'size', limit: 'QUOTA' };
  return null;
}

/** Chrome's sync limits; Rapport plans with a margin below them. */
export const SYNC_QUOTA_BYTES = 102_400;
export const SYNC_QUOTA_BYTES_PER_ITEM = 8_192;
export const SYNC_MAX_ITEMS = 512;

/** Whether these items would fit in sync with room to spare (as Chrome counts: key + JSON). */
export function fitsInSync(items: Record<string, unknown>): { fits: boolean; bytes: number } {
  let bytes = 0;
  let largest = 0;
  const entries = Object.entries(items);
  for (const [key, value] of entries) {
    const size = new TextEncoder().encode(key + JSON.stringify(value)).length;
    bytes += size;
    largest = Math.max(largest, size);
  }
  const fits = bytes <= SYNC_QUOTA_BYTES * 0.9 && largest <= SYNC_QUOTA_BYTES_PER_ITEM - 256 && entries.length <= SYNC_MAX_ITEMS - 32;
  return { fits, bytes };
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** Rapport's own write budget: half of Chrome's per-minute limit, five sixths of its hourly one. */
export class WriteBudget {
  private stamps: number[] = [];

  constructor(
    private readonly perMinute = 60,
    private readonly perHour = 1500,
  ) {}

  /** Milliseconds until `ops` more writes fit in both windows (0: now). */
  waitFor(ops: number, now: number): number {
    this.stamps = this.stamps.filter((t) => t > now - HOUR);
    const wait = (window: number, cap: number) => {
      const inWindow = this.stamps.filter((t) => t > now - window);
      const over = inWindow.length + ops - cap;
      return over <= 0 ? 0 : inWindow[over - 1]! + window - now + 1;
    };
    return Math.max(wait(MINUTE, this.perMinute), wait(HOUR, this.perHour));
  }

  spend(ops: number, now: number): void {
    for (let i = 0; i < ops; i += 1) this.stamps.push(now);
  }
}

/** How long to wait after a refused write: past the limit's window, longer on each refusal. */
export function backoffMs(limit: RateLimit | null, failures: number): number {
  const base = limit === 'MAX_WRITE_OPERATIONS_PER_HOUR' ? 10 * MINUTE : limit ? MINUTE + 1000 : 5000;
  const cap = limit ? HOUR : 5 * MINUTE;
  return Math.min(cap, base * 2 ** Math.max(0, failures - 1));
}

const TAIL = 'They are kept on this computer only for now and do not sync to your other browsers; Rapport moves them back to sync by itself once they fit again.';

export function sizeNotice(limit: SizeLimit, cause: unknown): string {
  switch (limit) {
    case 'QUOTA_BYTES':
      return `Your templates no longer fit in the browser's sync storage: together they pass its 100 KB limit (QUOTA_BYTES). ${TAIL}`;
    case 'QUOTA_BYTES_PER_ITEM':
      return `Your templates no longer fit in the browser's sync storage: one of them is larger than the 8 KB it allows for one item (QUOTA_BYTES_PER_ITEM). ${TAIL}`;
    case 'MAX_ITEMS':
      return `Your templates no longer fit in the browser's sync storage: it holds at most 512 items (MAX_ITEMS). ${TAIL}`;
    default:
      return `Your templates no longer fit in the browser's sync storage (${errorMessage(cause)}). ${TAIL}`;
  }
}

export function rateNotice(limit: RateLimit | null): string {
  const which = limit === 'MAX_WRITE_OPERATIONS_PER_HOUR'
    ? 'the browser allows 1,800 sync writes an hour (MAX_WRITE_OPERATIONS_PER_HOUR)'
    : limit
      ? 'the browser allows 120 sync writes a minute (MAX_WRITE_OPERATIONS_PER_MINUTE)'
      : 'the browser’s sync storage did not take the last write';
  return `Your latest template changes are saved on this computer and will reach sync by themselves shortly: ${which}. Nothing is lost meanwhile.`;
}

export const RESTORED_NOTICE = 'Your templates fit in the browser’s sync storage again and sync to your other browsers.';
