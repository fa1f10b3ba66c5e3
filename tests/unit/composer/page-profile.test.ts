// The page's person across in-page navigation: a read of the previous person's card after the
// URL changed is dropped, and the new person is read (and reported once) when the card arrives.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { pageProfile, peekPageProfile, refreshPageProfile, reportProfilesTo, startPageProfile } from '../../../src/content/page-profile';
import { readProfile } from '../../../src/linkedin';
import type { ObservedProfile } from '../../../src/shared/messages';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures/linkedin/constructed');
const body = (file: string) => new DOMParser().parseFromString(readFileSync(join(FIXTURES, file), 'utf8'), 'text/html').body;
const show = (file: string) => document.body.replaceChildren(...Array.from(body(file).childNodes));
const goTo = (url: string) => (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);

afterEach(() => reportProfilesTo(() => undefined));

test('never the previous person after an in-page navigation', () => {
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
  expect(refreshPageProfile()).toBe(true);
  expect(peekPageProfile()).toBeNull();

  // LinkedIn renders the next person's card.
  show('2026-profile-pending.html');
  refreshPageProfile();
  expect(peekPageProfile()?.fullName).toBe(next.fullName);
  expect(refreshPageProfile()).toBe(false); // complete: nothing more to do per batch
  expect(reports.map((r) => r.fullName)).toEqual([first.fullName, next.fullName]);
  expect(reports[1]?.relation).toBe('pending');
});

test('not a profile page: no person, no reading', () => {
  startPageProfile(false);
  expect(pageProfile()).toBeNull();
  expect(refreshPageProfile()).toBe(false);
});

test('waiting for the card: only a batch that adds or fills a top card is worth a read', async () => {
  document.body.replaceChildren();
  goTo('https://www.linkedin.com/in/lena-okafor-a1b2/');
  startPageProfile(true);
  expect(peekPageProfile()?.fullName ?? null).toBeNull();
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((batch) => records.push(...batch));
  observer.observe(document.body, { childList: true, subtree: true });

  await new Promise((r) => setTimeout(r, 250)); // past the retry spacing
  document.body.append(Object.assign(document.createElement('div'), { textContent: 'feed item' }));
  await Promise.resolve();
  expect(refreshPageProfile(records.splice(0))).toBe(false);

  show('2026-profile-connect-primary.html');
  await Promise.resolve();
  expect(refreshPageProfile(records.splice(0))).toBe(true);
  expect(peekPageProfile()?.fullName).toContain('Lena Okafor');
  observer.disconnect();
});
