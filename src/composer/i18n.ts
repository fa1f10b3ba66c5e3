// The composer's strings, from public/_locales/<lang>/messages.json (keys start with `composer_`).
// The composer runs in the content script, which must not load webextension-polyfill (payload
// budget), so this asks the browser's own i18n API directly. A missing key shows as the key
// itself, so a forgotten string is noticed rather than shown blank.
//
// Each key is asked for once per page: a getMessage call crosses into the browser's bindings
// (tens of µs), and the composer is drawn on every keystroke. The language cannot change while
// a page lives, so the message is kept with its substitutions as stand-ins and filled here.

interface I18nLike {
  getMessage(key: string, substitutions?: string[]): string;
}

const api = globalThis as { browser?: { i18n?: I18nLike }; chrome?: { i18n?: I18nLike } };

/** Stand-in for substitution i (a private-use character: never in a message of ours). */
const HOLE = '\ue000';
const HOLES = /\ue000(\d)/g;
const STAND_INS = Array.from({ length: 9 }, (_, i) => `${HOLE}${i}`);

let cachedFor: I18nLike | undefined;
let cache = new Map<string, string>();

function message(i18n: I18nLike | undefined, key: string, holes: number): string {
  // A new API object (a test's stub) starts over: what another one said does not hold for it.
  if (i18n !== cachedFor) {
    cachedFor = i18n;
    cache = new Map();
  }
  const id = holes ? `${key}\u0000${holes}` : key;
  let found = cache.get(id);
  if (found === undefined) {
    found = i18n?.getMessage(key, STAND_INS.slice(0, holes)) ?? '';
    // Not kept while the browser answers nothing: after an extension reload it may answer again.
    if (found) cache.set(id, found);
  }
  return found;
}

export function t(key: string, ...substitutions: (string | number)[]): string {
  let found = '';
  try {
    found = message(api.browser?.i18n ?? api.chrome?.i18n, key, Math.min(substitutions.length, STAND_INS.length));
  } catch {
    // The extension was reloaded under this page: its APIs throw until the page reloads.
  }
  if (!found) return key;
  // One pass: a substituted value is never read again for stand-ins.
  return substitutions.length ? found.replace(HOLES, (_, i: string) => String(substitutions[Number(i)] ?? '')) : found;
}
