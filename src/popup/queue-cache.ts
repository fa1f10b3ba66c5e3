// The popup's window onto the queue: pages of `invitations.list` per section, loaded when they
// scroll into view, so 10,000 invitations cost a few small messages instead of one big one.
// A reload (as the popup opens, after an action, or when it regains focus) asks for the opening —
// every section's first page and size, and the summary, in one message (queue.open) — and the
// other pages in view, and swaps them in together, so rows never flash empty and an old answer
// never overwrites a newer.
import type { InvitationView, QueueOpening, QueueSummary } from '../shared/messages';
import type { CopyKind } from './follow-up';
import type { RowKind } from './keys';

/** Invitation sections (due, waiting, stale) and, after acceptance, conversation sections (issue #21). */
export const BUCKETS = ['due', 'ask', 'request-due', 'no-reply', 'waiting', 'stale'] as const;
export type QueueBucket = (typeof BUCKETS)[number];
export type ConversationSection = Extract<QueueBucket, 'ask' | 'request-due' | 'no-reply'>;

export function isConversationSection(bucket: QueueBucket): bucket is ConversationSection {
  return bucket === 'ask' || bucket === 'request-due' || bucket === 'no-reply';
}

export const rowKindOf = (bucket: QueueBucket): RowKind => (isConversationSection(bucket) ? 'conversation' : 'invitation');

/** What Copy offers in a section: the request to someone freshly accepted, else a follow-up. */
export function copyKindOf(bucket: QueueBucket): CopyKind {
  if (bucket === 'ask') return 'conversation';
  return isConversationSection(bucket) ? 'conversation-follow-up' : 'follow-up';
}

const noRows = (): Record<QueueBucket, number> => Object.fromEntries(BUCKETS.map((b) => [b, 0])) as Record<QueueBucket, number>;
// A page holds a few screens of rows (five show at once): the popup's first render waits for the
// first page of every section, so a page is what one open costs the background and the message.
// (No more than queue.open's limit of 100.)
export const PAGE_SIZE = 25;

export type FetchPage = (bucket: QueueBucket, offset: number, limit: number) => Promise<{ items: InvitationView[]; total: number }>;
/** The opening: the first `limit` rows and the size of every section, and the summary. */
export type FetchOpening = (limit: number) => Promise<QueueOpening>;
export type Ranges = Map<QueueBucket, { from: number; to: number }>;

const pageKey = (bucket: QueueBucket, page: number) => `${bucket}:${page}`;

export class QueueCache {
  totals: Record<QueueBucket, number> = noRows();
  private pages = new Map<string, InvitationView[]>();
  private loading = new Set<string>();
  private generation = 0;

  constructor(
    private readonly fetchOpening: FetchOpening,
    private readonly fetchPage: FetchPage,
    private readonly onChange: () => void,
    private readonly onError: (error: unknown) => void,
    readonly pageSize = PAGE_SIZE,
  ) {}

  item(bucket: QueueBucket, index: number): InvitationView | undefined {
    return this.pages.get(pageKey(bucket, Math.floor(index / this.pageSize)))?.[index % this.pageSize];
  }

  /** Loads the pages covering rows [from, to) of a section that are neither held nor on the way. */
  async ensure(bucket: QueueBucket, from: number, to: number): Promise<void> {
    const generation = this.generation;
    const wanted = this.pagesFor(bucket, from, to).filter((p) => !this.pages.has(pageKey(bucket, p)) && !this.loading.has(pageKey(bucket, p)));
    await Promise.all(
      wanted.map(async (page) => {
        const key = pageKey(bucket, page);
        this.loading.add(key);
        try {
          const result = await this.fetchPage(bucket, page * this.pageSize, this.pageSize);
          if (generation !== this.generation) return;
          this.pages.set(key, result.items);
          this.totals = { ...this.totals, [bucket]: result.total };
          this.onChange();
        } catch (error) {
          if (generation === this.generation) this.onError(error);
        } finally {
          if (generation === this.generation) this.loading.delete(key);
        }
      }),
    );
  }

  /**
   * Fetches the opening plus the other pages covering `keep`, then replaces the whole cache at
   * once, and returns the opening's summary (null when a newer reload overtook this one). Throws
   * (leaving the cache as it was) when the background fails. `opening`: one already asked for.
   */
  async reload(keep: Ranges = new Map(), opening?: Promise<QueueOpening>): Promise<QueueSummary | null> {
    const generation = ++this.generation;
    this.loading.clear();
    const jobs: { bucket: QueueBucket; page: number }[] = [];
    for (const bucket of BUCKETS) {
      const range = keep.get(bucket);
      for (const page of range ? this.pagesFor(bucket, range.from, range.to) : []) if (page > 0) jobs.push({ bucket, page });
    }
    const [first, results] = await Promise.all([
      opening ?? this.fetchOpening(this.pageSize),
      Promise.all(jobs.map((j) => this.fetchPage(j.bucket, j.page * this.pageSize, this.pageSize))),
    ]);
    if (generation !== this.generation) return null;
    this.adopt(first);
    jobs.forEach((job, i) => this.pages.set(pageKey(job.bucket, job.page), results[i]!.items));
    this.onChange();
    return first.summary;
  }

  /**
   * Holds the opening's first pages and sizes in place of everything held: for the first frame
   * (which draws from it at once, so no onChange), and by reload().
   */
  adopt(first: QueueOpening): void {
    const pages = new Map<string, InvitationView[]>();
    // The first page's total is the section's size; later pages agree unless data moved meanwhile.
    const totals = noRows();
    for (const bucket of BUCKETS) {
      pages.set(pageKey(bucket, 0), first.sections[bucket].items);
      totals[bucket] = first.sections[bucket].total;
    }
    this.pages = pages;
    this.totals = totals;
  }

  private pagesFor(bucket: QueueBucket, from: number, to: number): number[] {
    const last = Math.min(to, this.totals[bucket] || to);
    const pages: number[] = [];
    for (let p = Math.floor(Math.max(0, from) / this.pageSize); p * this.pageSize < last; p++) pages.push(p);
    return pages;
  }
}
