// Writes docs/backup.schema.json, the JSON Schema of the public backup format, from the zod
// schemas the import actually uses. A unit test fails when the file is out of date.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { backupJsonSchema } from '../src/core/backup';

export const schemaPath = join(import.meta.dirname, '../docs/backup.schema.json');
export const schemaText = () => JSON.stringify(backupJsonSchema(), null, 2) + '\n';

if (process.argv[1] === import.meta.filename) {
  writeFileSync(schemaPath, schemaText());
  console.log(`wrote ${schemaPath}`);
}
