// A profile page is read at idle only when its person matters (the background's profile.viewed: a
// pending invitation) or when the question fails; otherwise when asked: a press on Connect
// (person()) or the background's observe() for the side panel, popup and options preview.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { initPageProfile, NO_ONE_SEEN } from '../../../src/content/page-profile';
import type { ObservedProfile } from '../../../src/shared/messages';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures/linkedin/constructed');
const show = (file: string) => {
  const parsed = new DOMParser().parseFromString(readFileSync(join(FIXTURES, file), 'utf8'), 'text/html').body;
  document.body.replaceChildren(...Array.from(parsed.childNodes));
};
const goTo = (url: string) => (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);

const controller = { current: new AbortController() };
beforeEach(() => {
  vi.useFakeTimers();
  controller.current = new AbortController();
  goTo('https://www.linkedin.com/in/lena-okafor-a1b2/');
});
afterEach(() => {
  controller.current.abort();
  vi.useRealTimers();
});

function start(matters: () => Promise<boolean>) {
  const log = { reports: [] as ObservedProfile[], reads: 0, unread: 0, asked: 0 };
  const profile = initPageProfile(controller.current.signal, true, NO_ONE_SEEN, {
    report: (p) => log.reports.push(p),
    afterRead: () => (log.reads += 1),
    unread: () => (log.unread += 1),
    matters: () => {
      log.asked += 1;
      return matters();
    },
  });
  return { profile, log };
}

test('a person who does not matter is not read at idle, nor judged unread; observe() reads once and reports nothing', async () => {
  show('2026-profile-connect-primary.html');
  const { profile, log } = start(async () => false);
  await vi.advanceTimersByTimeAsync(11_000);
  expect(log).toMatchObject({ asked: 1, reads: 0, unread: 0, reports: [] });

  const seen = profile.observe();
  expect(seen.profile).toMatchObject({ profileUrl: expect.stringContaining('/in/'), fullName: expect.stringContaining('Lena Okafor'), relation: 'connectable' });
  expect(seen.unread).toBe(false);
  expect(log.reads).toBe(1);
  expect(log.reports).toEqual([]); // the background took the answer itself
  profile.observe();
  expect(log.reads).toBe(1); // complete: not read again
  // A press on Connect asks person(): the read is there.
  expect(profile.person()?.fullName).toContain('Lena Okafor');
  expect(log.reports).toEqual([]);
});

test('a person who matters is read at idle and reported once', async () => {
  show('2026-profile-connect-primary.html');
  const { log } = start(async () => true);
  await vi.advanceTimersByTimeAsync(50);
  expect(log.reads).toBe(1);
  expect(log.reports.map((r) => r.fullName)).toEqual([expect.stringContaining('Lena Okafor')]);
});

test('a question that fails reads, as before (a status update is worth the read)', async () => {
  show('2026-profile-connect-primary.html');
  const { log } = start(() => Promise.reject(new Error('The worker did not answer')));
  await vi.advanceTimersByTimeAsync(50);
  expect(log.reports).toHaveLength(1);
});

test('an answer that comes after the page ended reads nothing', async () => {
  show('2026-profile-connect-primary.html');
  let answer: (yes: boolean) => void = () => undefined;
  const { log } = start(() => new Promise<boolean>((resolve) => (answer = resolve)));
  await vi.advanceTimersByTimeAsync(50);
  controller.current.abort();
  answer(true);
  await vi.advanceTimersByTimeAsync(50);
  expect(log.reads).toBe(0);
});

test('observe() before the card: nothing yet, the card is polled for and reported when it comes', async () => {
  document.body.replaceChildren();
  const { profile, log } = start(async () => false);
  await vi.advanceTimersByTimeAsync(1_000);
  expect(profile.observe()).toEqual({ profile: null, unread: false });
  show('2026-profile-connect-primary.html');
  profile.refresh(); // a batch or the card poll (content/page.ts) after the retry spacing
  await vi.advanceTimersByTimeAsync(250);
  expect(log.reports.map((r) => r.fullName)).toEqual([expect.stringContaining('Lena Okafor')]);
});

test('observe() after the wait for the card, with still no name: unread, said to the one who asked', async () => {
  document.body.replaceChildren();
  const { profile, log } = start(async () => false);
  await vi.advanceTimersByTimeAsync(10_500);
  expect(profile.observe()).toEqual({ profile: null, unread: true });
  expect(log.unread).toBe(0); // not also reported: the asker has it
});

test('the own profile is no one to report, and not unread either', async () => {
  show('2026-own-profile.html');
  const { profile } = start(async () => false);
  await vi.advanceTimersByTimeAsync(10_500);
  expect(profile.observe()).toEqual({ profile: null, unread: false });
});
