// countNote against real Chromium: a <textarea maxlength=N> (what the note box is) must keep a
// note exactly when countNote says it fits, and hold exactly countNote(s) code units of it.
// Runs on a page served from memory; no request leaves the browser.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { countNote, normalizeLineBreaks } from '../../src/core/count';
import { truncateToLimit } from '../count-model';
import { launchChromium } from './harness';

const PAGE_URL = 'https://rapport.test/count.html';
const PAGE = '<!doctype html><meta charset="utf-8"><title>count</title><textarea id="box" rows="6" cols="60"></textarea>';

const samples: [string, string][] = [
  ['ASCII', 'Hi Alexandra, I enjoyed your talk. Open to a chat?'],
  ['accented letters', 'Zoë, café, naïve, Ångström'],
  ['combining marks', 'Zoe\u0308 cafe\u0301 e\u0301\u0301'],
  ['emoji', 'Great talk 😀🎉'],
  ['skin tone', 'Thanks 👍🏽'],
  ['ZWJ sequences', 'Family 👩‍👩‍👧 and 🧑‍💻'],
  ['flags', 'From 🇬🇧 to 🇩🇪'],
  ['CJK', '你好，很高兴认识你'],
  ['line breaks', 'Hi Alexandra,\n\nGreat talk.\nBest,\nSam'],
  ['CRLF pasted text', 'Hi Alexandra,\r\n\r\nGreat talk.\r\nBest'],
  ['lone CR', 'one\rtwo\r\rthree'],
  ['mixed', 'Hi 😀\r\ncafe\u0301 👩‍👩‍👧\n🇬🇧\tend'],
];

let context: BrowserContext;
let page: Page;
let userDataDir: string;
const unexpected: string[] = [];

beforeAll(async () => {
  userDataDir = mkdtempSync(join(tmpdir(), 'rapport-count-'));
  context = await launchChromium(userDataDir, { extension: false });
  await context.route('**/*', async (route) => {
    if (route.request().url() === PAGE_URL) {
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: PAGE });
      return;
    }
    unexpected.push(route.request().url());
    await route.abort('blockedbyclient');
  });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://rapport.test' });
  page = await context.newPage();
  await page.goto(PAGE_URL);
});

afterAll(async () => {
  await context?.close();
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
});

/** Empties the box, sets its maxlength (or none) and focuses it. */
async function resetBox(maxLength: number | null): Promise<void> {
  await page.evaluate((max) => {
    const box = document.getElementById('box') as HTMLTextAreaElement;
    box.value = '';
    if (max === null) box.removeAttribute('maxlength');
    else box.maxLength = max;
    box.focus();
  }, maxLength);
}

async function box(): Promise<{ value: string; textLength: number }> {
  return page.evaluate(() => {
    const el = document.getElementById('box') as HTMLTextAreaElement;
    return { value: el.value, textLength: el.textLength };
  });
}

describe.each(samples)('%s', (_label, sample) => {
  const count = countNote(sample);

  test('typed into a box with maxlength = countNote, all of it is kept', async () => {
    await resetBox(count);
    await page.keyboard.insertText(sample);
    const { value, textLength } = await box();
    expect(value).toBe(normalizeLineBreaks(sample));
    expect(value.length).toBe(count);
    expect(textLength).toBe(count);
  });

  test('with one less, the box refuses some, keeping what truncateToLimit predicts', async () => {
    await resetBox(count - 1);
    await page.keyboard.insertText(sample);
    const { value } = await box();
    expect(countNote(value)).toBeLessThan(count);
    expect(value).toBe(truncateToLimit(sample, count - 1));
  });

  test('pasted from the clipboard, it counts as countNote says', async () => {
    await resetBox(null);
    await page.evaluate((text) => navigator.clipboard.writeText(text), sample);
    await page.keyboard.press('ControlOrMeta+V');
    const { value } = await box();
    expect(value).toBe(normalizeLineBreaks(sample));
    expect(value.length).toBe(count);
  });

  test('set by script, the value holds countNote code units', async () => {
    await resetBox(null);
    const length = await page.evaluate((text) => {
      const el = document.getElementById('box') as HTMLTextAreaElement;
      el.value = text;
      return el.value.length;
    }, sample);
    expect(length).toBe(count);
  });
});

test('typing with Enter: each key press is one character, a line break included', async () => {
  await resetBox(12);
  await page.keyboard.type('Hi Ann,');
  await page.keyboard.press('Enter');
  await page.keyboard.type('thanks!');
  const { value } = await box();
  expect(value).toBe('Hi Ann,\nthan');
  expect(countNote(value)).toBe(12);
});

test('no request left the browser', () => {
  expect(unexpected).toEqual([]);
});
