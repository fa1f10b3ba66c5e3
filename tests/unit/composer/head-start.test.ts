// What content.js does for the composer while composer.js is injected: the strings' catalogue and
// the fonts are loaded, nothing is added to the page, and nothing it does can throw into the page.
import { afterEach, expect, test, vi } from 'vitest';
import { COMPOSER_FONT_FAMILY, headStart, warmFonts } from '../../../src/composer/head-start';
import { composerCss } from '../../../src/composer/styles';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

test('measures each face of the composer on a canvas that is never in the page', () => {
  const fonts: string[] = [];
  const measured: string[] = [];
  const context = {
    set font(value: string) { fonts.push(value); },
    measureText: (text: string) => void measured.push(text),
  };
  const canvas = document.createElement('canvas');
  vi.spyOn(canvas, 'getContext').mockReturnValue(context as unknown as CanvasRenderingContext2D);
  const created = vi.spyOn(document, 'createElement').mockReturnValue(canvas);
  document.body.innerHTML = '<main><p>page</p></main>';
  const before = document.documentElement.outerHTML;
  warmFonts(document);
  expect(created).toHaveBeenCalledWith('canvas');
  expect(fonts).toContain(`14px ${COMPOSER_FONT_FAMILY}`);
  expect(fonts).toContain(`600 14px ${COMPOSER_FONT_FAMILY}`);
  expect(measured).toHaveLength(fonts.length);
  expect(canvas.isConnected).toBe(false);
  expect(document.documentElement.outerHTML).toBe(before);
});

test('the family warmed is the one the stylesheet draws with', () => {
  expect(composerCss).toContain(`font: 14px/1.4 ${COMPOSER_FONT_FAMILY};`);
});

test('loads the catalogue once asked, and throws nothing when the extension is gone or there is no canvas', () => {
  const getMessage = vi.fn(() => 'en');
  vi.stubGlobal('chrome', { i18n: { getMessage } });
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  headStart(document);
  expect(getMessage).toHaveBeenCalledWith('ui_lang');
  vi.stubGlobal('chrome', { i18n: { getMessage: () => { throw new Error('Extension context invalidated.'); } } });
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(() => { throw new Error('no canvas'); });
  expect(() => headStart(document)).not.toThrow();
});
