// Template and settings writes bound for storage.sync. A write goes straight to sync when
// Rapport's budget allows; otherwise (budget spent, a rate limit hit, sync failing) it is first
// kept in storage.local under `syncPending` — the journal — and only then acknowledged, and
// later edits are merged into it, so a burst of edits becomes one write. The journal is flushed
// to sync when the wait is over; a worker that stops meanwhile loses nothing: the next start
// reads the journal over sync's contents (load.ts) and flushes it.
import type { StorageArea } from './storage-area';
import { backoffMs, syncLimitOf, WriteBudget, type RateLimit, type SizeLimit } from './sync-limits';

export const SYNC_PENDING_KEY = 'syncPending';
/** The alarm that wakes a stopped worker to flush a journal that waits longer than it lives. */
export const SYNC_FLUSH_ALARM = 'rapport-sync-flush';
/** A worker idle this long may be stopped (Chrome: 30 s); longer waits also set the alarm. */
const WORKER_IDLE_MS = 20_000;

/** Keys to set and keys to remove in sync; later writes win. */
export interface PendingWrite {
  set: Record<string, unknown>;
  remove: string[];
}

export type WriteOutcome =
  | { kind: 'written' }
  | { kind: 'deferred'; refused: { limit: RateLimit | null } | null }
  | { kind: 'too-big'; limit: SizeLimit; error: unknown };

export function mergeWrites(earlier: PendingWrite | null, later: PendingWrite): PendingWrite {
  const set = { ...earlier?.set };
  const remove = new Set(earlier?.remove);
  for (const key of later.remove) {
    delete set[key];
    remove.add(key);
  }
  for (const [key, value] of Object.entries(later.set)) {
    set[key] = value;
    remove.delete(key);
  }
  return { set, remove: [...remove] };
}

/** Sync's items as they will be once the journal is flushed. */
export function overlayPending(items: Record<string, unknown>, pending: PendingWrite | null): Record<string, unknown> {
  if (!pending) return items;
  const out = { ...items, ...pending.set };
  for (const key of pending.remove) delete out[key];
  return out;
}

export function readPending(raw: unknown): PendingWrite | null {
  if (!raw || typeof raw !== 'object') return null;
  const { set, remove } = raw as { set?: unknown; remove?: unknown };
  if (!set || typeof set !== 'object' || Array.isArray(set)) return null;
  return { set: set as Record<string, unknown>, remove: Array.isArray(remove) ? remove.filter((k): k is string => typeof k === 'string') : [] };
}

const opsOf = (write: PendingWrite) => (Object.keys(write.set).length ? 1 : 0) + (write.remove.length ? 1 : 0);

/** Every method runs under the store's config lock: one at a time. */
export class SyncJournal {
  pending: PendingWrite | null = null;
  readonly budget = new WriteBudget();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private failures = 0;
  private blockedUntil = 0;

  constructor(
    private readonly local: StorageArea,
    private readonly sync: StorageArea,
    /** Called when a waiting journal is due; the store runs flush() under its lock. */
    private readonly onDue: () => void,
    /** Asks the browser to start the worker again at `at` (an alarm), for long waits. */
    private readonly wakeAt: (at: number) => void = () => undefined,
  ) {}

  /** A journal found at start (the worker stopped before flushing it). */
  resume(pending: PendingWrite): void {
    if (this.pending) return;
    this.pending = pending;
    this.schedule(Date.now());
  }

  /** Writes to sync now if allowed; else journals to local first. Throws only if neither took it. */
  async write(change: PendingWrite, now = Date.now()): Promise<WriteOutcome> {
    const candidate = mergeWrites(this.pending, change);
    const outcome = await this.attempt(candidate, now);
    if (outcome.kind !== 'deferred') {
      if (this.pending && outcome.kind === 'written') await this.discard();
      return outcome;
    }
    await this.local.set({ [SYNC_PENDING_KEY]: candidate });
    this.pending = candidate;
    this.schedule(now);
    return outcome;
  }

  /** Writes the journal to sync if it is due; reschedules when it must wait longer. */
  async flush(now = Date.now()): Promise<WriteOutcome | null> {
    if (!this.pending) return null;
    const outcome = await this.attempt(this.pending, now);
    if (outcome.kind === 'written') await this.discard();
    else if (outcome.kind === 'deferred') this.schedule(now);
    return outcome;
  }

  /** Drops the journal (flushed, or its contents moved to storage.local with all the config). */
  async discard(): Promise<void> {
    await this.local.remove(SYNC_PENDING_KEY);
    this.reset();
  }

  /** Forgets everything in memory (delete-all clears storage itself). */
  reset(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.pending = null;
  }

  private async attempt(write: PendingWrite, now: number): Promise<WriteOutcome> {
    const ops = opsOf(write);
    if (ops === 0) return { kind: 'written' };
    if (now < this.blockedUntil || this.budget.waitFor(ops, now) > 0) return { kind: 'deferred', refused: null };
    this.budget.spend(ops, now);
    try {
      if (Object.keys(write.set).length) await this.sync.set(write.set);
      if (write.remove.length) await this.sync.remove(write.remove);
    } catch (error) {
      const limit = syncLimitOf(error);
      if (limit?.kind === 'size') return { kind: 'too-big', limit: limit.limit, error };
      this.failures += 1;
      this.blockedUntil = now + backoffMs(limit?.limit ?? null, this.failures);
      return { kind: 'deferred', refused: { limit: limit?.limit ?? null } };
    }
    this.failures = 0;
    this.blockedUntil = 0;
    return { kind: 'written' };
  }

  private schedule(now: number): void {
    if (!this.pending) return;
    clearTimeout(this.timer);
    const delay = Math.max(0, this.blockedUntil - now, this.budget.waitFor(opsOf(this.pending), now));
    if (delay > WORKER_IDLE_MS) this.wakeAt(now + delay);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.onDue();
    }, delay);
  }
}
