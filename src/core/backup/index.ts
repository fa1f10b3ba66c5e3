// Backup: the public JSON format, its parser with located errors, the merge/replace planner and
// the formula-safe CSV export.
export { BACKUP_FORMAT, BACKUP_VERSION, BackupFile, MAX_BACKUP_BYTES, toBackup, backupJsonSchema, type StoreSnapshot } from './format';
export { parseBackup, type BackupParse } from './parse';
export { planBackupImport, invitationIdentity, type ImportMode, type ImportPlan, type ImportSummary } from './merge';
export { invitationsToCsv, csvCell } from './csv';
