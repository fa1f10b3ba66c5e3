// Settings: read them, change some.
import { z } from 'zod';
import { Settings, SettingsPatch } from '../../core/schemas';
import { id } from './common';

const get = z.object({ type: z.literal('settings.get') });
type GetReply = { settings: Settings };

/** `defaultTemplateId: null` clears the default (the first template is used). */
const set = z.object({ type: z.literal('settings.set'), patch: SettingsPatch.extend({ defaultTemplateId: id.nullable().optional() }) });
type SetReply = { settings: Settings };

export const settingsRequests = [get, set] as const;
export interface SettingsReplies {
  'settings.get': GetReply;
  'settings.set': SetReply;
}
