// Where the options page's component tests render: a root element added before each test and
// emptied and removed after it, with chrome.i18n answering from the extension's own messages.
import { render } from 'preact';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, vi } from 'vitest';

export type Messages = Record<string, { message: string }>;

/** A language's messages.json as the browser would serve it. */
export const localeMessages = (lang: string): Messages =>
  JSON.parse(readFileSync(resolve(import.meta.dirname, `../../../public/_locales/${lang}/messages.json`), 'utf8')) as Messages;

const english = localeMessages('en');

/** The root of the current test (`root.el`); chrome.i18n reads `messages()` at each lookup. */
export function optionsRoot(messages: () => Messages = () => english): { readonly el: HTMLElement } {
  let el: HTMLElement | null = null;
  beforeEach(() => {
    vi.stubGlobal('chrome', { i18n: { getMessage: (key: string) => messages()[key]?.message ?? '', getUILanguage: () => 'en' } });
    el = document.createElement('div');
    document.body.append(el);
  });
  afterEach(() => {
    render(null, el!);
    el!.remove();
    vi.unstubAllGlobals();
  });
  return { get el() { return el!; } };
}
