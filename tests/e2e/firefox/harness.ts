// The Firefox counterpart of ../harness.ts: Debian's Firefox ESR with the Firefox build of the
// extension installed as a temporary add-on (BiDi webExtension.install, as about:debugging
// does), LinkedIn URLs answered from saved pages, and every other request blocked and recorded
// so tests can prove the extension makes none.
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot, readFixture, type PageSource } from '../harness';
import type { BidiEvent } from './bidi';
import { assertFirefox } from './firefox-path';
import { launchFirefox, type Firefox } from './launch';
import { Tab } from './tab';

/** RAPPORT_FIREFOX_DIST points the Firefox tests at another build; default dist-firefox/. */
export const firefoxDistDir = join(projectRoot, process.env.RAPPORT_FIREFOX_DIST ?? 'dist-firefox');

export interface FirefoxExtension {
  firefox: Firefox;
  /** The add-on's id (browser_specific_settings.gecko.id). */
  addonId: string;
  /** The moz-extension:// origin, fixed through the profile so tests can open its pages. */
  baseUrl: string;
  /** Every request that was on its way out of the browser (blocked), in order. */
  unexpectedRequests: string[];
  /** Every LinkedIn URL answered from a saved page, in order. */
  servedRequests: string[];
  /** Serves `url` (exact, or every URL with that prefix when it ends in `*`). */
  serveLinkedIn(url: string, source: PageSource): void;
  openTab(url: string): Promise<Tab>;
  openExtensionPage(path: string): Promise<Tab>;
  openLinkedIn(url: string, source?: PageSource): Promise<Tab>;
  /** Sends a request to the background from an extension page; returns the reply's data. */
  askBackground<T = unknown>(request: Record<string, unknown>): Promise<T>;
  /** Runs `expression` (awaited) in an extension page and returns its JSON value. */
  inExtensionPage<T = unknown>(expression: string): Promise<T>;
  close(): Promise<void>;
}

function addonIdOf(dist: string): string {
  const manifestPath = join(dist, 'manifest.json');
  if (!existsSync(manifestPath)) {
    throw new Error(`${dist} has no build: run \`npm run build:firefox\` before the Firefox tests.`);
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { browser_specific_settings?: { gecko?: { id?: string } } };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${manifestPath} is not a Firefox build (no gecko id): run \`npm run build:firefox\`.`);
  return id;
}

const header = (name: string, value: string) => ({ name, value: { type: 'string', value } });

export async function launchFirefoxExtension(options: { headless?: boolean } = {}): Promise<FirefoxExtension> {
  assertFirefox(); // first: a missing browser is the likelier problem on a fresh machine
  const addonId = addonIdOf(firefoxDistDir);
  const uuid = randomUUID();
  const firefox = await launchFirefox({
    headless: options.headless,
    // Which internal UUID an add-on gets is chosen at install; this pref chooses it for us.
    prefs: { 'extensions.webextensions.uuids': JSON.stringify({ [addonId]: uuid }) },
  });
  const { bidi } = firefox;
  const baseUrl = `moz-extension://${uuid}/`;

  const pages = new Map<string, PageSource>();
  const unexpectedRequests: string[] = [];
  const servedRequests: string[] = [];
  const lookup = (url: string): PageSource | undefined => {
    if (!url.startsWith('https://www.linkedin.com/')) return undefined;
    const bare = url.split('#')[0] ?? url;
    if (pages.has(bare)) return pages.get(bare);
    for (const [pattern, source] of pages) {
      if (pattern.endsWith('*') && bare.startsWith(pattern.slice(0, -1))) return source;
    }
    return undefined;
  };

  const answer = async (event: BidiEvent) => {
    if (event.method !== 'network.beforeRequestSent') return;
    const { request, isBlocked } = event.params as { request: { request: string; url: string }; isBlocked: boolean };
    const source = lookup(request.url);
    if (!isBlocked) {
      // Not held by our intercept, so not answerable: anything but a local scheme went out.
      if (/^(https?|wss?|ftp):/i.test(request.url)) unexpectedRequests.push(request.url);
      return;
    }
    if (source) {
      servedRequests.push(request.url);
      const body = 'html' in source ? source.html : readFixture(source.file);
      await bidi.send('network.provideResponse', {
        request: request.request,
        statusCode: 200,
        reasonPhrase: 'OK',
        headers: [header('content-type', 'text/html; charset=utf-8')],
        body: { type: 'string', value: body },
      });
      return;
    }
    unexpectedRequests.push(request.url);
    await bidi.send('network.failRequest', { request: request.request });
  };
  // A tab closed while its request was held makes the answer fail; that is not the test's concern.
  bidi.on((event) => void answer(event).catch(() => undefined));

  let extensionTab: Tab | null = null;
  const extension: FirefoxExtension = {
    firefox,
    addonId,
    baseUrl,
    unexpectedRequests,
    servedRequests,
    serveLinkedIn(url, source) {
      pages.set(url, source);
    },
    async openTab(url) {
      const { context } = await bidi.send<{ context: string }>('browsingContext.create', { type: 'tab' });
      await bidi.send('browsingContext.navigate', { context, url, wait: 'complete' });
      return new Tab(bidi, context);
    },
    openExtensionPage(path) {
      return extension.openTab(baseUrl + path.replace(/^\//, ''));
    },
    openLinkedIn(url, source) {
      if (source) pages.set(url, source);
      return extension.openTab(url);
    },
    async inExtensionPage<T>(expression: string): Promise<T> {
      extensionTab ??= await extension.openExtensionPage('src/options/index.html');
      return extensionTab.evaluateExpression<T>(expression);
    },
    async askBackground<T>(request: Record<string, unknown>): Promise<T> {
      const reply = await extension.inExtensionPage<{ ok: boolean; data?: T; error?: { message: string } }>(
        `browser.runtime.sendMessage(${JSON.stringify(request)})`,
      );
      if (!reply?.ok) throw new Error(`background refused ${String(request.type)}: ${reply?.error?.message}`);
      return reply.data as T;
    },
    async close() {
      await firefox.close();
      // Every Firefox flow ends here: Rapport makes no network request, ever.
      if (unexpectedRequests.length > 0) {
        throw new Error(`Requests left the browser during this flow:\n${unexpectedRequests.join('\n')}`);
      }
    },
  };

  try {
    await bidi.send('session.subscribe', { events: ['network.beforeRequestSent'] });
    // No URL patterns: every request of every tab is held until answered or failed.
    await bidi.send('network.addIntercept', { phases: ['beforeRequestSent'] });
    // Temporary, like about:debugging's "Load Temporary Add-on": unsigned builds are allowed.
    await bidi.send('webExtension.install', { extensionData: { type: 'path', path: firefoxDistDir } });
  } catch (error) {
    await firefox.close();
    throw error;
  }
  return extension;
}
