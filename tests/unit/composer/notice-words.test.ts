// The outbox notice's words: read at the first report worth a notice, and still there once an
// extension reload made the browser's i18n API throw (when the notice matters most).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, expect, test, vi } from 'vitest';
import { noticeWhat, outboxNotice } from '../../../src/composer/notice-words';

vi.mock('../../../src/composer/shadow-host', () => import('./plain-shadow-host'));

type Entry = { message: string; placeholders?: Record<string, { content: string }> };
const en = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../public/_locales/en/messages.json'), 'utf8')) as Record<string, Entry>;
let reloaded = false;
/** chrome.i18n.getMessage as the browser fills a message (named placeholders, then `$1`…), until a reload. */
const getMessage = (key: string, subs: string[] = []) => {
  if (reloaded) throw new Error('Extension context invalidated.');
  return (en[key]?.message ?? '')
    .replace(/\$(\w+)\$/g, (_, name: string) => en[key]?.placeholders?.[name.toLowerCase()]?.content ?? '')
    .replace(/\$(\d)/g, (_, i: string) => subs[Number(i) - 1] ?? '');
};

afterEach(() => vi.unstubAllGlobals());

test('what each report is called; after a reload the notice still speaks in words, not keys', () => {
  vi.stubGlobal('chrome', { i18n: { getMessage } });
  expect(noticeWhat('invitation.sent', 'Ana $& Bo')).toBe('your invitation to Ana $& Bo');
  reloaded = true;
  expect(noticeWhat('conversation.request-sent', 'Cy')).toBe('your message to Cy');
  expect(noticeWhat('invitation.withdraw-clicked', 'Di')).toBe('that you withdrew your invitation to Di');
  document.body.innerHTML = '<main></main>';
  outboxNotice(document, () => undefined).show([{ what: 'your invitation to Ana', why: 'cut-off' }]);
  expect(document.querySelector('section p')?.textContent).toMatch(/^Rapport was updated or restarted and could not record your invitation to Ana\./);
  expect(document.querySelector('section button')?.textContent).toBe('Dismiss');
});
