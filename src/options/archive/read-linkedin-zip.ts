// Reads LinkedIn's export zip (Basic_… or Complete_…). Exactly what is decompressed:
//   only entries whose file name ends in `.csv` and mentions "invitation" or "connection" (any
//   case, any folder, e.g. "Connections.csv", "invitations (1).csv"), not macOS "._" / __MACOSX
//   copies, each declaring at most maxEntryBytes. Those are inflated under a running byte count
//   and then their *header line* decides what they are; a candidate with another header is ignored.
// Everything else — messages.csv, Profile.csv, PhoneNumbers.csv, … — is never decompressed: the
// names alone rule them out, so private messages are not even partly read.
import type { LinkedInFile, LinkedInImport } from '../../core/archive/archive-types';
import { importErrors, type ImportError } from '../../core/archive/import-error';
import { decodeUtf8 } from './decode-utf8';
import { inflateCapped } from './inflate-capped';
import type { ImportLimits } from './import-limits';
import { parseLinkedInCsv } from './parse-linkedin-csv';
import { entryBytes, readZipDirectory, type ZipEntry } from './zip-directory';

/** Decided by name and flags alone, before a single byte is inflated. */
export function isCandidateEntry(name: string): boolean {
  if (name.endsWith('/') || /(^|[\\/])__MACOSX[\\/]/.test(name)) return false;
  const base = name.split(/[\\/]/).pop() ?? '';
  return !base.startsWith('._') && /\.csv$/i.test(base) && /invitation|connection/i.test(base);
}

function unpack(zip: Uint8Array, entry: ZipEntry, limit: number): Uint8Array | ImportError {
  if (entry.encrypted) return importErrors.unsupportedZip(entry.name, 'it is password-protected');
  if (entry.compression !== 0 && entry.compression !== 8) {
    return importErrors.unsupportedZip(entry.name, `it uses compression method ${entry.compression}`);
  }
  if (entry.declaredSize > limit) return importErrors.zipEntryTooLarge(entry.name, limit);
  const compressed = entryBytes(zip, entry);
  if (!compressed) return importErrors.corruptZip();
  if (entry.compression === 0) {
    return compressed.length === entry.declaredSize ? compressed : importErrors.corruptZip();
  }
  // The declared size is the ceiling: more output than the zip claims is a lie, and is refused.
  const result = inflateCapped(compressed, entry.declaredSize);
  if (!result.ok) {
    return result.problem === 'too-large' ? importErrors.zipEntryTooLarge(entry.name, limit, true) : importErrors.corruptZip();
  }
  return result.bytes.length === entry.declaredSize ? result.bytes : importErrors.corruptZip();
}

export function readLinkedInZip(zip: Uint8Array, limits: ImportLimits): LinkedInImport | ImportError {
  const entries = readZipDirectory(zip);
  if (!entries) return importErrors.corruptZip();
  const files = entries.filter((entry) => !entry.name.endsWith('/'));
  const candidates = files.filter((entry) => isCandidateEntry(entry.name));
  if (candidates.length > limits.maxCandidateEntries) {
    return importErrors.unsupportedZip(`${candidates.length} files`, `more than ${limits.maxCandidateEntries} are named like Invitations or Connections`);
  }

  const recognised: LinkedInFile[] = [];
  const opened: string[] = [];
  let unpackedTotal = 0;
  for (const entry of candidates) {
    const limit = Math.min(limits.maxEntryBytes, limits.maxTextBytes, limits.maxTotalUnpackedBytes - unpackedTotal);
    opened.push(entry.name);
    const bytes = unpack(zip, entry, limit);
    if (!(bytes instanceof Uint8Array)) return bytes;
    unpackedTotal += bytes.length;
    const text = decodeUtf8(bytes);
    if (text === null) return importErrors.notUtf8();
    const file = parseLinkedInCsv(text, entry.name, limits);
    if (file.kind === 'error') {
      if (file.code === 'unrecognised-csv') continue; // named like one, but its header says otherwise
      return file;
    }
    recognised.push(file);
  }
  if (recognised.length === 0) return importErrors.zipWithoutLinkedInFiles();
  return { kind: 'linkedin', files: recognised, opened, notOpened: files.length - opened.length };
}
