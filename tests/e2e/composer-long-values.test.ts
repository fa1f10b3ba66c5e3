// A 10,000-character headline in a template (LinkedIn allows long ones, and a hostile profile can
// write anything) used to grow the composer to 4,681 px and push Insert off-screen. The composer
// now shows a clamped start, the whole text on demand in a box that scrolls, and stays bounded.
import { beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { simSuite, composer, inComposer, linkedInButton, noteBox, askBackground } from './composer-helpers';
import { simPage } from '../fixtures/sim/pages';

const suite = simSuite();
const HEADLINE = `Senior UX Researcher ${'and bridge builder '.repeat(530)}`.slice(0, 9_999) + 'X'; // 10,000 characters
const VIEWPORT = { width: 1100, height: 800 };

beforeAll(async () => {
  const { template } = await askBackground<{ template: { id: string } }>(suite.ext(), {
    type: 'templates.save',
    template: { name: 'Headline', body: 'Hi {{firstName}}, {{headline}}', kind: 'invitation' },
  });
  await askBackground(suite.ext(), { type: 'settings.set', patch: { defaultTemplateId: template.id } });
});

async function openLongHeadline(variant: '2024' | '2026'): Promise<Page> {
  const url = `https://www.linkedin.com/in/lucia-ferrer/?long=${variant}`;
  const html = simPage('profile-2026', { variant }).replace('"headline": "Senior UX Researcher at Calloway Mobility"', `"headline": ${JSON.stringify(HEADLINE)}`);
  expect(html).toContain(HEADLINE);
  suite.ext().serveLinkedIn(url, { html });
  const page = await suite.ext().context.newPage();
  await page.setViewportSize(VIEWPORT);
  await page.goto(url);
  return page;
}

/** The composer's box and Insert's, in the viewport's coordinates (through CDP). */
const box = (page: Page, part: string) =>
  inComposer(page, part).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, height: r.height };
  });

describe.each(['2026', '2024'] as const)('dialog variant %s', (variant) => {
  test('a 10,000-character headline: the composer stays bounded, Insert on screen, the whole text on demand', async () => {
    const page = await openLongHeadline(variant);
    try {
      // The simulator's sticky toolbar, with the long headline, covers Connect: a keyboard user's way.
      await page.locator('main [aria-label="Invite Lucía Ferrer to connect"]').first().focus();
      await page.keyboard.press('Enter');
      await linkedInButton(page, 'Add a note').click();
      await inComposer(page, 'insert').waitFor();
      await expect.poll(() => inComposer(page, 'preview').textContent()).toMatch(/^Hi Lucía, Senior UX Researcher and bridge/);
      expect(await inComposer(page, 'preview').getAttribute('data-clamped')).toBe('true');
      expect((await inComposer(page, 'preview').textContent()).length).toBeLessThanOrEqual(321);

      const clamped = await box(page, 'composer');
      expect(clamped.height).toBeLessThan(600);
      // Insert is on screen without scrolling anything.
      const insert = await box(page, 'insert');
      expect(insert.top).toBeGreaterThanOrEqual(0);
      expect(insert.bottom).toBeLessThanOrEqual(VIEWPORT.height);

      // The whole text, on demand: a person's click; the preview scrolls within a bounded height.
      await inComposer(page, 'preview-toggle').click();
      const whole = await inComposer(page, 'preview').textContent();
      expect(whole).toBe(`Hi Lucía, ${HEADLINE}`);
      expect(await inComposer(page, 'preview-toggle').getAttribute('aria-expanded')).toBe('true');
      const expanded = await box(page, 'composer');
      expect(expanded.height).toBeLessThan(600);
      const scrolls = await inComposer(page, 'preview').evaluate((el) => el.scrollHeight > el.clientHeight + 100);
      expect(scrolls).toBe(true);
      const after = await box(page, 'insert');
      expect(after.bottom).toBeLessThanOrEqual(VIEWPORT.height);
      await page.locator('[role="dialog"]').first().screenshot({ path: `test-artifacts/composer-long-headline-${variant}.png` });

      // Insert puts in the whole filled template (LinkedIn's own limit then speaks; not ours to cut).
      await inComposer(page, 'insert').click();
      expect(await noteBox(page).inputValue()).toBe(whole);
      expect(await composer(page).count()).toBe(1);
      console.log(`long headline, variant ${variant}: composer ${Math.round(clamped.height)} px clamped, ${Math.round(expanded.height)} px expanded; Insert at ${Math.round(insert.top)}–${Math.round(insert.bottom)} px of ${VIEWPORT.height}`);
    } finally {
      await page.close();
    }
  });
});
