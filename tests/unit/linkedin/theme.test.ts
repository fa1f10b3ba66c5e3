// LinkedIn's theme, which the composer follows (not the computer's): the marker on <html> in the
// saved pages, and the background the page really paints.
import { afterEach, describe, expect, test } from 'vitest';
import { linkedInTheme, paintedTheme, parseRgb, themeMarker } from '../../../src/linkedin/theme';
import { loadPage } from './fixtures';

afterEach(() => {
  document.documentElement.className = '';
  document.body.replaceChildren();
});

describe('themeMarker', () => {
  test.each([
    '2022-own-profile.html',
    '2024-connect-primary-mutuals.html',
    '2024-follow-primary-connect-in-more.html',
  ])('saved light page %s: `theme theme--mercado` is no dark marker', (file) => {
    const doc = loadPage(file);
    expect(doc.documentElement.classList.contains('theme--mercado')).toBe(true);
    expect(themeMarker(doc)).toBeNull();
  });

  test('theme--dark (LinkedIn\'s dark mode) and theme--light are read on <html> or <body>', () => {
    const doc = loadPage('2024-connect-primary-mutuals.html');
    doc.documentElement.classList.add('theme--dark');
    expect(themeMarker(doc)).toBe('dark');
    doc.documentElement.classList.remove('theme--dark');
    doc.body.classList.add('theme--light');
    expect(themeMarker(doc)).toBe('light');
  });
});

describe('painted background', () => {
  test('parseRgb reads computed colours; transparent has alpha 0', () => {
    expect(parseRgb('rgb(27, 31, 35)')).toEqual([27, 31, 35, 1]);
    expect(parseRgb('rgba(0, 0, 0, 0)')).toEqual([0, 0, 0, 0]);
    expect(parseRgb('rgb(255 255 255 / 50%)')).toEqual([255, 255, 255, 0.5]);
    expect(parseRgb('transparent')).toBeNull();
  });

  test('the first opaque background above an element decides, through a shadow host', () => {
    document.body.innerHTML = '<div id="modal" style="background-color: rgb(27, 31, 35)"><div id="content"><p id="in">x</p></div></div>';
    expect(paintedTheme(document.getElementById('in')!)).toBe('dark');
    document.getElementById('modal')!.style.backgroundColor = 'rgb(255, 255, 255)';
    expect(paintedTheme(document.getElementById('in')!)).toBe('light');

    const host = document.createElement('div');
    host.style.backgroundColor = 'rgb(0, 0, 0)';
    document.body.append(host);
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(paintedTheme(inner)).toBe('dark');
  });

  test('painted wins over the marker; with neither, LinkedIn\'s default is light', () => {
    document.body.innerHTML = '<div id="modal"><p id="in">x</p></div>';
    expect(linkedInTheme(document.getElementById('in')!)).toBe('light');
    document.documentElement.classList.add('theme--dark');
    expect(linkedInTheme(document.getElementById('in')!)).toBe('dark');
    document.getElementById('modal')!.style.backgroundColor = 'rgb(255, 255, 255)';
    expect(linkedInTheme(document.getElementById('in')!)).toBe('light');
  });
});
