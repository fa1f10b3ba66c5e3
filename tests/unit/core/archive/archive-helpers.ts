// Builders shared by the archive tests: fixture bytes, CSV text, zips and tracked invitations.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect } from 'vitest';
import type { ImportError, LinkedInFile, LinkedInImport } from '../../../../src/core/archive';
import { readImportFile, type ImportLimits, type ImportSource } from '../../../../src/options/archive';
import { Invitation } from '../../../../src/core/schemas';

export const fixtureDir = resolve(import.meta.dirname, '../../../fixtures/archive');
export const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(resolve(fixtureDir, name)));
export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

export const INVITATIONS_HEADER = ['From', 'To', 'Sent At', 'Message', 'Direction', 'inviterProfileUrl', 'inviteeProfileUrl'];
export const CONNECTIONS_HEADER = ['First Name', 'Last Name', 'URL', 'Email Address', 'Company', 'Position', 'Connected On'];
export const OWNER_URL = 'https://www.linkedin.com/in/robin-okonkwo';
export const CONNECTIONS_PREAMBLE = 'Notes:\n"When you export your connections, some e-mail addresses may be missing."\n\n';

/** One CSV line, quoting cells the way LinkedIn does (commas, quotes, line breaks). */
export function csvLine(cells: readonly string[]): string {
  return cells.map((cell) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(',');
}

export function csv(header: readonly string[], rows: readonly (readonly string[])[], newline = '\n'): string {
  return [header, ...rows].map(csvLine).join(newline);
}

/** An OUTGOING Invitations.csv row from the owner. */
export function outgoing(to: string, slug: string, sentAt: string, message = ''): string[] {
  return ['Robin Okonkwo', to, sentAt, message, 'OUTGOING', OWNER_URL, `https://www.linkedin.com/in/${slug}`];
}

export function connection(first: string, last: string, slug: string, connectedOn: string): string[] {
  return [first, last, `https://www.linkedin.com/in/${slug}`, '', '', '', connectedOn];
}

export async function readLinkedIn(source: ImportSource, limits?: Partial<ImportLimits>): Promise<LinkedInImport> {
  const result = await readImportFile(source, { limits });
  if (result.kind !== 'linkedin') throw new Error(`expected LinkedIn files, got ${JSON.stringify(result).slice(0, 300)}`);
  return result;
}

export async function readFailure(source: ImportSource, limits?: Partial<ImportLimits>): Promise<ImportError> {
  const result = await readImportFile(source, { limits });
  expect(result.kind).toBe('error');
  return result as ImportError;
}

export async function readOneFile(source: ImportSource): Promise<LinkedInFile> {
  const { files } = await readLinkedIn(source);
  expect(files).toHaveLength(1);
  return files[0]!;
}

let counter = 0;
/** A tracked invitation as the composer would have stored it. */
export function trackedInvitation(slug: string, sentAt: Date, extra: Partial<Invitation> = {}): Invitation {
  counter += 1;
  return Invitation.parse({
    id: `cmp-${counter}`,
    profileUrl: `https://www.linkedin.com/in/${slug}/`,
    name: slug,
    sentAt: sentAt.toISOString(),
    source: 'composer',
    ...extra,
  });
}

/** Applies a plan the way the options page will: replace updated records by id, add new ones. */
export function applyPlan(tracked: readonly Invitation[], plan: { updates: Invitation[]; newlyTracked: Invitation[] }): Invitation[] {
  const updated = new Map(plan.updates.map((invitation) => [invitation.id, invitation]));
  return [...tracked.map((invitation) => updated.get(invitation.id) ?? invitation), ...plan.newlyTracked];
}

/** Finds an entry's central-directory record and overwrites the unpacked size it declares. */
export function declareEntrySize(zip: Uint8Array, entryName: string, size: number): Uint8Array {
  const copy = zip.slice();
  const view = new DataView(copy.buffer);
  const name = utf8(entryName);
  for (let at = 0; at + 46 <= copy.length; at += 1) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(at + 28, true);
    const candidate = copy.subarray(at + 46, at + 46 + nameLength);
    if (nameLength === name.length && candidate.every((byte, i) => byte === name[i])) {
      view.setUint32(at + 24, size, true);
      return copy;
    }
  }
  throw new Error(`no central directory record for ${entryName}`);
}
