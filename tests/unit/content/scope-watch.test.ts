// What the content script watches: the places dialogs appear, never the application's content
// (linkedin/dialog-containers.ts + content/scope-watch.ts), on every saved page and in happy-dom.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { dialogContainers } from '../../../src/linkedin';
import { watchScopes } from '../../../src/content/scope-watch';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures/linkedin');
const fullPages = [
  ...readdirSync(FIXTURES).filter((f) => f.endsWith('.html') && !f.includes('.excerpt.')),
  ...readdirSync(join(FIXTURES, 'constructed')).filter((f) => f.endsWith('.html')).map((f) => `constructed/${f}`),
];
const parse = (file: string) => new DOMParser().parseFromString(readFileSync(join(FIXTURES, file), 'utf8'), 'text/html');

describe.each(fullPages)('%s', (file) => {
  test('the application (the body child holding <main>) is never a dialog container; outlets are', () => {
    const doc = parse(file);
    const { scopes, app } = dialogContainers(doc);
    for (const scope of scopes) expect((scope as Element).querySelector?.('main, [role="main"]') ?? null).toBeNull();
    const main = doc.querySelector('main, [role="main"]');
    if (main) expect(app.some((el) => el.contains(main))).toBe(true);
    for (const id of ['artdeco-modal-outlet', 'interop-outlet']) {
      const outlet = doc.getElementById(id);
      if (outlet?.parentElement === doc.body) expect(scopes).toContain(outlet);
    }
  });
});

describe('watchScopes', () => {
  let stop = new AbortController();
  afterEach(() => {
    stop.abort();
    document.body.replaceChildren();
  });
  const settle = () => new Promise((r) => setTimeout(r, 0));

  function page() {
    document.body.replaceChildren();
    const app = document.createElement('div');
    const main = document.createElement('main');
    app.append(main);
    const outlet = document.createElement('div');
    document.body.append(app, outlet);
    const seen = { dialog: 0, app: 0 };
    stop = new AbortController();
    const watch = watchScopes(document, () => (seen.dialog += 1), () => (seen.app += 1), stop.signal);
    return { main, outlet, seen, watch };
  }

  test('churn in <main> reaches nobody; a change in an outlet does', async () => {
    const { main, outlet, seen } = page();
    for (let i = 0; i < 50; i++) main.append(document.createElement('div'));
    await settle();
    expect(seen).toEqual({ dialog: 0, app: 0 });
    outlet.append(document.createElement('div'));
    await settle();
    expect(seen.dialog).toBe(1);
  });

  test('a new body child is noticed, and its subtree is watched from then on', async () => {
    const { seen } = page();
    const toasts = document.createElement('div');
    document.body.append(toasts);
    await settle();
    expect(seen.dialog).toBe(1);
    toasts.append(document.createElement('p'));
    await settle();
    expect(seen.dialog).toBe(2);
  });

  test('scripts, styles and text coming and going in <body> reach nobody and look for no container', async () => {
    const { outlet, seen, watch } = page();
    const shadow = outlet.attachShadow({ mode: 'open' });
    const script = document.createElement('script');
    document.body.append(script, document.createElement('style'), document.createElement('link'), 'text', document.createComment('c'));
    script.remove();
    await settle();
    expect(seen.dialog).toBe(0);
    // No re-adoption happened either: the shadow root attached before is still unwatched.
    shadow.append(document.createElement('div'));
    await settle();
    expect(seen.dialog).toBe(0);
    // A real body child among scripts still counts, and brings the shadow root in.
    document.body.append(document.createElement('script'), document.createElement('div'));
    await settle();
    expect(seen.dialog).toBe(1);
    shadow.append(document.createElement('div'));
    await settle();
    expect(seen.dialog).toBe(2);
    expect(watch.adopt().scopes).toContain(shadow);
  });

  test("a known shadow host's root attached after the host is adopted at the next body batch, even a script-only one", async () => {
    const { seen, watch } = page();
    const host = document.createElement('div');
    host.id = 'interop-outlet';
    document.body.append(host);
    await settle();
    expect(seen.dialog).toBe(1);
    // LinkedIn attaches the root a moment later: no record says so.
    const shadow = host.attachShadow({ mode: 'open' });
    document.body.append(document.createElement('script'));
    await settle();
    expect(seen.dialog).toBe(1); // the script batch itself still reaches nobody
    shadow.append(document.createElement('div'));
    await settle();
    expect(seen.dialog).toBe(2);
    expect(watch.adopt().scopes).toContain(shadow);
  });

  test('a removed body child counts (an outlet taking its dialog with it)', async () => {
    const { outlet, seen } = page();
    outlet.remove();
    await settle();
    expect(seen.dialog).toBe(1);
  });

  test('adopt() returns the containers it now watches', () => {
    const { main, outlet, watch } = page();
    const found = watch.adopt();
    expect(found.scopes).toEqual([outlet]);
    expect(found.app).toEqual([main.parentElement]);
  });

  test('a shadow root attached later is watched once adopt() runs (as after a Connect click)', async () => {
    const { outlet, seen, watch } = page();
    const shadow = outlet.attachShadow({ mode: 'open' });
    shadow.append(document.createElement('div'));
    await settle();
    expect(seen.dialog).toBe(0); // nothing tells an observer that a root was attached
    watch.adopt();
    shadow.append(document.createElement('div'));
    await settle();
    expect(seen.dialog).toBe(1);
  });

  test('the application is watched only when asked, and include() adds an unknown dialog place', async () => {
    const { main, seen, watch } = page();
    watch.watchApp(true);
    main.append(document.createElement('div'));
    await settle();
    expect(seen.app).toBe(1);
    watch.watchApp(false);
    main.append(document.createElement('div'));
    await settle();
    expect(seen.app).toBe(1);
    watch.include(main);
    main.append(document.createElement('div'));
    await settle();
    expect(seen.dialog).toBe(1);
  });

  test('nothing is watched once the signal aborts', async () => {
    const { outlet, seen } = page();
    stop.abort();
    outlet.append(document.createElement('div'));
    document.body.append(document.createElement('div'));
    await settle();
    expect(seen).toEqual({ dialog: 0, app: 0 });
  });
});
