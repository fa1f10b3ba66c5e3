// What the composer records when the person clicks LinkedIn's own Send, what it adds to the
// page (one host, nothing else), and a name that looks like HTML. Real Chromium, built extension,
// the background's own store (read back through an extension page).
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import {
  simSuite, askBackground, clickConnect, composer, inComposer, linkedInButton, noteBox, openNoteStep, simSent, storedFor,
} from './composer-helpers';
import { simPages } from '../fixtures/sim/pages';
import { closedRoots } from './closed-root';

const suite = simSuite();
const sim = suite.sim;

/** Every closed shadow root in the page (CDP sees them; the page does not): Rapport's host, bare. */
const closedHosts = async (page: Page) =>
  (await closedRoots(page)).map(({ host }) => `${host.nodeName.toLowerCase()}[${(host.attributes ?? []).join(' ')}]`);

test('Insert → edit → Send records the note in the box with the chosen template', async () => {
  const page = await sim('profile-2026', { variant: '2026' });
  await openNoteStep(page);
  expect(await closedHosts(page)).toEqual(['div[]']);
  expect(await page.evaluate(() => document.querySelectorAll('[data-rapport]').length)).toBe(0);
  await inComposer(page, 'template').selectOption('starter-after-event');
  await inComposer(page, 'insert').click();
  await noteBox(page).focus();
  await page.keyboard.press('End');
  await page.keyboard.type(' Best, Sam');
  const note = await noteBox(page).inputValue();
  expect(note).toMatch(/^Hi Lucía, it was great meeting you at the event\. .* Best, Sam$/);
  await linkedInButton(page, 'Send invitation').click();
  expect(await simSent(page)).toEqual([{ name: 'Lucía Ferrer', note }]);
  await expect.poll(() => storedFor(suite.ext(), 'lucia-ferrer')).toEqual([
    expect.objectContaining({ name: 'Lucía Ferrer', note, templateId: 'starter-after-event', company: 'Calloway Mobility', source: 'composer' }),
  ]);
  expect(await composer(page).count()).toBe(0); // the dialog closed, and the composer with it
});

test('"Send without a note" records an invitation with an empty note', async () => {
  const page = await sim('profile-2024', { variant: '2024' });
  await clickConnect(page);
  await inComposer(page, 'show-add-note').waitFor();
  await linkedInButton(page, 'Send without a note').click();
  expect(await simSent(page)).toEqual([{ name: 'Daniel Okafor', note: null }]);
  await expect.poll(() => storedFor(suite.ext(), 'daniel-okafor')).toEqual([
    expect.objectContaining({ name: 'Daniel Okafor', note: '', company: 'Norrhamn Logistics' }),
  ]);
  expect((await storedFor(suite.ext(), 'daniel-okafor'))[0]?.templateId).toBeUndefined();
});

test('a note typed by hand (Connect from the 2026 More menu) records no template', async () => {
  const page = await sim('profile-2026-connect-in-more');
  await page.locator('main button[data-sim-more="2026"]:visible').first().click();
  await page.locator('[aria-label="Invite Oskar Halvorsen to connect"]').first().click();
  await linkedInButton(page, 'Add a note').click();
  await inComposer(page, 'insert').waitFor();
  await noteBox(page).focus();
  await page.keyboard.type('Hi Oskar, your talk on fjord ferries stuck with me. Coffee?');
  expect(await inComposer(page, 'counter').textContent()).toBe('59/200');
  await linkedInButton(page, 'Send invitation').click();
  await expect.poll(() => storedFor(suite.ext(), 'oskar-halvorsen')).toEqual([
    expect.objectContaining({ name: 'Oskar Halvorsen', note: 'Hi Oskar, your talk on fjord ferries stuck with me. Coffee?' }),
  ]);
  expect((await storedFor(suite.ext(), 'oskar-halvorsen'))[0]?.templateId).toBeUndefined();
});

test('a name that looks like HTML is shown and inserted as text; nothing runs', async () => {
  const name = simPages['profile-hostile-name'].people[0].name;
  // The person's own template, through the background, naming the full name.
  const { template } = await askBackground<{ template: { id: string } }>(suite.ext(), {
    type: 'templates.save',
    template: { name: 'Full name', body: 'Hello {{fullName}}, glad to connect.', kind: 'invitation' },
  });
  await askBackground(suite.ext(), { type: 'settings.set', patch: { defaultTemplateId: template.id } });
  try {
    const page = await sim('profile-hostile-name');
    await openNoteStep(page);
    await expect.poll(() => inComposer(page, 'preview').textContent()).toBe(`Hello ${name}, glad to connect.`);
    await inComposer(page, 'insert').click();
    expect(await noteBox(page).inputValue()).toBe(`Hello ${name}, glad to connect.`);
    const inComposerImages = await composer(page).evaluate((section) => (section.getRootNode() as ShadowRoot).querySelectorAll('img').length);
    expect({ inComposer: inComposerImages, inPage: await page.evaluate(() => document.querySelectorAll('img').length) }).toEqual({ inComposer: 0, inPage: 0 });
    // afterEach: no alert() and no page error happened.
  } finally {
    await askBackground(suite.ext(), { type: 'settings.set', patch: { defaultTemplateId: 'starter-informational-interview' } });
  }
});
