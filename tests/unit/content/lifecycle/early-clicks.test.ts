// content.js's side of the lifecycle: the withdrawal's reader is in composer.js, fetched at the
// person's first click that may start a withdrawal; the clicks made while it is on its way are
// handed over, so a quick Pending → confirm is still recorded. Other clicks fetch nothing.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { watchLifecycle } from '../../../../src/composer/lifecycle';
import { lifecycle } from '../../../../src/content/lifecycle';
import type { Page } from '../../../../src/content/page';
import type { ComposerModule } from '../../../../src/composer/entry';
import { addMarkup, click, loadPage, must } from '../../composer/lifecycle/helpers';

const reports = vi.hoisted(() => [] as { type: string; profileUrl?: string }[]);
// The reports go to composer.js's outbox (composer/reports.ts).
vi.mock('../../../../src/composer/reports', () => ({
  report: (r: { type: string; profileUrl?: string }) => reports.push(r),
}));

const MIRELA = 'https://www.linkedin.com/in/mirela-popescu-77/';
let controller: AbortController;
beforeEach(() => {
  controller = new AbortController();
  reports.length = 0;
  const page = loadPage('constructed/2026-profile-pending.html');
  document.body.replaceChildren(...Array.from(page.body.childNodes).map((n) => document.importNode(n, true)));
});
afterEach(() => controller.abort());

/** The profile page's lifecycle with a composer.js that arrives when `arrive()` is called. */
function start() {
  let arrive: () => void = () => undefined;
  const load = vi.fn(() => new Promise<ComposerModule | null>((resolve) => (arrive = () => resolve({ watchLifecycle } as ComposerModule))));
  const page = {
    kind: 'profile',
    app: { composer: { load, loaded: () => null } },
    profile: { person: () => ({ profileUrl: MIRELA, fullName: 'Mirela Popescu' }) },
  } as unknown as Page;
  lifecycle.init(controller.signal, page);
  return { load, arrive: async () => { arrive(); await Promise.resolve(); await Promise.resolve(); } };
}
const pending = () => must(document, 'a[componentkey$="_pending"] span');
const confirm = () => must(addMarkup(document.body, '<dialog open><button aria-label="Withdraw invitation sent to Mirela Popescu"><span>Withdraw</span></button></dialog>'), 'button span');

test('Pending and the confirm, both clicked before composer.js arrived → recorded once it has', async () => {
  const { load, arrive } = start();
  click(pending());
  click(confirm());
  expect(load).toHaveBeenCalledTimes(1);
  expect(reports).toEqual([]);
  await arrive();
  expect(reports).toMatchObject([{ type: 'invitation.withdraw-clicked', profileUrl: MIRELA }]);
});

// composer.js judges the clicks when it arrives; LinkedIn may have moved on by then.
test.each([
  ['closed its dialog', (button: Element) => button.closest('dialog')!.removeAttribute('open')],
  ['disabled the confirm while it works', (button: Element) => (button.closest('button')!.disabled = true)],
])('the confirm clicked, then LinkedIn %s, all before composer.js arrived → recorded', async (_, linkedInMovesOn) => {
  const { arrive } = start();
  click(pending());
  const button = confirm();
  click(button);
  linkedInMovesOn(button);
  await arrive();
  expect(reports).toMatchObject([{ type: 'invitation.withdraw-clicked', profileUrl: MIRELA }]);
});

test('Pending before, the confirm after composer.js arrived → recorded once', async () => {
  const { arrive } = start();
  click(pending());
  await arrive();
  click(confirm());
  expect(reports).toHaveLength(1);
});

test('Pending then Cancel before composer.js arrived → nothing', async () => {
  const { arrive } = start();
  click(pending());
  click(must(addMarkup(document.body, '<dialog open><button class="artdeco-button--secondary"><span>Cancel</span></button></dialog>'), 'span'));
  await arrive();
  expect(reports).toEqual([]);
});

test('other controls and a page script\'s click() fetch nothing', () => {
  const { load } = start();
  click(must(addMarkup(document.body, '<button aria-label="Follow someone"><span>Follow</span></button>'), 'span'));
  click(pending(), false);
  expect(load).not.toHaveBeenCalled();
});
