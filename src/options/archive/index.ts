// What the options page calls: read the picked file, then plan the import against what is tracked.
export { readImportFile, type ImportSource } from './read-import-file';
export { defaultImportLimits, type ImportLimits } from './import-limits';
export { isCandidateEntry } from './read-linkedin-zip';
export { planArchiveImport, isImportError } from '../../core/archive';
export type { ArchivePlan, ImportInput, ImportError, LinkedInImport, RapportBackupImport } from '../../core/archive';
