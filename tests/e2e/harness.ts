// Launches Debian Chromium with the built extension, serves LinkedIn URLs from saved pages,
// and records every network request so tests can prove the extension makes none.
import { chromium, type BrowserContext, type Page, type Route, type Worker } from 'playwright-core';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { assertChromium, chromiumPath } from './chromium-path';

export const projectRoot = resolve(import.meta.dirname, '../..');
/** RAPPORT_DIST points the real-browser tests at another build (parallel work); default dist/. */
export const distDir = process.env.RAPPORT_DIST ? join(projectRoot, process.env.RAPPORT_DIST) : join(projectRoot, 'dist');
export const fixturesDir = join(projectRoot, 'tests/fixtures');

/** A LinkedIn page to serve: a fixture file (relative to tests/fixtures) or literal HTML. */
export type PageSource = { file: string } | { html: string };

export interface LaunchOptions {
  headless?: boolean;
  /** Extra Chromium arguments, e.g. a window size for the demo. */
  args?: string[];
}

export interface Extension {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** Every request that left the browser for anything but the routed LinkedIn pages. */
  unexpectedRequests: string[];
  /** Serves `url` (exact, or every URL with that prefix when it ends in `*`). */
  serveLinkedIn(url: string, source: PageSource): void;
  openExtensionPage(path: string): Promise<Page>;
  openLinkedIn(url: string, source?: PageSource): Promise<Page>;
  /**
   * The person's first sign on `page`: their pointer comes over it (a trusted event, through the
   * DevTools protocol). Rapport's content script starts its watch at that sign (first-sign.ts).
   */
  arrive(page: Page): Promise<void>;
  /** The content script's isolated-world state (src/content/test-hooks.ts; the test build only). */
  contentState<T = Record<string, unknown>>(page: Page): Promise<T>;
  close(): Promise<void>;
}

/** Collects a page's console errors and uncaught exceptions (into `into`, which it returns). */
export function watchErrors(page: Page, into: string[] = []): string[] {
  page.on('console', (m) => {
    if (m.type() === 'error') into.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => into.push(`pageerror: ${e.message}`));
  return into;
}

export function readFixture(file: string): string {
  return readFileSync(join(fixturesDir, file), 'utf8');
}

function html(source: PageSource): string {
  return 'html' in source ? source.html : readFixture(source.file);
}

export async function launchExtension(options: LaunchOptions = {}): Promise<Extension> {
  assertChromium();
  if (!existsSync(join(distDir, 'manifest.json'))) {
    throw new Error('dist/ is missing: run `npm run build:test` before the real-browser tests.');
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'rapport-e2e-'));
  const context = await launchChromium(userDataDir, { ...options, extension: true });

  const pages = new Map<string, PageSource>();
  const unexpectedRequests: string[] = [];
  const lookup = (url: string): PageSource | undefined => {
    const bare = url.split('#')[0] ?? url;
    if (pages.has(bare)) return pages.get(bare);
    for (const [pattern, source] of pages) {
      if (pattern.endsWith('*') && bare.startsWith(pattern.slice(0, -1))) return source;
    }
    return undefined;
  };

  await context.route('**/*', async (route: Route) => {
    const url = route.request().url();
    // The extension's own files are read from disk, not fetched from a network.
    if (url.startsWith('chrome-extension://')) return route.continue();
    const source = url.startsWith('https://www.linkedin.com/') ? lookup(url) : undefined;
    if (source) {
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html(source) });
      return;
    }
    unexpectedRequests.push(url);
    await route.abort('blockedbyclient');
  });

  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;

  return {
    context,
    extensionId,
    serviceWorker,
    unexpectedRequests,
    serveLinkedIn(url, source) {
      pages.set(url, source);
    },
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path.replace(/^\//, '')}`);
      return page;
    },
    async openLinkedIn(url, source) {
      if (source) pages.set(url, source);
      const page = await context.newPage();
      await page.goto(url);
      return page;
    },
    async arrive(page) {
      await page.mouse.move(40, 40);
    },
    async contentState<T>(page: Page): Promise<T> {
      const state = await evaluateInContentScript(page, extensionId, 'globalThis.__rapport');
      // The shipped build has no test hooks: these flows need `npm run build:test`.
      if (state === undefined) throw new Error(`${distDir}/content.js has no test hooks: run \`npm run build:test\` before the real-browser tests.`);
      return state as T;
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
      // Every real-browser flow ends here, so this checks the whole suite: Rapport makes no
      // network request, ever (LinkedIn pages themselves are served from fixtures).
      if (unexpectedRequests.length > 0) {
        throw new Error(`Requests left the browser during this flow:\n${unexpectedRequests.join('\n')}`);
      }
    },
  };
}

/**
 * Starts Debian Chromium headless (by default) with the flags this machine needs: no sandbox
 * as root, and none of Chromium's own background connections, which a closed network refuses.
 */
export async function launchChromium(
  userDataDir: string,
  options: LaunchOptions & { extension: boolean },
): Promise<BrowserContext> {
  assertChromium();
  const extensionArgs = [`--disable-extensions-except=${distDir}`, `--load-extension=${distDir}`];
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: options.headless ?? true,
    // Playwright passes --disable-extensions by default, which would hide our extension.
    ignoreDefaultArgs: options.extension ? ['--disable-extensions'] : [],
    args: [
      ...(options.extension ? extensionArgs : []),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(options.args ?? []),
    ],
  });
}

/**
 * Evaluates `expression` in the extension's isolated world on `page` through the DevTools
 * protocol, waiting up to `timeoutMs` for the content script to have been injected.
 */
export async function evaluateInContentScript(
  page: Page,
  extensionId: string,
  expression: string,
  timeoutMs = 5000,
): Promise<unknown> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const contexts: { id: number; origin: string; auxData?: { type?: string } }[] = [];
    cdp.on('Runtime.executionContextCreated', (event) => contexts.push(event.context));
    await cdp.send('Runtime.enable');
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      // The newest of our isolated worlds: older ones belong to documents navigated away from.
      const world = contexts.findLast(
        (c) => c.auxData?.type === 'isolated' && c.origin === `chrome-extension://${extensionId}`,
      );
      if (world) {
        const result = await cdp
          .send('Runtime.evaluate', { expression, contextId: world.id, returnByValue: true, awaitPromise: true })
          .catch(() => undefined);
        const value: unknown = result?.result.value;
        if (value !== undefined || Date.now() > deadline) return value;
      } else if (Date.now() > deadline) {
        throw new Error('The content script did not run on this page.');
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
