// The person's corrections in a backup: exported with everything else, and imported the way the
// rest is — replace makes the backup's the data, merge keeps per person the newer of the two
// (a correction without a date counts as older than one with). An entry without a correction
// (`fields: {}`) removes the person's, as the import's writes do (background/handlers/backup-corrections.ts).
import { linkedInProfileKey, profileUrlFromKey } from '../profile-key';
import type { ProfileCorrections } from '../corrections-schema';
import { hasCorrections, sameCorrections } from '../corrections';

export interface CorrectionsPlan {
  list: ProfileCorrections[];
  added: number;
  updated: number;
  removed: number;
}

const keyOf = (c: ProfileCorrections) => linkedInProfileKey(c.profileUrl) ?? c.profileUrl;
const time = (c: ProfileCorrections | undefined) => (c?.correctedAt ? Date.parse(c.correctedAt) : -Infinity);

export function planCorrections(current: readonly ProfileCorrections[], incoming: readonly ProfileCorrections[], mode: 'merge' | 'replace'): CorrectionsPlan {
  const before = new Map(current.map((c) => [keyOf(c), c]));
  const next = new Map(mode === 'replace' ? [] : before);
  for (const c of incoming) {
    const key = keyOf(c);
    const kept = next.get(key);
    if (!kept || mode === 'replace' || time(c) >= time(kept)) next.set(key, { ...c, profileUrl: profileUrlFromKey(key) });
  }
  let added = 0;
  let updated = 0;
  let removed = 0;
  for (const [key, c] of next) {
    const old = before.get(key);
    if (!hasCorrections(c.fields)) removed += old ? 1 : 0;
    else if (!old) added += 1;
    else if (!sameCorrections(old.fields, c.fields)) updated += 1;
  }
  for (const key of before.keys()) if (!next.has(key)) removed += 1;
  return { list: [...next.values()], added, updated, removed };
}
