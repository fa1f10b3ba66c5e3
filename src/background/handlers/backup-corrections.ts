// The person's corrections between the store's form (by profile key, epoch ms) and the backup's
// (profile URL, ISO date), and the writes an import makes: only what changes, with its undo.
import { cleanCorrections, sameCorrections } from '../../core/corrections';
import type { ProfileCorrections } from '../../core/corrections-schema';
import { linkedInProfileKey, profileUrlFromKey } from '../../core/profile-key';
import type { StoredCorrections } from '../store/correction-record';

export function storedAsBackup(stored: ReadonlyMap<string, StoredCorrections>): ProfileCorrections[] {
  return [...stored.values()].map((c) => ({ profileUrl: profileUrlFromKey(c.key), fields: { ...c.fields }, correctedAt: new Date(c.at).toISOString() }));
}

/** The records to write so the store holds `next` (an empty set removes a person's), and the writes that undo them. */
export function correctionWrites(current: ReadonlyMap<string, StoredCorrections>, next: readonly ProfileCorrections[], now: Date): { writes: StoredCorrections[]; undo: StoredCorrections[] } {
  const writes: StoredCorrections[] = [];
  const undo: StoredCorrections[] = [];
  const wanted = new Set<string>();
  for (const c of next) {
    const key = linkedInProfileKey(c.profileUrl);
    if (!key) continue; // parseBackup refuses such files; nothing reaches here without a key.
    wanted.add(key);
    const fields = cleanCorrections(c.fields);
    const old = current.get(key);
    if (old && sameCorrections(old.fields, fields)) continue;
    const at = c.correctedAt ? Date.parse(c.correctedAt) : now.getTime();
    writes.push({ key, fields, at });
    undo.push(old ?? { key, fields: {}, at });
  }
  for (const [key, old] of current) {
    if (wanted.has(key)) continue;
    writes.push({ key, fields: {}, at: now.getTime() });
    undo.push(old);
  }
  return { writes, undo };
}
