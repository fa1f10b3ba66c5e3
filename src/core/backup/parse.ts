// Reads a backup file the person picked. Validates everything before anything is applied and
// says exactly what is wrong and where ("invitations[3].sentAt: …"); returns the backup with
// every profile URL in its canonical form.
import { formatPath, issueLines } from '../issues';
import { linkedInProfileKey, profileUrlFromKey } from '../profile-key';
import { BACKUP_FORMAT, BACKUP_VERSION, BackupFile, MAX_BACKUP_BYTES } from './format';

export type BackupParse = { ok: true; backup: BackupFile } | { ok: false; message: string; details: string[] };

const MAX_DETAILS = 50;
/** Keys that could reach an object's prototype if some later code merged naively. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const fail = (message: string, details: string[] = []): BackupParse => ({ ok: false, message, details: cap(details) });

export function parseBackup(input: string): BackupParse {
  if (input.length > MAX_BACKUP_BYTES) return fail(`The file is too large for a Rapport backup (over ${MAX_BACKUP_BYTES / 1024 / 1024} MB).`);
  const text = input.replace(/^\uFEFF/, '');
  const start = text.trimStart()[0];
  if (start === undefined) return fail('The file is empty.');
  if (start !== '{') {
    return fail('This is not a Rapport backup: a backup is a JSON file that starts with "{".', looksLikeCsv(text) ? ['It looks like a CSV file. LinkedIn’s export files (Connections.csv, Invitations.csv) are read by the same import, but this one is neither.'] : []);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return fail('The file is not complete, valid JSON — it may be cut off or edited by hand.', [String((error as Error).message)]);
  }
  const forbidden = findForbiddenKeys(raw);
  if (forbidden.length) return fail('The file contains keys Rapport never writes and refuses to read.', forbidden.map((p) => `${p}: key not allowed`));
  const header = raw as { format?: unknown; version?: unknown };
  if (header.format !== BACKUP_FORMAT) return fail(`This JSON file is not a Rapport backup ("format" must be "${BACKUP_FORMAT}").`);
  if (header.version !== BACKUP_VERSION) {
    const newer = typeof header.version === 'number' && header.version > BACKUP_VERSION;
    return fail(newer ? `This backup was written by a newer Rapport (format version ${String(header.version)}); update Rapport to import it.` : `Unknown backup version ${JSON.stringify(header.version)}; this Rapport reads version ${BACKUP_VERSION}.`);
  }
  const parsed = BackupFile.safeParse(raw);
  if (!parsed.success) return fail('Some records in the backup are not valid; nothing was imported.', issueLines(parsed.error, '(top level)'));
  const backup = parsed.data;
  const problems = [...duplicateIds('templates', backup.templates), ...duplicateIds('invitations', backup.invitations)];
  backup.invitations.forEach((invitation, i) => {
    const key = linkedInProfileKey(invitation.profileUrl);
    if (key) invitation.profileUrl = profileUrlFromKey(key);
    else problems.push(`invitations[${i}].profileUrl: not a LinkedIn profile address (…/in/<name>)`);
  });
  if (problems.length) return fail('Some records in the backup are not valid; nothing was imported.', problems);
  return { ok: true, backup };
}

function cap(details: string[]): string[] {
  return details.length > MAX_DETAILS ? [...details.slice(0, MAX_DETAILS), `… and ${details.length - MAX_DETAILS} more`] : details;
}

function duplicateIds(list: string, items: readonly { id: string }[]): string[] {
  const seen = new Map<string, number>();
  const problems: string[] = [];
  items.forEach((item, i) => {
    const first = seen.get(item.id);
    if (first === undefined) seen.set(item.id, i);
    else problems.push(`${list}[${i}].id: "${item.id.slice(0, 64)}" is already used by ${list}[${first}]`);
  });
  return problems;
}

/** Paths of every forbidden key, found without recursion (a hostile file may nest deeply). */
function findForbiddenKeys(root: unknown): string[] {
  const found: string[] = [];
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: root, path: [] }];
  while (stack.length && found.length < MAX_DETAILS) {
    const { value, path } = stack.pop()!;
    if (!value || typeof value !== 'object') continue;
    for (const key of Object.keys(value)) {
      const at = Array.isArray(value) ? [...path, Number(key)] : [...path, key];
      if (FORBIDDEN_KEYS.has(key)) found.push(formatPath(at));
      else stack.push({ value: (value as Record<string, unknown>)[key], path: at });
    }
  }
  return found;
}

function looksLikeCsv(text: string): boolean {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  return firstLine.includes(',') && !firstLine.includes('{');
}
