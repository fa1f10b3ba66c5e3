// Reads everything the store holds, once per worker start: finishes an interrupted replace
// (the journal), decodes and migrates every record, and puts aside what cannot be read —
// in place, under its own key, with the reason — so nothing is ever silently dropped.
import type { Settings, Template } from '../../core/schemas';
import type { QuarantineItem } from '../../shared/messages';
import { encodeTemplate, ORDER_KEY, TEMPLATE_PREFIX } from './config-record';
import { readConfig } from './config-load';
import type { CompactRecord } from './compact-check';
import { currentRecord, encodeInvitation, expandInvitation, INVITATION_PREFIX, readInvitation, storedRecord } from './invitation-record';
import { InvitationTable } from './invitation-table';
import { InvitationIndex } from './invitation-writes';
import { CORRECTION_PREFIX, correctionKey, decodeCorrections, type StoredCorrections } from './correction-record';
import { readMeta, JOURNAL_KEY, type Meta } from './meta';
import type { StorageArea, StorageAreas } from './storage-area';
import { overlayPending, readPending, SYNC_PENDING_KEY, type PendingWrite } from './sync-journal';

export interface StoreState {
  /** Checked at load; each expanded on first use (invitation-table.ts). */
  invitations: InvitationTable;
  /** The stored index of the invitations as kept in memory (invitation-writes.ts). */
  index: InvitationIndex;
  /** The person's corrections of what was read, by profile key. */
  corrections: Map<string, StoredCorrections>;
  templates: Template[];
  settings: Settings;
  meta: Meta;
  quarantine: QuarantineItem[];
  /** Config writes kept in storage.local that have not reached sync yet (sync-journal.ts). */
  pendingSync: PendingWrite | null;
}

export async function loadState(areas: StorageAreas, starters: readonly Template[]): Promise<StoreState> {
  const local = await areas.local.get(null);
  await finishJournal(areas.local, local);
  const meta = readMeta(local);
  // Writes still waiting for sync are newer than what sync holds, so they are read over it.
  // With config in storage.local a leftover journal is already part of it (see Store).
  const pendingSync = meta.configArea === 'sync' ? readPending(local[SYNC_PENDING_KEY]) : null;
  const configItems = meta.configArea === 'local' ? local : overlayPending(await areas.sync.get(null), pendingSync);
  const configStore: StorageArea = meta.configArea === 'local' ? areas.local : areas.sync;
  const quarantine: QuarantineItem[] = [];
  const keep = (key: string, area: 'local' | 'sync', reason: string, raw: unknown) =>
    quarantine.push({ key, area, reason, raw: JSON.stringify(raw) ?? String(raw) });

  // Every record is checked here, once, so what cannot be read is kept aside at start as before;
  // nothing is expanded (invitation-table.ts). One walk over the keys (10,000 records: no
  // per-record arrays or strings); corrections are read after, so the quarantine keeps its order.
  const invitations = new InvitationTable();
  const rewriteLocal: Record<string, unknown> = {};
  const correctionKeys: string[] = [];
  for (const key in local) {
    if (key.startsWith(INVITATION_PREFIX)) readStoredInvitation(key, local[key], invitations, rewriteLocal, keep);
    else if (key.startsWith(CORRECTION_PREFIX)) correctionKeys.push(key);
  }

  const corrections = new Map<string, StoredCorrections>();
  for (const key of correctionKeys) {
    const raw = local[key];
    const decoded = decodeCorrections(raw);
    if (!decoded.ok) keep(key, 'local', decoded.reason, raw);
    else if (correctionKey(decoded.value.key) !== key) keep(key, 'local', 'the record’s profile does not match its key', raw);
    else corrections.set(decoded.value.key, decoded.value);
  }

  const configArea = meta.configArea;
  const config = readConfig(configItems, (key, reason, raw) => keep(key, configArea, reason, raw));
  const rewriteConfig = config.rewrite;
  const settings = config.settings;
  let templates = config.templates;

  // The index is checked against the records just read; on any difference it is written anew,
  // in the same set as any migrated record (invitation-index.ts).
  const index = InvitationIndex.of(recordsOf(invitations));
  if (!index.matches(local)) Object.assign(rewriteLocal, index.items());

  if (!meta.seeded && templates.length === 0 && !quarantine.some((q) => q.key.startsWith(TEMPLATE_PREFIX))) {
    templates = [...starters];
    for (const t of templates) rewriteConfig[`${TEMPLATE_PREFIX}${t.id}`] = encodeTemplate(t);
    rewriteConfig[ORDER_KEY] = templates.map((t) => t.id);
  }
  if (!meta.seeded) {
    meta.seeded = true;
    rewriteLocal.meta = meta;
  }
  // Migrated records are rewritten in their new form; a failure here only means they are
  // migrated again next time, so it must not stop the store from starting.
  await Promise.allSettled([
    Object.keys(rewriteLocal).length ? areas.local.set(rewriteLocal) : null,
    Object.keys(rewriteConfig).length ? configStore.set(rewriteConfig) : null,
    meta.configArea === 'local' && local[SYNC_PENDING_KEY] !== undefined ? areas.local.remove(SYNC_PENDING_KEY) : null,
  ]);
  return { invitations, index, corrections, templates, settings, meta, quarantine, pendingSync };
}

/**
 * One stored invitation checked (and migrated) into the table, or kept aside with the reason. Its
 * key names its id: keys are unique, so ids read this way are too.
 */
function readStoredInvitation(key: string, raw: unknown, table: InvitationTable, rewrite: Record<string, unknown>, keep: (key: string, area: 'local', reason: string, raw: unknown) => void): void {
  // The common case (current, passes the fast check) builds nothing but the id from the key
  // (a v4 record is stored without it); anything else asks zod.
  const id = key.slice(INVITATION_PREFIX.length);
  const current = currentRecord(raw, id);
  const read = current ? null : readInvitation(raw, id);
  if (read && !read.ok) return keep(key, 'local', read.reason, raw);
  const value = current ?? read!.value;
  // A migrated record brings its own id: as key === INVITATION_PREFIX + id (the prefix is checked).
  if (key.length !== INVITATION_PREFIX.length + value.i.length || !key.endsWith(value.i)) return keep(key, 'local', 'the record’s id does not match its key', raw);
  if (!read?.migrated) return table.addStored(value);
  // Written back in its new form, exactly as a write of the invitation would store it.
  const record = encodeInvitation(expandInvitation(value));
  table.addStored(record);
  rewrite[key] = storedRecord(record);
}

function* recordsOf(table: InvitationTable): Iterable<CompactRecord> {
  for (const row of table.rows()) yield row.record;
}

/** A replace import writes the new records with a journal, then removes the old ones. */
async function finishJournal(local: StorageArea, items: Record<string, unknown>): Promise<void> {
  const journal = items[JOURNAL_KEY] as { remove?: unknown } | undefined;
  if (!journal) return;
  const keys = Array.isArray(journal.remove) ? journal.remove.filter((k): k is string => typeof k === 'string') : [];
  await local.remove([...keys, JOURNAL_KEY]);
  for (const key of [...keys, JOURNAL_KEY]) delete items[key];
}
