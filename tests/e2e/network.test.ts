// Zero network: the extension's CSP forbids every connection from its pages and its worker,
// the harness fails any flow whose pages sent a request, and the bundle holds no network API.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { distDir, launchExtension, type Extension } from './harness';

let ext: Extension;
beforeAll(async () => {
  ext = await launchExtension();
});
afterAll(async () => {
  await ext?.close();
});

test('the service worker and the extension pages cannot reach any server', async () => {
  const attempt = 'fetch("https://example.com/").then(() => "reached", () => "blocked")';
  await expect(ext.serviceWorker.evaluate(attempt)).resolves.toBe('blocked');
  const popup = await ext.openExtensionPage('src/popup/index.html');
  await expect(popup.evaluate(attempt)).resolves.toBe('blocked');
  await popup.close();
  expect(ext.unexpectedRequests).toEqual([]);
});

test('a request from a LinkedIn page is caught by the harness (so its silence means something)', async () => {
  const page = await ext.openLinkedIn('https://www.linkedin.com/feed/', { html: '<!doctype html><title>x</title>' });
  await page.evaluate(() => fetch('https://example.com/beacon').catch(() => undefined));
  expect(ext.unexpectedRequests).toEqual(['https://example.com/beacon']);
  ext.unexpectedRequests.length = 0;
  await page.close();
});

// papaparse (options page only) carries a NetworkStreamer for `download: true`, which Rapport
// never uses and the extension CSP (connect-src 'none') would block. It is the one tolerated
// match, recognised by its code; the content script and the worker must have none at all.
const PAPAPARSE_NETWORK_STREAMER = /new XMLHttpRequest,this\._config\.withCredentials/g;

test('the built bundle uses no network API', () => {
  const scripts = readdirSync(distDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
  expect(scripts.length).toBeGreaterThan(2);
  const offenders = scripts.filter((file) =>
    /\bfetch\s*\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource/.test(readFileSync(join(distDir, file), 'utf8').replace(PAPAPARSE_NETWORK_STREAMER, '')),
  );
  expect(offenders).toEqual([]);
  const content = readFileSync(join(distDir, 'content.js'), 'utf8');
  expect(content).not.toMatch(PAPAPARSE_NETWORK_STREAMER);
});
