// The English messages, as chrome.i18n.getMessage would give them, for rendering the side panel
// in happy-dom (src/shared/browser is mocked with this in the component tests).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

export const english = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../public/_locales/en/messages.json'), 'utf8')) as Messages;

export function getMessage(key: string, substitutions: string[] = []): string {
  const entry = english[key];
  if (!entry) return '';
  return entry.message.replace(/\$([a-z_]+)\$/gi, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    const index = Number(content.replace('$', '')) - 1;
    return substitutions[index] ?? '';
  });
}

export const fakeBrowser = { i18n: { getMessage, getUILanguage: () => 'en' } };
