// The content script's strings: the browser's message with its substitution, the key when the
// message is missing, and the key (never a throw) after an extension reload made the API throw.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, expect, test, vi } from 'vitest';
import { t } from '../../../src/content/i18n';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };
const en = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../public/_locales/en/messages.json'), 'utf8')) as Record<string, Entry>;
/** chrome.i18n.getMessage as the browser fills a message: named placeholders, then `$1`… */
const getMessage = (key: string, subs: string[] = []) =>
  (en[key]?.message ?? '')
    .replace(/\$(\w+)\$/g, (_, name: string) => en[key]?.placeholders?.[name.toLowerCase()]?.content ?? '')
    .replace(/\$(\d)/g, (_, i: string) => subs[Number(i) - 1] ?? '');

afterEach(() => vi.unstubAllGlobals());

test('a message with its substitution; a missing one shows its key', () => {
  vi.stubGlobal('chrome', { i18n: { getMessage } });
  expect(t('content_outbox_dismiss')).toBe(en.content_outbox_dismiss!.message);
  expect(t('content_outbox_no_such_key')).toBe('content_outbox_no_such_key');
  const hole = '\u0001';
  expect(t('content_outbox_invitation', hole)).toContain(hole);
});

test('an API that throws (the extension was reloaded) gives the key', () => {
  vi.stubGlobal('chrome', { i18n: { getMessage: () => { throw new Error('Extension context invalidated.'); } } });
  expect(t('content_outbox_dismiss')).toBe('content_outbox_dismiss');
  vi.stubGlobal('chrome', undefined);
  expect(t('content_outbox_dismiss')).toBe('content_outbox_dismiss');
});
