// How templates and settings are stored (in `storage.sync` so they follow the person to every
// browser, or in `storage.local` after a sync quota error): one key per template (`t:<id>`, well
// under sync's 8 KB per item), `order` for their order, and `settings`.
// History: version 1 is the first stored form; records written before versioning (no `v`) are
// version 0 and differ only in `noteLimit`, which early builds stored as a number.
import type { z } from 'zod';
import { Settings, Template, type Settings as SettingsT, type Template as TemplateT } from '../../core/schemas';
import { invalidReason, migrate, type Decoded, type Migration } from './migrations';

export const TEMPLATE_PREFIX = 't:';
export const SETTINGS_KEY = 'settings';
export const ORDER_KEY = 'order';
export const CONFIG_VERSION = 1;

const toV1: Migration = { from: 0, up: (record) => ({ ...record, v: 1 }) };
const settingsToV1: Migration = {
  from: 0,
  up: (record) => ({ ...record, v: 1, ...(typeof record.noteLimit === 'number' ? { noteLimit: String(record.noteLimit) } : {}) }),
};

/** Brings a stored record up to CONFIG_VERSION, then validates it (the schema drops `v`). */
function decodeConfig<T>(raw: unknown, migrations: Migration[], schema: { safeParse(value: unknown): z.ZodSafeParseResult<T> }): Decoded<T> {
  const step = migrate(raw, CONFIG_VERSION, migrations, 0);
  if (!step.ok) return step;
  const parsed = schema.safeParse(step.record);
  return parsed.success ? { ok: true, value: parsed.data, migrated: step.migrated } : { ok: false, reason: invalidReason(parsed.error) };
}

export function encodeTemplate(template: TemplateT): Record<string, unknown> {
  return { v: CONFIG_VERSION, ...template };
}

export function decodeTemplate(raw: unknown): Decoded<TemplateT> {
  return decodeConfig(raw, [toV1], Template);
}

export function encodeSettings(settings: SettingsT): Record<string, unknown> {
  return { v: CONFIG_VERSION, ...settings };
}

export function decodeSettings(raw: unknown): Decoded<SettingsT> {
  return decodeConfig(raw, [settingsToV1], Settings);
}

export function decodeOrder(raw: unknown): string[] | null {
  return Array.isArray(raw) && raw.every((id) => typeof id === 'string') ? (raw as string[]) : null;
}
