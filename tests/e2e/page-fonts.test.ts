// Every extension page sets its font on body itself: Chrome injects `body { font-size: 75% }`
// into extension pages, so a size set only on :root rendered the options page at 75 % (labels
// and inputs 11.25 px next to 13.5 px help text).
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchExtension, type Extension } from './harness';

let ext: Extension;
beforeAll(async () => {
  ext = await launchExtension();
});
afterAll(async () => {
  await ext?.close();
});

const pages = [
  ['options', 'src/options/index.html', '15px'],
  ['popup', 'src/popup/index.html', '13px'],
  ['side panel', 'src/sidepanel/index.html', '14px'],
] as const;

test.each(pages)('the %s page renders its text at its own size, not at 75 %%', async (_, path, size) => {
  const page = await ext.openExtensionPage(path);
  await page.locator('#app > *').first().waitFor();
  const sizes = await page.evaluate(() => {
    const px = (el: Element | null) => (el ? getComputedStyle(el).fontSize : null);
    return { html: px(document.documentElement), body: px(document.body), app: px(document.getElementById('app')) };
  });
  expect(sizes).toEqual({ html: size, body: size, app: size });
  await page.close();
});

test('on the options page a label and its input are as large as the page, larger than their help text', async () => {
  const page = await ext.openExtensionPage('src/options/index.html#settings');
  await page.locator('.settings .help').first().waitFor();
  const sizes = await page.evaluate(() => {
    const px = (selector: string) => parseFloat(getComputedStyle(document.querySelector(selector)!).fontSize);
    return { label: px('.settings label'), input: px('.settings input'), help: px('.settings .help') };
  });
  expect(sizes.label).toBe(15);
  expect(sizes.input).toBe(15);
  expect(sizes.help).toBeLessThan(sizes.label);
  await page.close();
});
