// The stored invitations as the worker holds them: each one's compact record, checked when the
// store loaded, and its full form built the first time something asks for it. A worker start
// with 10,000 invitations then builds nothing but this map; the badge, the queue summary and a
// page of the queue read what they need from the compact records (queries.ts), and only the
// invitations a reply actually carries are expanded. Records are never changed in place: a write
// puts a new row, so anything derived from a record may be cached by its identity.
import type { Invitation } from '../../core/schemas';
import type { Facts } from '../invitation-facts';
import { forgetLocalDays } from '../local-days';
import type { CompactRecord } from './compact-check';
import { encodeInvitation, expandInvitation } from './invitation-record';

export interface InvitationRow {
  readonly id: string;
  readonly record: CompactRecord;
  /** The full form, once built (or as written). */
  invitation?: Invitation;
  /** What queries read from the record, once derived (invitation-facts.ts). */
  facts?: Facts;
}

export class InvitationTable implements Iterable<[string, Invitation]> {
  private readonly rowsById = new Map<string, InvitationRow>();
  /** Changes with every put or delete, so a query may keep what it derived from all rows. */
  version = 0;

  constructor() {
    forgetLocalDays();
  }

  /** A record as read from storage (checked, not expanded). */
  addStored(record: CompactRecord): void {
    this.rowsById.set(record.i, { id: record.i, record });
    this.version += 1;
  }

  get size(): number {
    return this.rowsById.size;
  }

  has(id: string): boolean {
    return this.rowsById.has(id);
  }

  get(id: string): Invitation | undefined {
    const row = this.rowsById.get(id);
    return row && expanded(row);
  }

  /** An invitation as written, with the record it was stored as (encoded again if not given). */
  put(invitation: Invitation, record: CompactRecord = encodeInvitation(invitation)): void {
    this.rowsById.set(invitation.id, { id: invitation.id, record, invitation });
    this.version += 1;
  }

  delete(id: string): boolean {
    this.version += 1;
    return this.rowsById.delete(id);
  }

  keys(): IterableIterator<string> {
    return this.rowsById.keys();
  }

  /** Every invitation in full: for the rare whole-store tasks (backup, import), not for queries. */
  *values(): IterableIterator<Invitation> {
    for (const row of this.rowsById.values()) yield expanded(row);
  }

  *[Symbol.iterator](): IterableIterator<[string, Invitation]> {
    for (const row of this.rowsById.values()) yield [row.id, expanded(row)];
  }

  /** The rows, for queries that read compact records and expand only what they return. */
  rows(): IterableIterator<InvitationRow> {
    return this.rowsById.values();
  }
}

export function expanded(row: InvitationRow): Invitation {
  return (row.invitation ??= expandInvitation(row.record));
}
