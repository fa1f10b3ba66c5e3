// The facts line in real Chromium: on a profile whose company the page does not show, the person
// types it in the composer, the inserted note names it, and it is still there after a reload of
// the same profile (kept by the background), then recorded with the invitation on Send; a wrong
// one emptied there is left out of the note until "Use the page’s value" brings it back.
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { askBackground, deepFocus, inComposer, linkedInButton, noteBox, openNoteStep, simSent, simSuite, storedFor, type ClosedPart } from './composer-helpers';
import { simPage, simPages } from '../fixtures/sim/pages';

const suite = simSuite();
const URL = simPages['profile-2026'].url;
const COMPANY = 'Calloway Mobility';

/** Lucía's page with no company anywhere: no chip, no "Company · School" line, a headline without it. */
function withoutCompany(): string {
  const html = simPage('profile-2026', { variant: '2026' });
  const drifted = html
    .replace(`"headline": "Senior UX Researcher at ${COMPANY}", "company": "${COMPANY}"`, '"headline": "Senior UX Researcher", "company": ""');
  if (drifted === html) throw new Error('the simulator page changed: Lucía’s company is no longer where this test removes it');
  return drifted;
}

/** The facts line's field for `field` (first name, company…), found by its data-field. */
async function fact(page: Page, field: string): Promise<ClosedPart> {
  const all = inComposer(page, 'fact');
  await all.waitFor({ state: 'attached' });
  const index = (await all.nodes()).findIndex((n) => n.attribute('data-field') === field);
  if (index < 0) throw new Error(`no fact field ${field}`);
  return all.nth(index);
}

async function open(page: Page): Promise<void> {
  await page.goto(URL);
  await openNoteStep(page, 'Lucía Ferrer');
  // Starter template chosen for a note that names the company (it has a fallback without it).
  await inComposer(page, 'template').selectOption('starter-informational-interview');
}

test('a company typed in the facts line is inserted, kept for the next visit and recorded on Send', async () => {
  const ext = suite.ext();
  ext.serveLinkedIn(URL, { html: withoutCompany() });
  const page = await ext.context.newPage();
  await open(page);
  const company = await fact(page, 'company');
  expect(await company.evaluate((el) => (el as HTMLInputElement).value)).toBe('');
  expect(await company.evaluate((el) => (el as HTMLInputElement).placeholder)).toBe('not on this page');
  expect(await inComposer(page, 'preview').textContent()).toContain('your current role');

  await company.focus();
  await page.keyboard.type(COMPANY);
  await expect.poll(() => inComposer(page, 'preview').textContent()).toContain(`found your way to ${COMPANY}`);
  await inComposer(page, 'insert').click();
  expect(await noteBox(page).inputValue()).toContain(`found your way to ${COMPANY}`);
  // Kept by the background for this profile a moment after the last keystroke.
  await expect.poll(async () => (await askBackground<{ corrections: Record<string, string> }>(ext, { type: 'composer.load', profileUrl: URL })).corrections)
    .toEqual({ company: COMPANY });

  await page.reload();
  await open(page);
  const again = await fact(page, 'company');
  await expect.poll(() => again.evaluate((el) => (el as HTMLInputElement).value)).toBe(COMPANY);
  expect(await again.getAttribute('data-corrected')).toBe('true');
  expect(await inComposer(page, 'preview').textContent()).toContain(`found your way to ${COMPANY}`);
  await inComposer(page, 'insert').click();
  const note = await noteBox(page).inputValue();
  expect(note).toContain(COMPANY);
  await linkedInButton(page, 'Send invitation').click();
  expect(await simSent(page)).toEqual([{ name: 'Lucía Ferrer', note }]);
  await expect.poll(() => storedFor(ext, 'lucia-ferrer')).toEqual([expect.objectContaining({ note, company: COMPANY })]);
  await page.close();
});

test('a wrong company emptied in the facts line is left out of the inserted note; "Use the page’s value" (keyboard) brings it back', async () => {
  const ext = suite.ext();
  // Lucía's page as the simulator shows it, company and all, and nothing kept for her yet.
  ext.serveLinkedIn(URL, { html: simPage('profile-2026', { variant: '2026' }) });
  await askBackground(ext, { type: 'profile.correct', profileUrl: URL, corrections: {} });
  const page = await ext.context.newPage();
  await open(page);
  const company = await fact(page, 'company');
  await expect.poll(() => company.evaluate((el) => (el as HTMLInputElement).value)).toBe(COMPANY);
  expect(await inComposer(page, 'preview').textContent()).toContain(`found your way to ${COMPANY}`);

  // Emptied with the keyboard: "there is none", not "use what was read".
  await company.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await expect.poll(() => inComposer(page, 'preview').textContent()).toContain('your current role');
  expect(await company.getAttribute('data-removed')).toBe('true');
  await inComposer(page, 'insert').click();
  const note = await noteBox(page).inputValue();
  expect(note).toContain('your current role');
  expect(note).not.toContain(COMPANY);
  await expect.poll(async () => (await askBackground<{ corrections: Record<string, string> }>(ext, { type: 'composer.load', profileUrl: URL })).corrections)
    .toEqual({ company: '' });

  // The way back is the next stop after the field, labelled with what the page said.
  await company.focus();
  await page.keyboard.press('Tab');
  expect(await deepFocus(page)).toMatchObject({ tag: 'BUTTON', part: 'fact-restore', label: `Company: use the page's value (${COMPANY})` });
  await page.keyboard.press('Enter');
  await expect.poll(() => inComposer(page, 'preview').textContent()).toContain(`found your way to ${COMPANY}`);
  expect(await company.getAttribute('data-removed')).toBe('false');
  await expect.poll(async () => (await askBackground<{ corrections: Record<string, string> }>(ext, { type: 'composer.load', profileUrl: URL })).corrections)
    .toEqual({});
  await page.close();
});
