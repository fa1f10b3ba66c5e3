// Backup: the public JSON format, its parser with located errors, the merge/replace planner and
// the formula-safe CSV export.
export { BackupFile, toBackup, backupJsonSchema, type StoreSnapshot } from './format';
export { parseBackup, type BackupParse } from './parse';
export { planBackupImport, type ImportMode, type ImportPlan, type ImportSummary } from './merge';
export { invitationsToCsv, csvCell } from './csv';
