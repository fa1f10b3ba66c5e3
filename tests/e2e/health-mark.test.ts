// A profile page that yields no name (LinkedIn changed its page): the popup says so quietly and
// "Copy diagnostics" copies a report in Rapport's own words that holds nothing from the page.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchExtension, type Extension } from './harness';

let ext: Extension;
beforeAll(async () => {
  ext = await launchExtension();
});
afterAll(async () => {
  await ext?.close();
});

// A profile page whose card no longer has a name heading (a redesign Rapport does not know yet).
const changedPage = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Wilhelmina Quistgaard | LinkedIn</title></head>
<body><main><section aria-label="Primary content"><section>
  <div class="_x1">Wilhelmina Quistgaard</div><p>Secret Headline at Quistgaard Secret Holdings</p>
  <a aria-label="Invite Wilhelmina Quistgaard to connect" href="/preload/custom-invite/?vanityName=wilhelmina-q">Connect</a>
</section></section></main></body></html>`;

test('no name on a profile page → a quiet mark in the popup and diagnostics without page text', async () => {
  const page = await ext.openLinkedIn('https://www.linkedin.com/in/wilhelmina-q/', { html: changedPage });
  await page.waitForTimeout(11_000); // the content script waits 10 s for LinkedIn to draw the card

  const popup = await ext.openExtensionPage('src/popup/index.html');
  const mark = popup.locator('[data-rapport="health-mark"]');
  await mark.waitFor();
  expect(await mark.locator('[role="status"]').first().textContent()).toMatch(/LinkedIn's page changed: Rapport could not read this profile/);
  // The clipboard itself is the browser's: record what the popup hands it.
  await popup.evaluate(() => {
    const w = window as unknown as { copied: string | null };
    w.copied = null;
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void (w.copied = text) } });
  });
  await mark.getByRole('button', { name: 'Copy diagnostics' }).click();
  await expect.poll(() => mark.locator('[role="status"]').count()).toBe(2);
  const copied = await popup.evaluate(() => (window as unknown as { copied: string }).copied);
  const report = JSON.parse(copied) as Record<string, unknown>;
  expect(report).toMatchObject({ problem: 'profile-unread', kind: 'profile', era: null });
  expect(report.missing).toEqual(expect.arrayContaining(['topCard', 'fullName']));
  expect(copied).not.toMatch(/Wilhelmina|Quistgaard|Secret|wilhelmina|_x1/);
  await Promise.all([page.close(), popup.close()]);
});
