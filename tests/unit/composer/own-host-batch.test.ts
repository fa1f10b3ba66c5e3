// The batch that only brings the composer's own host into the dialog is not read as news about the
// dialog (composer/invite-dialog.ts): it read the whole dialog again to find what it had just read.
// Anything else in the batch, and the host taken out, still is.
import { expect, test } from 'vitest';
import { onlyAdded } from '../../../src/composer/invite-dialog';

/** The records one change of the page gives a subtree observer. */
async function recordsOf(root: Element, change: () => void): Promise<MutationRecord[]> {
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((batch) => void records.push(...batch));
  observer.observe(root, { childList: true, subtree: true, attributes: true });
  change();
  await new Promise((resolve) => setTimeout(resolve, 0));
  records.push(...observer.takeRecords());
  observer.disconnect();
  return records;
}

test('only our host put in: no news; LinkedIn\'s own change beside it, or our host taken out: news', async () => {
  document.body.innerHTML = '<div role="dialog"><div class="content"><p>Note</p></div><div class="actions"></div></div>';
  const dialog = document.querySelector('[role="dialog"]')!;
  const content = dialog.querySelector('.content')!;
  const host = document.createElement('div');

  const placed = await recordsOf(dialog, () => content.after(host));
  expect(placed).toHaveLength(1);
  expect(onlyAdded(placed, host)).toBe(true);
  expect(onlyAdded(placed, null)).toBe(false); // no composer: every batch is read
  expect(onlyAdded(placed, document.createElement('div'))).toBe(false);

  const withLinkedIn = await recordsOf(dialog, () => {
    host.remove();
    content.after(host);
    content.append(document.createElement('span'));
  });
  expect(onlyAdded(withLinkedIn, host)).toBe(false);
  expect(onlyAdded(await recordsOf(dialog, () => host.remove()), host)).toBe(false);
  expect(onlyAdded(await recordsOf(dialog, () => content.setAttribute('data-step', '2')), host)).toBe(false);
});
