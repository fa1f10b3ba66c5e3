// The note composer in LinkedIn's invite dialog, in Chromium with the built extension, on the
// simulated pages: both places LinkedIn mounts the dialog (2024 outlet, 2026 shadow root).
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import {
  simSuite, clickConnect, composer, deepFocus, inComposer, linkedInButton, noteBox, openNoteStep, simSent, storedFor,
} from './composer-helpers';
import { simPage, type SimPageName } from '../fixtures/sim/pages';

const suite = simSuite();
const sim = suite.sim;

const counter = (page: Page) => inComposer(page, 'counter').textContent();

const flows: [SimPageName, '2024' | '2026', string, string][] = [
  ['profile-2024', '2024', 'Daniel', 'Norrhamn Logistics'],
  ['profile-2024', '2026', 'Daniel', 'Norrhamn Logistics'],
  ['profile-2026', '2026', 'Lucía', 'Calloway Mobility'],
  ['profile-2026', '2024', 'Lucía', 'Calloway Mobility'],
];

describe.each(flows)('%s page, dialog variant %s', (name, variant, firstName, company) => {
  test('Connect → composer points at "Add a note" → Insert fills LinkedIn\'s box, Send enables, counter follows typing', async () => {
    const page = await sim(name, { variant, limit: 200 });
    await clickConnect(page);

    // First step: no box yet; "Show me" only moves focus to LinkedIn's own button.
    const showMe = inComposer(page, 'show-add-note');
    await showMe.waitFor();
    expect(await inComposer(page, 'insert').count()).toBe(0);
    // Where it sits at this step (above the buttons, or after them when it came late) is
    // first-step-placement.test.ts's subject.
    await showMe.click();
    expect(await deepFocus(page)).toMatchObject({ label: 'Add a note' });
    expect(await noteBox(page).count()).toBe(0); // focusing is not clicking: still step 1

    await linkedInButton(page, 'Add a note').click();
    await inComposer(page, 'insert').waitFor();
    expect(await composer(page).count()).toBe(1);
    expect(await counter(page)).toBe('0/200');
    expect(await inComposer(page, 'template').count()).toBe(1);
    expect(await linkedInButton(page, 'Send invitation').isDisabled()).toBe(true);

    await inComposer(page, 'insert').click();
    const note = await noteBox(page).inputValue();
    expect(note).toContain(`Hi ${firstName},`);
    expect(note).toContain(company);
    expect(await linkedInButton(page, 'Send invitation').isEnabled()).toBe(true);
    expect(await counter(page)).toBe(`${note.length}/200`);
    expect(await inComposer(page, 'hint').count()).toBeGreaterThan(0);

    // Typing in LinkedIn's own box: the counter follows every keystroke.
    await noteBox(page).focus();
    await page.keyboard.press('End');
    await page.keyboard.type(' See you!');
    const typed = await noteBox(page).inputValue();
    expect(typed).toBe(`${note} See you!`);
    expect(await counter(page)).toBe(`${typed.length}/200`);
    await page.keyboard.press('Backspace');
    expect(await counter(page)).toBe(`${typed.length - 1}/200`);
  });
});

test.each(['2024', '2026'] as const)('300-character limit (Premium), variant %s', async (variant) => {
  const page = await sim('profile-2026', { variant, limit: 300 });
  await openNoteStep(page);
  expect(await counter(page)).toBe('0/300');
  await inComposer(page, 'insert').click();
  const note = await noteBox(page).inputValue();
  expect(await counter(page)).toBe(`${note.length}/300`);
});

test.each(['2024', '2026'] as const)('over the limit: counter says so, variant %s', async (variant) => {
  const page = await sim('profile-2024', { variant, limit: 200 });
  await openNoteStep(page);
  await noteBox(page).focus();
  await page.keyboard.insertText('x'.repeat(205));
  expect(await counter(page)).toBe('205/200');
  expect(await inComposer(page, 'counter').getAttribute('data-over')).toBe('true');
  expect(await inComposer(page, 'counter').getAttribute('aria-live')).toBe('polite');
  expect(await inComposer(page, 'over-limit').textContent()).toMatch(/^5 /);
});

test.each(['2024', '2026'] as const)('Alt+Shift+I inserts while typing in LinkedIn\'s box, variant %s', async (variant) => {
  const page = await sim('profile-2026', { variant });
  await openNoteStep(page);
  await noteBox(page).focus();
  await page.keyboard.press('Alt+Shift+KeyI');
  expect(await noteBox(page).inputValue()).toContain('Hi Lucía,');
  expect(await linkedInButton(page, 'Send invitation').isEnabled()).toBe(true);
});

test.each(['2024', '2026'] as const)('search results: the note is for the clicked result\'s person, variant %s', async (variant) => {
  const page = await sim('search-2026', { variant });
  await openNoteStep(page, 'Samuel Achterberg');
  await inComposer(page, 'insert').click();
  const note = await noteBox(page).inputValue();
  expect(note).toContain('Hi Samuel,');
  expect(note).not.toMatch(/Nadia|Mei-Ling/);
  await linkedInButton(page, 'Send invitation').click();
  expect(await simSent(page)).toEqual([{ name: 'Samuel Achterberg', note }]);
  await expect.poll(async () => (await storedFor(suite.ext(), 'samuel-achterberg')).map((i) => i.note)).toContain(note);
});

test.each(['2024', '2026'] as const)('after in-page navigation the note is for the second person, variant %s', async (variant) => {
  const page = await sim('profile-2026', { variant, navDelayMs: 300 });
  await composer(page).count(); // page loaded with Lucía
  await page.locator('[data-sim-nav="/in/kenji-watanabe-7/"]').first().click();
  await page.locator('main h2:text-is("Kenji Watanabe")').first().waitFor();
  await openNoteStep(page);
  await inComposer(page, 'insert').click();
  const note = await noteBox(page).inputValue();
  expect(note).toContain('Hi Kenji,');
  expect(note).toContain('Brightwell Bank');
  expect(note).not.toMatch(/Lucía|Calloway/);
});

// Dark mode follows LinkedIn's theme, not the computer's: LinkedIn has its own setting.
const LIGHT = 'rgb(244, 248, 247)';
const DARK = 'rgb(23, 33, 31)';
const DARK_LINKEDIN_CSS = '.artdeco-modal { background: #1b1f23 !important; color: #e9e9e9 !important; }';
const background = (page: Page) => composer(page).evaluate((section) => getComputedStyle(section).backgroundColor);

test('a dark computer and a light LinkedIn: the composer is light (screenshot in test-artifacts/)', async () => {
  const page = await sim('profile-2026', { variant: '2026' });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize({ width: 1100, height: 900 });
  await openNoteStep(page);
  expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
  expect(await background(page)).toBe(LIGHT);
  expect(await composer(page).getAttribute('data-theme')).toBe('light');
  await page.locator('.artdeco-modal.send-invite').screenshot({ path: 'test-artifacts/composer-light.png' });
});

test.each(['2024', '2026'] as const)('a light computer and LinkedIn in dark mode: the composer is dark, variant %s (screenshot)', async (variant) => {
  const url = 'https://www.linkedin.com/in/lucia-ferrer/?theme=dark';
  // LinkedIn's dark mode as the page shows it: its marker on <html>, its dark dialog.
  const html = simPage('profile-2026', { variant })
    .replace('<html lang="en"', '<html lang="en" class="theme theme--dark"')
    .replace('</head>', `<style>${DARK_LINKEDIN_CSS}</style></head>`);
  suite.ext().serveLinkedIn(url, { html });
  const page = await suite.ext().context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(url);
  // 2026: LinkedIn's dialog is styled inside its own open shadow root; its dark style goes there too.
  await page.evaluate((css) => {
    const outlet = document.getElementById('interop-outlet')?.shadowRoot;
    if (outlet) outlet.append(Object.assign(document.createElement('style'), { textContent: css }));
  }, DARK_LINKEDIN_CSS);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1100, height: 900 });
  await openNoteStep(page);
  expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(false);
  expect(await background(page)).toBe(DARK);
  expect(await composer(page).getAttribute('data-theme')).toBe('dark');
  await page.locator('.artdeco-modal.send-invite').screenshot({ path: `test-artifacts/composer-dark-${variant}.png` });
  await page.close();
  expect(problems).toEqual([]);
});
