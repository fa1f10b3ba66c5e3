// The page's person across in-page navigation: a read of the previous person's card after the
// URL changed is dropped, and the new person is read (and reported once) when the card arrives.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { initPageProfile, NO_ONE_SEEN, type PageProfile } from '../../../src/content/page-profile';
import { readProfile } from '../../../src/linkedin';
import type { ObservedProfile } from '../../../src/shared/messages';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures/linkedin/constructed');
const body = (file: string) => new DOMParser().parseFromString(readFileSync(join(FIXTURES, file), 'utf8'), 'text/html').body;
const show = (file: string) => document.body.replaceChildren(...Array.from(body(file).childNodes));
const goTo = (url: string) => (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);

// One page object per navigation, as content/page.ts makes them: each gets whom the previous
// page's card showed, and the previous page's signal aborts.
let page: { controller: AbortController; profile: PageProfile } | null = null;
let sink: (p: ObservedProfile) => void = () => undefined;
let onRead: () => void = () => undefined;
function startPageProfile(isProfilePage: boolean): void {
  const previous = page?.profile.seen() ?? NO_ONE_SEEN;
  page?.controller.abort();
  const controller = new AbortController();
  const profile = initPageProfile(controller.signal, isProfilePage, previous, { report: (p) => sink(p), afterRead: () => onRead() });
  page = { controller, profile };
}
const pageProfile = () => page!.profile.person();
const peekPageProfile = () => page!.profile.peek();
const refreshPageProfile = () => page!.profile.refresh();
const reportProfilesTo = (to: typeof sink) => (sink = to);
const afterEachRead = (listener: () => void) => (onRead = listener);

// The clock is the test's: on a loaded machine real waits stretch, and "100 batches at once"
// would straddle the retry spacing.
beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  reportProfilesTo(() => undefined);
});

const waitMs = (ms: number) => vi.advanceTimersByTimeAsync(ms);
const pastRetrySpacing = () => waitMs(220);
/** A page's first read waits until the main thread is idle (happy-dom: the next task). */
const firstRead = () => waitMs(1);

test('never the previous person after an in-page navigation', async () => {
  const reports: ObservedProfile[] = [];
  reportProfilesTo((p) => reports.push(p));
  show('2026-profile-connect-primary.html');
  const first = readProfile(document);
  expect(first.fullName && first.vanity).toBeTruthy();
  goTo(first.profileUrl!);
  startPageProfile(true);
  expect(pageProfile()?.fullName).toBe(first.fullName);
  expect(reports.map((r) => r.fullName)).toEqual([first.fullName]);

  // The URL names the next person; the card still shows the first one.
  const next = readProfile(body('2026-profile-pending.html') as unknown as Document);
  expect(next.vanity).not.toBe(first.vanity);
  goTo(next.profileUrl!);
  startPageProfile(true);
  expect(peekPageProfile()).toBeNull();
  expect(pageProfile()).toBeNull();
  // While the old card stays, batches re-read it at the retry spacing, not on every batch.
  let reads = 0;
  afterEachRead(() => (reads += 1));
  for (let i = 0; i < 100; i++) refreshPageProfile();
  expect(reads).toBe(0);
  await pastRetrySpacing();
  expect(reads).toBe(1);
  expect(peekPageProfile()).toBeNull();

  // LinkedIn renders the next person's card.
  show('2026-profile-pending.html');
  await pastRetrySpacing();
  expect(refreshPageProfile()).toBe(true);
  expect(peekPageProfile()?.fullName).toBe(next.fullName);
  expect(refreshPageProfile()).toBe(false); // complete: nothing more to do per batch
  expect(reports.map((r) => r.fullName)).toEqual([first.fullName, next.fullName]);
  expect(reports[1]?.relation).toBe('pending');
  afterEachRead(() => undefined);
});

test('not a profile page: no person, no reading', () => {
  startPageProfile(false);
  expect(pageProfile()).toBeNull();
  expect(refreshPageProfile()).toBe(false);
});

test('waiting for the card: reads follow time, not batches, and a card drawn just after a read is still read', async () => {
  document.body.replaceChildren();
  goTo('https://www.linkedin.com/in/lena-okafor-a1b2/');
  let reads = 0;
  afterEachRead(() => (reads += 1));
  startPageProfile(true);
  expect(reads).toBe(0); // not during the page's own load
  await firstRead();
  expect(reads).toBe(1);
  expect(peekPageProfile()?.fullName ?? null).toBeNull();

  // A burst of batches right after that read: no read now, one timer for later.
  for (let i = 0; i < 500; i++) expect(refreshPageProfile()).toBe(false);
  expect(reads).toBe(1);
  // The card arrives in one piece, and nothing changes after it: the timer still reads it.
  show('2026-profile-connect-primary.html');
  await waitMs(260);
  expect(reads).toBe(2);
  expect(peekPageProfile()?.fullName).toContain('Lena Okafor');
  // Complete: later batches cost nothing.
  expect(refreshPageProfile()).toBe(false);
  await waitMs(260);
  expect(reads).toBe(2);
  afterEachRead(() => undefined);
});

test('waiting for the card: a batch after the spacing reads at once; a new page cancels the old timer', async () => {
  document.body.replaceChildren();
  goTo('https://www.linkedin.com/in/lena-okafor-a1b2/');
  let reads = 0;
  afterEachRead(() => (reads += 1));
  startPageProfile(true);
  await waitMs(220);
  expect(refreshPageProfile()).toBe(true);
  expect(reads).toBe(2);
  expect(refreshPageProfile()).toBe(false); // sets a timer
  goTo('https://www.linkedin.com/in/someone-else/');
  startPageProfile(true); // a new page reads once (when idle); the old page's timer must not read again
  await firstRead();
  expect(reads).toBe(3);
  await waitMs(260);
  expect(reads).toBe(3);
  afterEachRead(() => undefined);
});

test('a card drawn in the last moments of the wait is read before the page is called unread', async () => {
  vi.useFakeTimers();
  try {
    document.body.replaceChildren();
    goTo('https://www.linkedin.com/in/lena-okafor-a1b2/');
    const reports: ObservedProfile[] = [];
    let unread = 0;
    const controller = new AbortController();
    // No poll here (content/page.ts polls, backing off to 2 s): the last read may be that old.
    initPageProfile(controller.signal, true, NO_ONE_SEEN, { report: (p) => reports.push(p), unread: () => (unread += 1) });
    await vi.advanceTimersByTimeAsync(9_900);
    expect(reports).toEqual([]);
    show('2026-profile-connect-primary.html');
    await vi.advanceTimersByTimeAsync(200);
    expect(unread).toBe(0);
    expect(reports.map((r) => r.fullName)).toEqual([expect.stringContaining('Lena Okafor')]);

    // A page whose card never comes is still reported, once.
    document.body.replaceChildren();
    goTo('https://www.linkedin.com/in/someone-else/');
    initPageProfile(new AbortController().signal, true, NO_ONE_SEEN, { report: (p) => reports.push(p), unread: () => (unread += 1) });
    await vi.advanceTimersByTimeAsync(10_100);
    expect(unread).toBe(1);
    controller.abort();
  } finally {
    vi.useRealTimers();
  }
});
