// The worker's first answers — the popup's queue, the badge, the composer's "known person"
// look-up, templates and settings — read from the index (invitation-index.ts) and the config
// instead of every record: 65 small values for 10,000 invitations. Only the invitations an answer
// returns are read in full, checked as the full load checks them, and compared with their
// entry. Anything unexpected (no index, an unreadable or inconsistent one, a pending journal,
// config kept in storage.local, a first start) sends the caller to the full load (store.ts).
import type { Corrections } from '../../core/corrections';
import type { Invitation, Settings, Template } from '../../core/schemas';
import type { Facts, Row } from '../invitation-facts';
import type { CompactRecord } from './compact-check';
import { readConfig } from './config-load';
import { correctionKey, decodeCorrections } from './correction-record';
import { entryOf, INDEX_KEYS, readIndex, startRecordOf, type StartRecord } from './invitation-index';
import { expandInvitation, readInvitation } from './invitation-record';
import { invitationKey } from './invitation-writes';
import { JOURNAL_KEY, META_KEY, readMeta, type Meta } from './meta';
import type { StorageArea, StorageAreas } from './storage-area';
import { overlayPending, readPending, SYNC_PENDING_KEY } from './sync-journal';

/** An invitation as the index holds it; its full form once an answer needed it. */
export interface StartRow {
  readonly id: string;
  readonly record: StartRecord;
  invitation?: Invitation;
  facts?: Facts;
}

/** The index's rows, as the queries walk them (queries.ts). Never changed: no writes go here. */
export class StartRows {
  readonly version = 0;
  constructor(private readonly all: readonly StartRow[]) {}

  get size(): number {
    return this.all.length;
  }

  rows(): Iterable<StartRow> {
    return this.all;
  }
}

export class StartView {
  constructor(
    private readonly local: StorageArea,
    readonly invitations: StartRows,
    readonly templates: Template[],
    readonly settings: Settings,
    readonly meta: Meta,
  ) {}

  /**
   * Reads the full records of these rows. False when one is missing, unreadable or differs from
   * its index entry: the answer is then asked of the full load, which rewrites the index.
   */
  async expand(rows: readonly Row[]): Promise<boolean> {
    const wanted = rows.filter((row): row is StartRow => !row.invitation && !('v' in row.record));
    if (!wanted.length) return true;
    const items = await this.local.get(wanted.map((row) => invitationKey(row.id)));
    const read = wanted.map((row) => ({ row, read: readInvitation(items[invitationKey(row.id)], row.id) }));
    const same = (row: StartRow, record: CompactRecord) => JSON.stringify(startRecordOf(entryOf(record))) === JSON.stringify(row.record);
    for (const { row, read: r } of read) if (!r.ok || r.value.i !== row.id || !same(row, r.value)) return false;
    for (const { row, read: r } of read) if (r.ok) row.invitation = expandInvitation(r.value);
    return true;
  }

  /** The person's corrections ({} when none or unreadable: the full load keeps those aside). */
  async corrections(key: string | null): Promise<Corrections> {
    if (!key) return {};
    const raw = (await this.local.get(correctionKey(key)))[correctionKey(key)];
    if (raw === undefined) return {};
    const decoded = decodeCorrections(raw);
    return decoded.ok && decoded.value.key === key ? { ...decoded.value.fields } : {};
  }
}

/** The first answers' view, or null when only the full load can answer (see the top of this file). */
export async function readStartView(areas: StorageAreas): Promise<StartView | null> {
  const [local, sync] = await Promise.all([areas.local.get([META_KEY, JOURNAL_KEY, SYNC_PENDING_KEY, ...INDEX_KEYS]), areas.sync.get(null)]);
  if (local[JOURNAL_KEY] !== undefined || local[META_KEY] === undefined) return null;
  const meta = readMeta(local);
  if (!meta.seeded || meta.configArea !== 'sync') return null;
  const entries = readIndex(local);
  if (!entries) return null;
  // As the full load reads config: writes still waiting for sync over what sync holds.
  const config = readConfig(overlayPending(sync, readPending(local[SYNC_PENDING_KEY])), () => undefined);
  const rows = entries.map((entry): StartRow => ({ id: entry[0], record: startRecordOf(entry) }));
  return new StartView(areas.local, new StartRows(rows), config.templates, config.settings, meta);
}
