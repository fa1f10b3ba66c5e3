// github-url-detection's habit: each detector accepts its own example URLs and rejects everyone
// else's; pageKind consults them in order and uses the document only for one's own profile.
import { describe, expect, test } from 'vitest';
import { deepLinkVanity, isWatchedFromLoad, pageKind, PAGE_DETECTORS } from '../../../src/linkedin';
import { otherExamples } from '../../../src/linkedin/page-kind';
import { loadPage } from './fixtures';

const everyExample = [
  ...PAGE_DETECTORS.flatMap((d) => d.examples.map((url) => ({ url, kind: d.kind as string }))),
  ...otherExamples.map((url) => ({ url, kind: 'other' })),
];

describe.each(PAGE_DETECTORS)('$kind detector', (detector) => {
  test.each(detector.examples)('accepts %s', (url) => {
    expect(detector.test(url)).toBe(true);
    expect(pageKind(url)).toBe(detector.kind);
  });

  test('rejects every other detector\'s examples', () => {
    const foreign = everyExample.filter((e) => e.kind !== detector.kind);
    expect(foreign.filter((e) => detector.test(e.url)).map((e) => e.url)).toEqual([]);
  });
});

test.each(otherExamples)('%s is other', (url) => {
  expect(pageKind(url)).toBe('other');
});

test('own profile cannot be told from /in/<slug>/ alone; the document tells', () => {
  expect(pageKind('https://www.linkedin.com/in/nirenpatwal/')).toBe('profile');
  expect(pageKind('https://www.linkedin.com/in/nirenpatwal/', loadPage('2022-own-profile.html'))).toBe('own-profile');
  expect(pageKind('https://www.linkedin.com/in/sam-rivera-dev/', loadPage('constructed/2026-own-profile.html'))).toBe('own-profile');
  expect(pageKind('https://www.linkedin.com/in/aramteljo/', loadPage('2024-follow-primary-connect-in-more.html'))).toBe('profile');
});

test('a document never turns a non-profile URL into a profile', () => {
  expect(pageKind('https://www.linkedin.com/feed/', loadPage('2022-own-profile.html'))).toBe('other');
});

test('the invite deep link names its person', () => {
  expect(deepLinkVanity('https://www.linkedin.com/preload/custom-invite/?vanityName=grahamwhitlock')).toBe('grahamwhitlock');
  expect(deepLinkVanity('https://www.linkedin.com/preload/search-custom-invite/?vanityName=j%C3%BCrgen')).toBe('jürgen');
  expect(deepLinkVanity('https://www.linkedin.com/in/grahamwhitlock/')).toBeNull();
});

test('watched from load: exactly the deep link, sent-invitations and messaging examples, by their path', () => {
  const watched = new Set(['invite-deep-link', 'sent-invitations', 'messaging']);
  for (const detector of PAGE_DETECTORS) {
    for (const url of detector.examples) {
      const path = new URL(url, 'https://www.linkedin.com/').pathname;
      expect([url, isWatchedFromLoad(path)]).toEqual([url, watched.has(detector.kind)]);
    }
  }
  for (const url of otherExamples) expect([url, isWatchedFromLoad(new URL(url, 'https://www.linkedin.com/').pathname)]).toEqual([url, false]);
  expect(isWatchedFromLoad('/Messaging/thread/x/')).toBe(true);
});
