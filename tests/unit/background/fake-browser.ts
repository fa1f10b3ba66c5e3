// A storage area that behaves like Chrome's where it matters to the store: values are copied
// in and out (JSON), `set` is all-or-nothing, and sync's quotas (8 KB per item, 100 KB total)
// are enforced with Chrome's error messages, as is its write-rate limit when one is given (Chrome:
// 120 writes a minute). Plus a recording fake of `action`.
import type { StorageArea } from '../../../src/background/store/storage-area';

export interface Quota {
  perItem?: number;
  total?: number;
  /** Writes (set or remove) allowed in any 60 seconds, as Chrome's MAX_WRITE_OPERATIONS_PER_MINUTE. */
  writesPerMinute?: number;
}

const bytesOf = (key: string, value: unknown) => key.length + JSON.stringify(value).length;

export class FakeArea implements StorageArea {
  data = new Map<string, string>();
  writes = 0;
  removes = 0;
  /** Makes the next `set` fail with this message (to test rollbacks). */
  failNextSet: string | null = null;
  /** Makes every `set` for which this returns a message fail with it. */
  failSetIf: ((items: Record<string, unknown>) => string | null) | null = null;
  private stamps: number[] = [];

  constructor(private readonly quota: Quota = {}) {}

  async get(keys?: null | string | string[]): Promise<Record<string, unknown>> {
    const wanted = keys == null ? [...this.data.keys()] : Array.isArray(keys) ? keys : [keys];
    const out: Record<string, unknown> = {};
    for (const key of wanted) if (this.data.has(key)) out[key] = JSON.parse(this.data.get(key)!);
    return out;
  }

  async set(items: Record<string, unknown>): Promise<void> {
    if (this.failNextSet) {
      const message = this.failNextSet;
      this.failNextSet = null;
      throw new Error(message);
    }
    const refusal = this.failSetIf?.(items);
    if (refusal) throw new Error(refusal);
    this.checkRate();
    const next = new Map(this.data);
    for (const [key, value] of Object.entries(items)) {
      if (this.quota.perItem && bytesOf(key, value) > this.quota.perItem) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
      next.set(key, JSON.stringify(value));
    }
    if (this.quota.total && [...next].reduce((sum, [k, v]) => sum + k.length + v.length, 0) > this.quota.total) throw new Error('QUOTA_BYTES quota exceeded');
    this.data = next;
    this.writes += 1;
    this.stamps.push(Date.now());
  }

  async remove(keys: string | string[]): Promise<void> {
    this.checkRate();
    for (const key of Array.isArray(keys) ? keys : [keys]) this.data.delete(key);
    this.removes += 1;
    this.stamps.push(Date.now());
  }

  private checkRate(): void {
    if (!this.quota.writesPerMinute) return;
    const now = Date.now();
    if (this.stamps.filter((t) => t > now - 60_000).length >= this.quota.writesPerMinute) {
      throw new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.');
    }
  }

  async clear(): Promise<void> {
    this.data.clear();
  }

  /** Everything stored, as text: equal strings mean byte-identical storage. */
  dump(): string {
    return JSON.stringify([...this.data].sort(([a], [b]) => a.localeCompare(b)));
  }

  raw(key: string): unknown {
    const value = this.data.get(key);
    return value === undefined ? undefined : JSON.parse(value);
  }

  bytes(prefix = ''): number {
    return [...this.data].filter(([k]) => k.startsWith(prefix)).reduce((sum, [k, v]) => sum + k.length + v.length, 0);
  }
}

export function syncArea(): FakeArea {
  return new FakeArea({ perItem: 8192, total: 102400 });
}

export class FakeAction {
  text = '';
  title = '';
  color = '';
  async setBadgeText({ text }: { text: string }) {
    this.text = text;
  }
  async setBadgeBackgroundColor({ color }: { color: string }) {
    this.color = color;
  }
  async setTitle({ title }: { title: string }) {
    this.title = title;
  }
}
