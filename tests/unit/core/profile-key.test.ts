import { describe, expect, test } from 'vitest';
import { normalizeSlug, profileKey, profileUrlFromKey } from '../../../src/core/profile-key';

describe('profileKey — the one join key for a person', () => {
  test.each([
    ['https://www.linkedin.com/in/teodor-miklos', 'teodor-miklos'],
    ['https://www.linkedin.com/in/teodor-miklos/', 'teodor-miklos'],
    ['https://www.linkedin.com/in/Teodor-Miklos/?miniProfileUrn=x#top', 'teodor-miklos'],
    ['/in/j%C3%BCrgen-m%C3%BCller-1a/', 'jürgen-müller-1a'],
    ['https://www.linkedin.com/in/J%C3%9CRGEN/overlay/contact-info/', 'jürgen'],
    ['  https://linkedin.com/in/sam//  ', 'sam'],
  ])('%s → %s', (input, key) => {
    expect(profileKey(input)).toBe(key);
  });

  test('inputs without /in/<slug> have no key', () => {
    expect(profileKey('https://www.linkedin.com/company/acme/')).toBeNull();
    expect(profileKey('https://www.linkedin.com/in/')).toBeNull();
    expect(profileKey('')).toBeNull();
  });

  test('a malformed escape is kept as written rather than throwing', () => {
    expect(profileKey('/in/bad%E0%A4%A/')).toBe('bad%e0%a4%a');
  });

  test('a vanity name normalizes like a URL slug, and the canonical URL round-trips', () => {
    expect(normalizeSlug('Graham%20Whitlock')).toBe('graham whitlock');
    const key = profileKey('/in/J%C3%BCrgen/')!;
    expect(profileKey(profileUrlFromKey(key))).toBe(key);
  });
});
