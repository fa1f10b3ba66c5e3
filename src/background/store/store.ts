// The only code that writes storage. Every operation is run through one SerialQueue by the
// router, and each one ends in a single `set` per storage area, so it lands whole or not at all.
// Config bound for sync may wait in a local journal (sync-journal.ts); its flushes share a lock
// with config writes.
import type { Invitation, Settings, Template } from '../../core/schemas';
import type { StorageNotice } from '../../shared/messages';
import { encodeSettings, encodeTemplate, ORDER_KEY, SETTINGS_KEY, TEMPLATE_PREFIX } from './config-record';
import { putInvitations, removeInvitation, replaceInvitations } from './invitation-writes';
import { readStartView, type StartView } from './start-view';
import { correctionKey, encodeCorrections, type StoredCorrections } from './correction-record';
import { hasCorrections } from '../../core/corrections';
import { loadState, type StoreState } from './load';
import { META_KEY } from './meta';
import { SerialQueue } from './serial-queue';
import type { StorageAreas } from './storage-area';
import { SyncJournal, type WriteOutcome } from './sync-journal';
import { fitsInSync, rateNotice, RESTORED_NOTICE, sizeNotice, syncLimitOf, type SizeLimit } from './sync-limits';

const templateKey = (id: string) => `${TEMPLATE_PREFIX}${id}`;

export class Store {
  private loaded: Promise<StoreState> | null = null;
  /** Config writes, journal flushes and moves between areas run one at a time. */
  private readonly configLock = new SerialQueue();
  private readonly journal: SyncJournal;
  /** The size (bytes) sync last refused when config tried to move back; smaller is tried again. */
  private refusedBytes = Infinity;
  /** The worker's first answers, read from the index; used only until the full load starts. */
  private start: Promise<StartView | null> | null = null;
  private fullLoadStarted = false;

  constructor(
    private readonly areas: StorageAreas,
    private readonly starters: readonly Template[],
    private readonly options: {
      wakeAt?: (at: number) => void;
      /** Runs the full load and the index check when the first answers are out (the worker's queue). */
      afterStart?: (check: () => Promise<unknown>) => void;
    } = {},
  ) {
    const due = () => {
      void this.configLock.run(() => this.flushJournal()).catch((error: unknown) => console.error('Rapport: writing templates to sync failed', error));
    };
    this.journal = new SyncJournal(areas.local, areas.sync, due, options.wakeAt);
  }

  /**
   * What a read at worker start may answer from (start-view.ts): null once the full load has
   * started, or when the index cannot serve (missing, invalid, a journal pending…); the caller then
   * asks state(). The first view schedules the full load, which checks the index against the records.
   */
  startView(): Promise<StartView | null> {
    if (this.fullLoadStarted) return Promise.resolve(null);
    this.start ??= readStartView(this.areas).then(
      (view) => {
        if (view) this.options.afterStart?.(() => this.state());
        return view;
      },
      (error: unknown) => {
        console.error('Rapport: reading the invitation index failed', error);
        return null;
      },
    );
    return this.start.then((view) => (this.fullLoadStarted ? null : view));
  }

  state(): Promise<StoreState> {
    this.fullLoadStarted = true;
    this.loaded ??= loadState(this.areas, this.starters).then(
      (state) => {
        this.afterLoad(state);
        return state;
      },
      (error: unknown) => {
        this.loaded = null;
        throw error;
      },
    );
    return this.loaded;
  }

  /** A journal left by a stopped worker is flushed; config kept locally may fit in sync again. */
  private afterLoad(state: StoreState): void {
    if (state.pendingSync) this.journal.resume(state.pendingSync);
    if (state.meta.configArea === 'local') {
      void this.configLock.run(() => this.moveBackIfItFits(state)).catch((error: unknown) => console.error('Rapport: moving templates back to sync failed', error));
    }
  }

  /** Forget the cache (another browser changed synced templates); the next read reloads. */
  invalidate(): void {
    this.loaded = null;
    this.fullLoadStarted = true; // the start view's config may be what changed
  }

  /** The records and the index chunks they change, in one set (invitation-writes.ts). */
  async putInvitations(invitations: readonly Invitation[]): Promise<void> {
    if (invitations.length) await putInvitations(this.areas.local, await this.state(), invitations);
  }

  async removeInvitation(id: string): Promise<void> {
    await removeInvitation(this.areas.local, await this.state(), id);
  }

  /** Writes people's corrections in one `set`; a person whose set is empty has theirs removed. */
  async putCorrections(records: readonly StoredCorrections[]): Promise<void> {
    if (!records.length) return;
    const state = await this.state();
    const set: Record<string, unknown> = {};
    const remove: string[] = [];
    for (const r of records) {
      if (hasCorrections(r.fields)) set[correctionKey(r.key)] = encodeCorrections(r);
      else remove.push(correctionKey(r.key));
    }
    if (Object.keys(set).length) await this.areas.local.set(set);
    if (remove.length) await this.areas.local.remove(remove);
    for (const r of records) {
      if (hasCorrections(r.fields)) state.corrections.set(r.key, r);
      else state.corrections.delete(r.key);
    }
  }

  /** Replaces every invitation; a worker stopped half-way is finished at the next start (invitation-writes.ts). */
  async replaceInvitations(next: readonly Invitation[]): Promise<void> {
    await replaceInvitations(this.areas.local, await this.state(), next);
  }

  /**
   * Writes templates (in order) and/or settings where config lives; templates missing from the new
   * list are removed. In sync the write may wait (journaled in storage.local, see sync-journal.ts);
   * a size quota moves all config to storage.local with a notice naming the limit, and from there
   * it moves back to sync as soon as it fits again.
   */
  async saveConfig(change: { templates?: Template[]; settings?: Settings }): Promise<void> {
    const state = await this.state();
    await this.configLock.run(async () => {
      const templates = change.templates ?? state.templates;
      const settings = change.settings ?? state.settings;
      const set: Record<string, unknown> = {};
      let remove: string[] = [];
      if (change.templates) {
        const before = new Map(state.templates.map((t) => [t.id, t]));
        for (const t of templates) if (before.get(t.id) !== t) set[templateKey(t.id)] = encodeTemplate(t);
        set[ORDER_KEY] = templates.map((t) => t.id);
        const kept = new Set(templates.map((t) => t.id));
        remove = state.templates.filter((t) => !kept.has(t.id)).map((t) => templateKey(t.id));
      }
      if (change.settings) set[SETTINGS_KEY] = encodeSettings(settings);
      if (state.meta.configArea === 'local') {
        await this.areas.local.set(set);
        if (remove.length) await this.areas.local.remove(remove);
        state.templates = templates;
        state.settings = settings;
        // The save itself is done; a failed move back is tried again at the next save or start.
        await this.moveBackIfItFits(state).catch((error: unknown) => console.error('Rapport: moving templates back to sync failed', error));
        return;
      }
      const outcome = await this.journal.write({ set, remove });
      if (outcome.kind === 'too-big') await this.moveConfigToLocal(state, templates, settings, outcome.limit, outcome.error);
      state.templates = templates;
      state.settings = settings;
      await this.noteOutcome(state, outcome);
    });
  }

  /** The timer of a waiting journal: flush it, or move config to local if it proves too big. */
  private async flushJournal(): Promise<void> {
    const state = await this.state();
    if (state.meta.configArea !== 'sync') return this.journal.reset();
    const outcome = await this.journal.flush();
    if (outcome?.kind === 'too-big') await this.moveConfigToLocal(state, state.templates, state.settings, outcome.limit, outcome.error);
    if (outcome) await this.noteOutcome(state, outcome);
  }

  /** A refused write says which rate limit it waits out; the notice goes once the write lands. */
  private async noteOutcome(state: StoreState, outcome: WriteOutcome): Promise<void> {
    let notice: StorageNotice | null | undefined;
    if (outcome.kind === 'deferred' && outcome.refused) {
      notice = { kind: 'sync-rate', message: rateNotice(outcome.refused.limit), at: new Date().toISOString(), ...(outcome.refused.limit ? { limit: outcome.refused.limit } : {}) };
    } else if (outcome.kind === 'written' && state.meta.notice?.kind === 'sync-rate') notice = null;
    if (notice === undefined) return;
    const meta = { ...state.meta, notice };
    await this.areas.local.set({ [META_KEY]: meta });
    state.meta = meta;
  }

  private configItems(templates: readonly Template[], settings: Settings): Record<string, unknown> {
    const items: Record<string, unknown> = { [ORDER_KEY]: templates.map((t) => t.id), [SETTINGS_KEY]: encodeSettings(settings) };
    for (const t of templates) items[templateKey(t.id)] = encodeTemplate(t);
    return items;
  }

  private async moveConfigToLocal(state: StoreState, templates: Template[], settings: Settings, limit: SizeLimit, cause: unknown): Promise<void> {
    const notice: StorageNotice = { kind: 'sync-quota', limit, message: sizeNotice(limit, cause), at: new Date().toISOString() };
    const meta = { ...state.meta, configArea: 'local' as const, notice };
    // One set: the config and the bookkeeping that says where it lives land together.
    await this.areas.local.set({ ...this.configItems(templates, settings), [META_KEY]: meta });
    state.meta = meta;
    await this.journal.discard();
  }

  /**
   * Config kept in storage.local goes back to sync once it fits (with room to spare): all of it
   * in one write (after sync's stale templates are removed), then the bookkeeping, then the local copies.
   * A refusal leaves everything where it was; the same size is not tried again.
   */
  private async moveBackIfItFits(state: StoreState): Promise<void> {
    const items = this.configItems(state.templates, state.settings);
    const { fits, bytes } = fitsInSync(items);
    const now = Date.now();
    if (!fits || bytes >= this.refusedBytes || this.journal.budget.waitFor(2, now) > 0) return;
    this.journal.budget.spend(2, now);
    try {
      // Stale copies first: sync counts what it still holds against the quota. Nothing reads
      // sync's copies until the bookkeeping below says config lives there again.
      const stale = Object.keys(await this.areas.sync.get(null)).filter((key) => key.startsWith(TEMPLATE_PREFIX) && !(key in items));
      if (stale.length) await this.areas.sync.remove(stale);
      await this.areas.sync.set(items);
    } catch (error) {
      if (syncLimitOf(error)?.kind === 'size') this.refusedBytes = bytes;
      return;
    }
    const meta = { ...state.meta, configArea: 'sync' as const, notice: { kind: 'sync-restored' as const, message: RESTORED_NOTICE, at: new Date().toISOString() } };
    await this.areas.local.set({ [META_KEY]: meta });
    state.meta = meta;
    await this.areas.local.remove(Object.keys(await this.areas.local.get(null)).filter((key) => key in items || key.startsWith(TEMPLATE_PREFIX)));
  }

  async discardQuarantined(key: string): Promise<boolean> {
    const state = await this.state();
    const item = state.quarantine.find((q) => q.key === key);
    if (!item) return false;
    // Only the value that was kept aside: a valid record written since under the same key (an
    // import of that person) stays.
    const stored = (await this.areas[item.area].get(key))[key];
    if ((JSON.stringify(stored) ?? String(stored)) === item.raw) await this.areas[item.area].remove(key);
    state.quarantine = state.quarantine.filter((q) => q !== item);
    return true;
  }

  /** Delete all data: both areas are cleared; the next read starts fresh (starters included). */
  async clearAll(): Promise<void> {
    await this.configLock.run(async () => {
      this.journal.reset();
      await Promise.all([this.areas.local.clear(), this.areas.sync.clear()]);
      this.loaded = null;
    });
  }
}
