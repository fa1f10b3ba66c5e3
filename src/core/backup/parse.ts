// Reads a backup file the person picked. Validates everything before anything is applied and
// says exactly what is wrong and where ("invitations[3].sentAt: …"); returns the backup with
// every profile URL in its canonical form. The work is linear in the file's size and bounded:
// nesting is measured before JSON.parse (scan.ts), and invitations are checked in slices with a
// pause between them, so the background keeps answering while a large file is read.
import { z } from 'zod';
import { formatPath, issueLines } from '../issues';
import { linkedInProfileKey, profileUrlFromKey } from '../profile-key';
import { Invitation } from '../schemas';
import { BACKUP_FORMAT, BACKUP_VERSION, BackupFile, MAX_BACKUP_BYTES, MAX_BACKUP_INVITATIONS, READABLE_BACKUP_VERSIONS } from './format';
import { checkJsonShape, findKeys, MAX_BACKUP_DEPTH, MAX_BACKUP_NODES } from './scan';

export type BackupParse = { ok: true; backup: BackupFile } | { ok: false; message: string; details: string[] };

const MAX_DETAILS = 50;
/** Invitations checked between two pauses (a few milliseconds of work). */
const SLICE = 500;
/** Keys that could reach an object's prototype if some later code merged naively. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Everything but the invitations, which are checked one by one (in slices) after this. */
const BackupShell = BackupFile.extend({ invitations: z.array(z.unknown()).max(MAX_BACKUP_INVITATIONS).default([]) });

const fail = (message: string, details: string[] = []): BackupParse => ({ ok: false, message, details: cap(details) });
const noPause = () => undefined;

/**
 * `pause` is awaited between slices of work (the background yields to other messages there);
 * without one the whole file is read in one go.
 */
export async function parseBackup(input: string, pause: () => Promise<void> | void = noPause): Promise<BackupParse> {
  if (input.length > MAX_BACKUP_BYTES) return fail(`The file is too large for a Rapport backup (over ${MAX_BACKUP_BYTES / 1024 / 1024} MB).`);
  const text = input.replace(/^\uFEFF/, '');
  const bomBytes = text.length === input.length ? 0 : 3;
  const start = text.trimStart()[0];
  if (start === undefined) return fail('The file is empty.');
  if (start !== '{') {
    return fail('This is not a Rapport backup: a backup is a JSON file that starts with "{".', looksLikeCsv(text) ? ['It looks like a CSV file. LinkedIn’s export files (Connections.csv, Invitations.csv) are read by the same import, but this one is neither.'] : []);
  }
  const shape = checkJsonShape(text);
  await pause();
  if (shape?.kind === 'ends-early') {
    return fail(`The file ends early (at byte ${shape.byte + bomBytes}): it was probably cut off while it was copied or downloaded. Nothing was imported.`);
  }
  if (shape?.kind === 'too-deep') {
    return fail(`This is not a Rapport backup: it nests values more than ${MAX_BACKUP_DEPTH} levels deep (at byte ${shape.byte + bomBytes}). Nothing was imported.`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return fail('The file is not valid JSON — it may have been edited by hand.', [String((error as Error).message)]);
  }
  await pause();
  const keys = findKeys(raw, FORBIDDEN_KEYS, MAX_DETAILS + 1);
  await pause();
  if (!keys.ok && keys.tooMany) return fail(`This is not a Rapport backup: it holds more than ${MAX_BACKUP_NODES.toLocaleString('en-US')} values.`);
  if (!keys.ok) return fail('The file contains keys Rapport never writes and refuses to read.', keys.paths.map((p) => `${p}: key not allowed`));
  const header = raw as { format?: unknown; version?: unknown };
  if (header.format !== BACKUP_FORMAT) return fail(`This JSON file is not a Rapport backup ("format" must be "${BACKUP_FORMAT}").`);
  if (typeof header.version !== 'number' || !READABLE_BACKUP_VERSIONS.includes(header.version)) {
    const newer = typeof header.version === 'number' && header.version > BACKUP_VERSION;
    return fail(newer ? `This backup was written by a newer Rapport (format version ${String(header.version)}); update Rapport to import it.` : `Unknown backup version ${JSON.stringify(header.version)}; this Rapport reads versions ${READABLE_BACKUP_VERSIONS.join(' to ')}.`);
  }
  // 1 → 2 adds only the optional `conversation` of an invitation: the file reads as it is.
  const shell = BackupShell.safeParse({ ...(raw as object), version: BACKUP_VERSION });
  if (!shell.success) return fail('Some records in the backup are not valid; nothing was imported.', issueLines(shell.error, '(top level)'));
  const problems: string[] = [];
  const invitations: Invitation[] = [];
  for (let i = 0; i < shell.data.invitations.length; i += 1) {
    if (i > 0 && i % SLICE === 0) await pause();
    const parsed = Invitation.safeParse(shell.data.invitations[i]);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(`${formatPath(['invitations', i, ...issue.path])}: ${issue.message}`);
      continue;
    }
    const invitation = parsed.data;
    const key = linkedInProfileKey(invitation.profileUrl);
    if (key) invitation.profileUrl = profileUrlFromKey(key);
    else problems.push(`invitations[${i}].profileUrl: not a LinkedIn profile address (…/in/<name>)`);
    invitations.push(invitation);
  }
  shell.data.corrections.forEach((c, i) => {
    const key = linkedInProfileKey(c.profileUrl);
    if (key) c.profileUrl = profileUrlFromKey(key);
    else problems.push(`corrections[${i}].profileUrl: not a LinkedIn profile address (…/in/<name>)`);
  });
  if (problems.length) return fail('Some records in the backup are not valid; nothing was imported.', problems);
  const backup: BackupFile = { ...shell.data, invitations };
  const duplicates = [...duplicateIds('templates', backup.templates), ...duplicateIds('invitations', backup.invitations)];
  if (duplicates.length) return fail('Some records in the backup are not valid; nothing was imported.', duplicates);
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

function looksLikeCsv(text: string): boolean {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  return firstLine.includes(',') && !firstLine.includes('{');
}
