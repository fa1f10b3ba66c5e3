// Templates and settings read from the items of the area config lives in: each decoded (and
// migrated), templates in their stored order. Shared by the full load (load.ts), which keeps
// what cannot be read aside and rewrites what was migrated, and the worker's first answers
// (start-view.ts), which only read.
import { defaultSettings, type Settings, type Template } from '../../core/schemas';
import { decodeOrder, decodeSettings, decodeTemplate, encodeSettings, encodeTemplate, ORDER_KEY, SETTINGS_KEY, TEMPLATE_PREFIX } from './config-record';

export type KeepAside = (key: string, reason: string, raw: unknown) => void;

export interface ReadConfig {
  templates: Template[];
  settings: Settings;
  /** Migrated records in their new form, to be written back. */
  rewrite: Record<string, unknown>;
}

export function readConfig(items: Record<string, unknown>, keep: KeepAside): ReadConfig {
  const rewrite: Record<string, unknown> = {};
  const byId = new Map<string, Template>();
  for (const [key, raw] of Object.entries(items)) {
    if (!key.startsWith(TEMPLATE_PREFIX)) continue;
    const decoded = decodeTemplate(raw);
    if (!decoded.ok) keep(key, decoded.reason, raw);
    else if (`${TEMPLATE_PREFIX}${decoded.value.id}` !== key) keep(key, 'the record’s id does not match its key', raw);
    else {
      byId.set(decoded.value.id, decoded.value);
      if (decoded.migrated) rewrite[key] = encodeTemplate(decoded.value);
    }
  }
  let settings = defaultSettings;
  if (items[SETTINGS_KEY] !== undefined) {
    const decoded = decodeSettings(items[SETTINGS_KEY]);
    if (decoded.ok) {
      settings = decoded.value;
      if (decoded.migrated) rewrite[SETTINGS_KEY] = encodeSettings(settings);
    } else keep(SETTINGS_KEY, `${decoded.reason} (defaults are used until you save settings)`, items[SETTINGS_KEY]);
  }
  const order = decodeOrder(items[ORDER_KEY]) ?? [];
  const templates = [
    ...order.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : [])),
    ...[...byId.values()].filter((t) => !order.includes(t.id)).sort((a, b) => a.name.localeCompare(b.name)),
  ];
  return { templates, settings, rewrite };
}
