// The published JSON Schema is generated from the zod schemas; this keeps it from drifting.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { schemaPath, schemaText } from '../../../scripts/backup-schema';

describe('docs/backup.schema.json', () => {
  it('matches the zod schemas (run `npm run schema` after changing them)', () => {
    expect(readFileSync(schemaPath, 'utf8')).toBe(schemaText());
  });

  it('requires only the documented minimum', () => {
    const schema = JSON.parse(schemaText()) as { required: string[]; properties: Record<string, { items?: { required?: string[] } }> };
    expect(schema.required.sort()).toEqual(['format', 'version']);
    expect(schema.properties.templates?.items?.required?.sort()).toEqual(['body', 'id', 'name']);
    expect(schema.properties.invitations?.items?.required?.sort()).toEqual(['id', 'name', 'profileUrl', 'sentAt']);
  });
});
