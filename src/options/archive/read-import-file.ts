// The one entry point of the import: the file the person picked → what it is, decided by its
// bytes and never by its name: LinkedIn's zip, Invitations.csv, Connections.csv or a Rapport
// backup. Every failure comes back as an ImportError value with one message for the person.
import type { ImportInput } from '../../core/archive/archive-types';
import { importErrors, type ImportError } from '../../core/archive/import-error';
import { checkJsonShape } from '../../core/backup/scan';
import { decodeUtf8 } from './decode-utf8';
import { withDefaults, type ImportLimits } from './import-limits';
import { parseLinkedInCsv } from './parse-linkedin-csv';
import { readLinkedInZip } from './read-linkedin-zip';

export type ImportSource = Blob | Uint8Array | ArrayBuffer;

/** "PK\3\4" starts an entry; "PK\5\6" is the directory end of an empty zip. */
function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5 || bytes[2] === 7);
}

async function toBytes(source: ImportSource, limits: ImportLimits): Promise<Uint8Array | ImportError> {
  if (source instanceof Uint8Array) return source;
  if (source instanceof ArrayBuffer) return new Uint8Array(source);
  // Refused before reading, so a huge pick costs nothing.
  if (source.size > limits.maxFileBytes) return importErrors.fileTooLarge(limits.maxFileBytes);
  try {
    return new Uint8Array(await source.arrayBuffer());
  } catch {
    return importErrors.unreadable();
  }
}

/** A backup names its format first; a file cut off or nested too deep still says so up front. */
const namesRapportFormat = (text: string) => /^\s*\{\s*"format"\s*:\s*"rapport-backup"/.test(text.slice(0, 4096));

function readJson(text: string): ImportInput | ImportError {
  // Not parsed here when it is cut off or nested too deep (JSON.parse recurses): if it names the
  // backup format, the background's reader says exactly what is wrong ("the file ends early…").
  if (checkJsonShape(text) !== null) return namesRapportFormat(text) ? { kind: 'rapport-backup', text } : importErrors.notBackup();
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return importErrors.notBackup();
  }
  const isBackup =
    typeof value === 'object' && value !== null && !Array.isArray(value) &&
    Object.hasOwn(value, 'format') && (value as { format: unknown }).format === 'rapport-backup';
  // The backup itself is validated by the backup module; here it is only recognised.
  return isBackup ? { kind: 'rapport-backup', text } : importErrors.notBackup();
}

export async function readImportFile(
  source: ImportSource,
  options: { name?: string; limits?: Partial<ImportLimits> } = {},
): Promise<ImportInput | ImportError> {
  try {
    return await readUnguarded(source, options);
  } catch {
    // Every known failure is already a value; this only keeps an unforeseen one from reaching the UI.
    return importErrors.unreadable();
  }
}

async function readUnguarded(
  source: ImportSource,
  options: { name?: string; limits?: Partial<ImportLimits> },
): Promise<ImportInput | ImportError> {
  const limits = withDefaults(options.limits);
  const bytes = await toBytes(source, limits);
  if (!(bytes instanceof Uint8Array)) return bytes;
  if (bytes.length === 0) return importErrors.empty();
  if (bytes.length > limits.maxFileBytes) return importErrors.fileTooLarge(limits.maxFileBytes);
  if (looksLikeZip(bytes)) return readLinkedInZip(bytes, limits);

  if (bytes.length > limits.maxTextBytes) return importErrors.fileTooLarge(limits.maxTextBytes);
  const text = decodeUtf8(bytes);
  if (text === null) return importErrors.notUtf8();
  const start = text.trimStart();
  if (start === '') return importErrors.empty();
  if (start.startsWith('{') || start.startsWith('[')) return readJson(text);

  const name = options.name ?? (typeof File !== 'undefined' && source instanceof File ? source.name : undefined);
  const file = parseLinkedInCsv(text, name, limits);
  if (file.kind === 'error') return file;
  return { kind: 'linkedin', files: [file], opened: [], notOpened: 0 };
}
