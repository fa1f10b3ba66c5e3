// The content script watches only where dialogs appear (content/scope-watch.ts). These flows prove
// the dialog is still found wherever and whenever LinkedIn makes its container: the 2026 shadow
// root present from the start, attached to the page's host only when the first dialog opens, or
// host and root both created then; the 2024 outlet; and after an in-page navigation. The feed
// churning in <main> meanwhile must not matter.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { composer, inComposer, openNoteStep, simSuite } from './composer-helpers';
import { fixturesDir } from './harness';

const suite = simSuite();

describe.each(['start', 'first-dialog', 'late-host'] as const)('2026 shadow root made at %s', (outletAt) => {
  test('Connect → Add a note gets the composer; Insert fills LinkedIn\'s box', async () => {
    const page = await suite.sim('profile-2026', { variant: '2026', outletAt });
    await openNoteStep(page);
    await inComposer(page, 'insert').click();
    const note = await page.locator('#custom-message').inputValue();
    expect(note).toContain('Lucía');
  });
});

test('a page whose feed churns in <main> still gets the composer when the dialog opens', async () => {
  const page = await suite.sim('profile-2024', { variant: '2024' });
  // Feed-like churn: cards inserted and removed in <main> for the whole flow.
  await page.evaluate(() => {
    const main = document.querySelector('main')!;
    const tick = () => {
      const card = document.createElement('div');
      card.textContent = 'feed card';
      main.append(card);
      if (main.childElementCount > 40) main.lastElementChild?.previousElementSibling?.remove();
    };
    setInterval(tick, 5);
  });
  await openNoteStep(page);
  expect(await inComposer(page, 'insert').isVisible()).toBe(true);
});

test('after an in-page navigation to a second person, the dialog in a late shadow root is theirs', async () => {
  const page = await suite.sim('profile-2026', { variant: '2026', outletAt: 'late-host' });
  await page.evaluate(() => {
    history.pushState({}, '', '/in/kenji-watanabe-7/');
    dispatchEvent(new PopStateEvent('popstate'));
  });
  await page.getByRole('heading', { name: 'Kenji Watanabe' }).first().waitFor();
  await openNoteStep(page);
  await inComposer(page, 'insert').click();
  expect(await page.locator('#custom-message').inputValue()).toContain('Kenji');
});

// A deep link (/preload/custom-invite/) opens on the invite dialog: one there from the start gets
// its composer; one LinkedIn draws later inside the application (watched on this page only,
// its batches coalesced into one scan per frame) gets one too, while the app keeps churning.
describe('invite deep link', () => {
  const url = 'https://www.linkedin.com/preload/custom-invite/?vanityName=mirela-popescu';
  const fixture = readFileSync(join(fixturesDir, 'linkedin/constructed/invite-deep-link.html'), 'utf8');

  test('the dialog on screen at load gets the composer', async () => {
    suite.ext().serveLinkedIn(url, { html: fixture });
    const page = await suite.ext().context.newPage();
    await page.goto(url);
    await composer(page).waitFor();
    await page.close();
  });

  test('a dialog drawn later inside the churning application gets the composer', async () => {
    const dialog = fixture.match(/<div data-test-modal-container[\s\S]*?\n<\/div>\n<\/body>/)![0].replace(/<\/div>\n<\/body>$/, '');
    suite.ext().serveLinkedIn(url, { html: fixture.replace(dialog, '') });
    const page = await suite.ext().context.newPage();
    await page.goto(url);
    await page.evaluate((markup) => {
      const main = document.querySelector('main')!;
      setInterval(() => {
        main.append(Object.assign(document.createElement('div'), { textContent: 'row' }));
        if (main.childElementCount > 40) main.firstElementChild?.remove();
      }, 5);
      setTimeout(() => main.insertAdjacentHTML('beforeend', markup), 300);
    }, dialog);
    await composer(page).waitFor();
    await page.close();
  });
});
