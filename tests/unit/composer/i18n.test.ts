import { afterEach, describe, expect, test, vi } from 'vitest';
import { t } from '../../../src/composer/i18n';

/** chrome.i18n.getMessage as the browser does it: $1, $2 … filled with the substitutions as given. */
const messages: Record<string, string> = { composer_counter_title: '$1 of $2 characters', composer_insert: 'Insert', composer_over: '$1 over ($1)' };
const getMessage = vi.fn((key: string, subs: string[] = []) => (messages[key] ?? '').replace(/\$(\d)/g, (_, i: string) => subs[Number(i) - 1] ?? ''));

afterEach(() => vi.unstubAllGlobals());

describe('t', () => {
  test('asks the browser once per key and fills every substitution as given, $ signs and all', () => {
    vi.stubGlobal('chrome', { i18n: { getMessage } });
    getMessage.mockClear();
    expect(t('composer_insert')).toBe('Insert');
    expect(t('composer_insert')).toBe('Insert');
    expect(t('composer_counter_title', 12, 200)).toBe('12 of 200 characters');
    expect(t('composer_counter_title', 13, 200)).toBe('13 of 200 characters');
    expect(t('composer_counter_title', '$2 \ue0001', 'x')).toBe('$2 \ue0001 of x characters');
    expect(t('composer_over', 3)).toBe('3 over (3)');
    expect(getMessage).toHaveBeenCalledTimes(3);
  });

  test('a missing key shows as the key; a new API (another stub) is asked again', () => {
    vi.stubGlobal('chrome', { i18n: { getMessage } });
    expect(t('composer_nothing_here', 1)).toBe('composer_nothing_here');
    vi.stubGlobal('chrome', { i18n: { getMessage: () => 'Einfügen' } });
    expect(t('composer_insert')).toBe('Einfügen');
  });

  test('an API that throws (extension reloaded) gives the key', () => {
    vi.stubGlobal('chrome', { i18n: { getMessage: () => { throw new Error('Extension context invalidated.'); } } });
    expect(t('composer_insert')).toBe('composer_insert');
  });
});
