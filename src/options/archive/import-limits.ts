// The ceilings that keep a hostile or mistaken file from freezing the options page. LinkedIn's
// real files are far below all of them: a 30,000-connection Connections.csv is about 3 MB.
export interface ImportLimits {
  /** A picked file (zip or text) larger than this is refused before it is read. */
  maxFileBytes: number;
  /** A CSV or JSON text, picked directly or unpacked from the zip. */
  maxTextBytes: number;
  /** One zip entry's unpacked size, declared or actual (zip-bomb guard). */
  maxEntryBytes: number;
  /** All unpacked entries together. */
  maxTotalUnpackedBytes: number;
  /** How many zip entries named like Invitations/Connections are opened at most. */
  maxCandidateEntries: number;
  /** Data rows per CSV; counted while parsing, so a huge file stops at this row. */
  maxRows: number;
  /** Records read while looking for the header line (Connections.csv has a 3-line preamble). */
  headerScanRecords: number;
}

const MB = 1024 * 1024;

export const defaultImportLimits: Readonly<ImportLimits> = Object.freeze({
  maxFileBytes: 256 * MB,
  maxTextBytes: 50 * MB,
  maxEntryBytes: 50 * MB,
  maxTotalUnpackedBytes: 100 * MB,
  maxCandidateEntries: 20,
  maxRows: 200_000,
  headerScanRecords: 10,
});

export function withDefaults(overrides: Partial<ImportLimits> | undefined): ImportLimits {
  return { ...defaultImportLimits, ...overrides };
}
