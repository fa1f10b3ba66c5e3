// Every way an import file can be unusable, each with the one message the person sees.
// Readers return these as values; no exception is meant to reach the UI.

export const importErrorCodes = [
  'empty-file',
  'file-too-large',
  'unreadable-file',
  'not-utf8',
  'not-rapport-backup',
  'unrecognised-csv',
  'too-many-rows',
  'corrupt-zip',
  'unsupported-zip',
  'zip-entry-too-large',
  'zip-without-linkedin-files',
] as const;
export type ImportErrorCode = (typeof importErrorCodes)[number];

export interface ImportError {
  kind: 'error';
  code: ImportErrorCode;
  message: string;
}

export function importError(code: ImportErrorCode, message: string): ImportError {
  return { kind: 'error', code, message };
}

export function isImportError(value: unknown): value is ImportError {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'error';
}

const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

/** The standard wording, so every reader says the same thing for the same problem. */
export const importErrors = {
  empty: () => importError('empty-file', 'The file is empty.'),
  fileTooLarge: (limit: number) =>
    importError('file-too-large', `The file is larger than ${megabytes(limit)}; Rapport does not read files that big.`),
  unreadable: () => importError('unreadable-file', 'The file could not be read. Try choosing it again.'),
  notUtf8: () =>
    importError(
      'not-utf8',
      'The file is not UTF-8 text. LinkedIn exports are UTF-8: was the file re-saved by a spreadsheet program? Use the file from LinkedIn\u2019s zip.',
    ),
  notBackup: () =>
    importError('not-rapport-backup', 'This JSON file is not a Rapport backup (it has no "format": "rapport-backup").'),
  unrecognisedCsv: () =>
    importError(
      'unrecognised-csv',
      'This CSV is neither LinkedIn\u2019s Invitations.csv nor Connections.csv (its header line is not one of theirs).',
    ),
  tooManyRows: (limit: number) =>
    importError(
      'too-many-rows',
      `The file has more than ${limit.toLocaleString('en-US')} rows; Rapport reads at most that many. LinkedIn\u2019s own files are far smaller: is it the right file?`,
    ),
  corruptZip: () =>
    importError('corrupt-zip', 'The zip file is damaged or incomplete (perhaps the download was cut short). Download it again.'),
  unsupportedZip: (entry: string, why: string) =>
    importError('unsupported-zip', `Rapport cannot open \u201c${entry}\u201d in this zip: ${why}.`),
  zipEntryTooLarge: (entry: string, limit: number, liedAboutSize = false) =>
    importError(
      'zip-entry-too-large',
      `\u201c${entry}\u201d in this zip unpacks to more than ${liedAboutSize ? 'the size the zip declares for it' : megabytes(limit)}; Rapport refuses it (it may be a zip bomb).`,
    ),
  zipWithoutLinkedInFiles: () =>
    importError(
      'zip-without-linkedin-files',
      'This zip holds neither Invitations.csv nor Connections.csv from LinkedIn\u2019s data export.',
    ),
};
