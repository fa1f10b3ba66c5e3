// The pure half of the archive import: recognising LinkedIn's files by their header, reading
// their rows and dates, and planning what an import changes. No DOM, no browser API.
export type * from './archive-types';
export { importErrors, importError, isImportError, importErrorCodes } from './import-error';
export type { ImportError, ImportErrorCode } from './import-error';
export { recogniseHeader, normalizeHeaderCell } from './header-match';
export type { RecognisedHeader, InvitationsHeader, ConnectionsHeader } from './header-match';
export { parseSentAt, parseConnectedOn, toLocalIsoString, localDateOf } from './linkedin-dates';
export { readInvitationRow } from './invitation-rows';
export { readConnectionRow } from './connection-rows';
export { MAX_CELL_LENGTH } from './row-checks';
export { importedInvitationId } from './import-ids';
export { planArchiveImport } from './plan-import';
export { indexTracked, knownWithinADay } from './plan-inputs';
export { summarizePlan } from './plan-summary';
