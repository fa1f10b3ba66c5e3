// The only code that writes storage. Every operation is run through one SerialQueue by the
// router, and each one ends in a single `set` per storage area, so it lands whole or not at all.
import type { Invitation, Settings, Template } from '../../core/schemas';
import type { StorageNotice } from '../../shared/messages';
import { encodeSettings, encodeTemplate, ORDER_KEY, SETTINGS_KEY, TEMPLATE_PREFIX } from './config-record';
import { encodeInvitation, INVITATION_PREFIX } from './invitation-record';
import { loadState, type StoreState } from './load';
import { JOURNAL_KEY, META_KEY } from './meta';
import { isQuotaError, type StorageAreas } from './storage-area';

export const invitationKey = (id: string) => `${INVITATION_PREFIX}${id}`;
const templateKey = (id: string) => `${TEMPLATE_PREFIX}${id}`;

export class Store {
  private loaded: Promise<StoreState> | null = null;

  constructor(
    private readonly areas: StorageAreas,
    private readonly starters: readonly Template[],
  ) {}

  state(): Promise<StoreState> {
    this.loaded ??= loadState(this.areas, this.starters).catch((error: unknown) => {
      this.loaded = null;
      throw error;
    });
    return this.loaded;
  }

  /** Forget the cache (another browser changed synced templates); the next read reloads. */
  invalidate(): void {
    this.loaded = null;
  }

  async putInvitations(invitations: readonly Invitation[]): Promise<void> {
    if (!invitations.length) return;
    const state = await this.state();
    const items: Record<string, unknown> = {};
    for (const inv of invitations) items[invitationKey(inv.id)] = encodeInvitation(inv);
    await this.areas.local.set(items);
    for (const inv of invitations) state.invitations.set(inv.id, inv);
  }

  async removeInvitation(id: string): Promise<void> {
    const state = await this.state();
    await this.areas.local.remove(invitationKey(id));
    state.invitations.delete(id);
  }

  /**
   * Replaces every invitation. The new records and a journal naming the old keys are written in
   * one `set`; the old keys are removed after. If the worker stops in between, the next start
   * finishes the removal (see load.ts), so a half-applied replace is never visible.
   */
  async replaceInvitations(next: readonly Invitation[]): Promise<void> {
    const state = await this.state();
    const nextKeys = new Set(next.map((inv) => invitationKey(inv.id)));
    const stale = [...state.invitations.keys()].map(invitationKey).filter((key) => !nextKeys.has(key));
    const items: Record<string, unknown> = { [JOURNAL_KEY]: { remove: stale } };
    for (const inv of next) items[invitationKey(inv.id)] = encodeInvitation(inv);
    await this.areas.local.set(items);
    state.invitations = new Map(next.map((inv) => [inv.id, inv]));
    await this.areas.local.remove([...stale, JOURNAL_KEY]);
  }

  /**
   * Writes templates (in order) and/or settings where config lives; templates missing from the new
   * list are removed. On a sync quota error all config moves to storage.local, and a notice (in
   * the meta record, shown by the options page) says the templates no longer sync.
   */
  async saveConfig(change: { templates?: Template[]; settings?: Settings }): Promise<void> {
    const state = await this.state();
    const templates = change.templates ?? state.templates;
    const settings = change.settings ?? state.settings;
    const items: Record<string, unknown> = {};
    let removed: string[] = [];
    if (change.templates) {
      const before = new Map(state.templates.map((t) => [t.id, t]));
      for (const t of templates) if (before.get(t.id) !== t) items[templateKey(t.id)] = encodeTemplate(t);
      items[ORDER_KEY] = templates.map((t) => t.id);
      const kept = new Set(templates.map((t) => t.id));
      removed = state.templates.filter((t) => !kept.has(t.id)).map((t) => templateKey(t.id));
    }
    if (change.settings) items[SETTINGS_KEY] = encodeSettings(settings);
    try {
      await this.configArea(state).set(items);
    } catch (error) {
      if (state.meta.configArea === 'local' || !isQuotaError(error)) throw error;
      await this.moveConfigToLocal(templates, settings, error);
    }
    if (removed.length) await this.configArea(state).remove(removed);
    state.templates = templates;
    state.settings = settings;
  }

  private configArea(state: StoreState) {
    return state.meta.configArea === 'local' ? this.areas.local : this.areas.sync;
  }

  private async moveConfigToLocal(templates: Template[], settings: Settings, cause: unknown): Promise<void> {
    const state = await this.state();
    const notice: StorageNotice = {
      kind: 'sync-quota',
      message: `Your templates no longer fit in the browser's sync storage (${(cause as Error).message ?? 'quota exceeded'}). They are kept on this computer only and will not sync to your other browsers.`,
      at: new Date().toISOString(),
    };
    const meta = { ...state.meta, configArea: 'local' as const, notice };
    const items: Record<string, unknown> = { [META_KEY]: meta, [ORDER_KEY]: templates.map((t) => t.id), [SETTINGS_KEY]: encodeSettings(settings) };
    for (const t of templates) items[templateKey(t.id)] = encodeTemplate(t);
    await this.areas.local.set(items);
    state.meta = meta;
  }

  async discardQuarantined(key: string): Promise<boolean> {
    const state = await this.state();
    const item = state.quarantine.find((q) => q.key === key);
    if (!item) return false;
    await this.areas[item.area].remove(key);
    state.quarantine = state.quarantine.filter((q) => q !== item);
    return true;
  }

  /** Delete all data: both areas are cleared; the next read starts fresh (starters included). */
  async clearAll(): Promise<void> {
    await Promise.all([this.areas.local.clear(), this.areas.sync.clear()]);
    this.loaded = null;
  }
}
