// Writing help in LinkedIn's invite dialog, in Chromium with the built extension. Debian's
// Chromium has the Prompt API but no model; the test installs a fake `LanguageModel` into the
// extension's service worker through the DevTools protocol (Playwright's worker.evaluate is
// Runtime.evaluate on the worker target) — the shipped build carries no hook for it.
// Zero network either way: the harness fails a flow whose pages make any request.
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { watchErrors } from './harness';
import { askBackground, inComposer, linkedInButton, noteBox, openNoteStep, simSent, simSuite } from './composer-helpers';
import { FAKE_LANGUAGE_MODEL, REMOVE_LANGUAGE_MODEL, WATCH_CONSOLE_ERRORS } from './fake-language-model';

const suite = simSuite();

const overLimit = 'Hi Lucía, I read about how Calloway Mobility plans delivery routes around school hours and curb space in dense neighbourhoods, '
  + 'and it matched what I see in freight scheduling for small retailers every single week. Would you be open to comparing notes?';

async function overTheLimit(page: Page): Promise<void> {
  await openNoteStep(page);
  await noteBox(page).focus();
  await page.keyboard.insertText(overLimit);
  await expect.poll(() => inComposer(page, 'counter').textContent()).toBe(`${overLimit.length}/200`);
}

const worker = () => suite.ext().serviceWorker;

describe('without a model', () => {
  test.each([
    ['Debian Chromium\'s own API (no model: "unavailable")', ''],
    ['no LanguageModel at all', REMOVE_LANGUAGE_MODEL],
  ])('%s: no writing-help control anywhere, no console error', async (_name, setup) => {
    await worker().evaluate(WATCH_CONSOLE_ERRORS);
    if (setup) expect(await worker().evaluate(setup)).toBe('undefined');
    const page = await suite.sim('profile-2026', { variant: '2026', limit: 200 });
    const errors = watchErrors(page);
    await overTheLimit(page);
    // The composer asked the worker; give its answer time to arrive before looking for nothing.
    await page.waitForTimeout(300);
    expect(await inComposer(page, 'ai').count()).toBe(0);
    expect(await inComposer(page, 'ai-shorten').count()).toBe(0);
    expect(await inComposer(page, 'over-limit').count()).toBe(1);
    expect(errors).toEqual([]);
    expect(await worker().evaluate('globalThis.__consoleErrors')).toEqual([]);
    expect(suite.ext().unexpectedRequests).toEqual([]);
  });
});

describe('with a (fake) on-device model', () => {
  test('over the limit: Shorten to fit → 3 candidates within the limit → the chosen one is in LinkedIn\'s box and Send takes it', async () => {
    expect(await worker().evaluate(FAKE_LANGUAGE_MODEL)).toBe('installed');
    await worker().evaluate(WATCH_CONSOLE_ERRORS);
    const page = await suite.sim('profile-2026', { variant: '2026', limit: 200 });
    // LinkedIn's dialog does not scroll below its content: a laptop-sized window shows the candidates.
    await page.setViewportSize({ width: 1280, height: 1000 });
    const errors = watchErrors(page);
    await overTheLimit(page);

    await inComposer(page, 'ai-shorten').click();
    await expect.poll(() => inComposer(page, 'ai-candidate').count(), { timeout: 10_000 }).toBe(3);
    const counts = await inComposer(page, 'ai-count').allTextContents();
    expect(counts).toHaveLength(3);
    for (const shown of counts) {
      const [used, limit] = shown.split('/').map(Number);
      expect(limit).toBe(200);
      expect(used).toBeLessThanOrEqual(200);
    }
    // The second answer overshot; the fake was asked again ("shorter") but dropped the name, so
    // Rapport trimmed the long answer by rule and says so.
    const prompts = (await worker().evaluate('globalThis.__fakeLanguageModel.prompts')) as string[];
    expect(prompts.some((p) => /the limit is 200/.test(p))).toBe(true);
    expect(await inComposer(page, 'ai-candidate').nth(1).textContent()).toContain('Rapport dropped a sentence');
    expect(prompts[0]).toContain('Their first name: Lucía');
    expect(prompts[0]).toContain(overLimit);
    expect(await inComposer(page, 'ai-facts').textContent()).toContain('Lucía');

    // What the third candidate says: its diff without the struck-out words.
    const third = await inComposer(page, 'ai-diff').nth(2).evaluate((diff) => [...diff.childNodes].filter((n) => n.nodeName !== 'DEL').map((n) => n.textContent).join(''));
    await page.screenshot({ path: 'test-artifacts/writing-help-candidates.png' });
    await inComposer(page, 'ai-use').nth(2).click();
    const note = await noteBox(page).inputValue();
    expect(note.length).toBeLessThanOrEqual(200);
    expect(note).toBe(third);
    expect(note).toMatch(/^Lucía, .*\?$/);
    expect(await inComposer(page, 'counter').textContent()).toBe(`${note.length}/200`);
    expect(await inComposer(page, 'ai-candidate').count()).toBe(0);
    expect(await linkedInButton(page, 'Send invitation').isEnabled()).toBe(true);
    await linkedInButton(page, 'Send invitation').click();
    expect(await simSent(page)).toEqual([{ name: 'Lucía Ferrer', note }]);

    expect(errors).toEqual([]);
    expect(await worker().evaluate('globalThis.__consoleErrors')).toEqual([]);
    expect(await worker().evaluate('globalThis.__fakeLanguageModel.destroyed')).toBe(await worker().evaluate('globalThis.__fakeLanguageModel.created'));
    expect(suite.ext().unexpectedRequests).toEqual([]);
  });

  test('Weave in gets the page\'s best talking point (the contact you share): the prompt carries it, the chosen candidate names it', async () => {
    expect(await worker().evaluate(FAKE_LANGUAGE_MODEL)).toBe('installed');
    const page = await suite.sim('profile-2026', { variant: '2026', limit: 200 });
    await page.setViewportSize({ width: 1280, height: 1000 });
    const errors = watchErrors(page);
    await openNoteStep(page);
    // The composer lists the point it will weave in.
    expect(await inComposer(page, 'composer').textContent()).toContain('You both know Tomás Ibarra');
    await noteBox(page).focus();
    await page.keyboard.insertText('Hi Lucía, I plan freight routes for small retailers. Would you be open to comparing notes?');

    await inComposer(page, 'ai-weave').click();
    await expect.poll(() => inComposer(page, 'ai-candidate').count(), { timeout: 10_000 }).toBe(3);
    const prompts = (await worker().evaluate('globalThis.__fakeLanguageModel.prompts')) as string[];
    expect(prompts[0]).toMatch(/uses the talking point below/);
    expect(prompts[0]).toContain('Talking point: we both know Tomás Ibarra');
    await inComposer(page, 'ai-use').nth(0).click();
    const note = await noteBox(page).inputValue();
    expect(note).toContain('we both know Tomás Ibarra');
    expect(await inComposer(page, 'counter').textContent()).toBe(`${note.length}/200`);
    expect(errors).toEqual([]);
    expect(suite.ext().unexpectedRequests).toEqual([]);
  });
});

describe('the side panel (an extension page calling the model itself)', () => {
  test('Chromium without a model: the panel shows the note and no writing help, no console error', async () => {
    const ext = suite.ext();
    const page = await ext.openExtensionPage('src/sidepanel/index.html');
    const errors = watchErrors(page);
    await page.locator('[data-rapport="sidepanel-note"]').waitFor();
    await page.waitForTimeout(300);
    expect(await page.locator('[data-rapport="sidepanel-ai"]').count()).toBe(0);
    expect(await page.evaluate('LanguageModel.availability()')).toBe('unavailable');
    expect(errors).toEqual([]);
    await page.close();
  });

  test('with a fake model added to the page before its scripts run: Draft from the facts → the pick replaces the note', async () => {
    const ext = suite.ext();
    await askBackground(ext, {
      type: 'profile.observed',
      profile: { profileUrl: 'https://www.linkedin.com/in/ana-souza/', fullName: 'Ana Souza', firstName: 'Ana', company: 'Acme', relation: 'connectable' },
    });
    const page = await ext.context.newPage();
    const errors = watchErrors(page);
    // Page.addScriptToEvaluateOnNewDocument, for this page only.
    await page.addInitScript(FAKE_LANGUAGE_MODEL);
    await page.goto(`chrome-extension://${ext.extensionId}/src/sidepanel/index.html`);
    const part = (name: string) => page.locator(`[data-rapport="${name}"]`);
    expect(await part('sidepanel-name').textContent()).toBe('Ana Souza');
    await part('ai-draft').click({ timeout: 10_000 });
    await expect.poll(() => part('ai-candidate').count()).toBe(3);
    const prompts = (await page.evaluate('globalThis.__fakeLanguageModel.prompts')) as string[];
    expect(prompts[0]).toContain('Their first name: Ana');
    await part('ai-use').first().click();
    const note = await part('sidepanel-note').inputValue();
    expect(note).toMatch(/^Hi Ana, .*\?$/);
    expect(await part('ai-candidates').count()).toBe(0);
    expect(errors).toEqual([]);
    expect(ext.unexpectedRequests).toEqual([]);
    await page.close();
  });
});
