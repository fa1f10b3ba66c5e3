// Builds the extension: `vite build` → dist/ (Chrome), `vite build --mode firefox` → dist-firefox/.
// The side-panel composer is Chrome's side_panel (manifest.json) and Firefox's sidebar_action.
//
// crxjs bundles the service worker and the extension pages from manifest.json. The content
// script is built apart, as ONE self-contained classic script (IIFE), and added to the manifest
// afterwards: crxjs's own content-script loader would list its chunks in
// web_accessible_resources, which lets LinkedIn's pages probe for the extension by URL.
import { defineConfig, build, type Plugin } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import baseManifest from './manifest.json' with { type: 'json' };

type Browser = 'chrome' | 'firefox';

const jsx = { runtime: 'automatic', importSource: 'preact' } as const;
const LINKEDIN = 'https://www.linkedin.com/*';
/**
 * LinkedIn's messaging frame (§14): `iframe[data-testid="interop-iframe"][src="/preload/?_bprMode=vanilla"]`.
 * Only /preload/ itself (with or without a query): the invite deep links /preload/custom-invite/
 * and /preload/search-custom-invite/ are pages of their own and need content.js.
 */
const LINKEDIN_PRELOAD = ['https://www.linkedin.com/preload/', 'https://www.linkedin.com/preload/?*'];
const GECKO_ID = 'rapport@rapport-notes.example';
/**
 * The test build (`npm run build:test`, RAPPORT_TEST_HOOKS=1) keeps the content script's state
 * readable by the real-browser tests (src/content/test-hooks.ts); every other build leaves it out.
 */
const testHooks = process.env.RAPPORT_TEST_HOOKS === '1';
const define = { __RAPPORT_TEST_HOOKS__: JSON.stringify(testHooks) };
/** The note composer that adds nothing to LinkedIn: Chrome's side panel, Firefox's sidebar. */
const SIDE_PANEL_PAGE = baseManifest.side_panel.default_path;

function manifestFor(browser: Browser): ManifestV3Export {
  if (browser === 'chrome') return baseManifest as ManifestV3Export;
  // Firefox has no side_panel key nor sidePanel permission: its sidebar_action shows the same page.
  const shared: Partial<typeof baseManifest> = { ...baseManifest };
  delete shared.side_panel;
  return {
    ...shared,
    permissions: baseManifest.permissions.filter((permission) => permission !== 'sidePanel'),
    // Firefox runs MV3 background code as an event page, not a service worker.
    background: { scripts: [baseManifest.background.service_worker], type: 'module' },
    sidebar_action: {
      default_panel: SIDE_PANEL_PAGE,
      default_title: '__MSG_sidepanel_action_title__',
      default_icon: baseManifest.action.default_icon,
      // Opened by the person (View → Sidebar, or the popup), never on its own at install.
      open_at_install: false,
    },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '142.0',
        // Rapport collects nothing: every byte stays in the browser.
        data_collection_permissions: { required: ['none'] },
      },
    },
  } as ManifestV3Export;
}

/**
 * crxjs bundles the HTML pages named in the manifest keys it knows (side_panel among them, but
 * not Firefox's sidebar_action), so the Firefox build asks for the sidebar page itself.
 */
function firefoxSidebarPage(): Plugin {
  return {
    name: 'rapport:firefox-sidebar-page',
    apply: 'build',
    buildStart() {
      this.emitFile({ type: 'chunk', id: resolve(import.meta.dirname, SIDE_PANEL_PAGE), name: 'index.html' });
    },
  };
}

const LINKEDIN_SOURCE = /[\\/]src[\\/]linkedin[\\/]/;

/** One self-contained classic script (IIFE) from `entry`, written to `outDir/fileName`. */
async function buildClassicScript(outDir: string, entry: string, fileName: string, plugins: Plugin[] = []): Promise<void> {
  await build({
    configFile: false,
    logLevel: 'warn',
    oxc: { jsx },
    define,
    plugins,
    build: {
      outDir,
      emptyOutDir: false,
      minify: true,
      sourcemap: false,
      lib: { entry: resolve(import.meta.dirname, entry), formats: ['iife'], name: 'rapport', fileName: () => fileName },
      // src/linkedin/ is pure functions over a page (its index.ts says so): what a script does not
      // use of it is left out even where a module builds its tables at load (per-language words).
      rolldownOptions: { treeshake: { moduleSideEffects: (id: string) => !LINKEDIN_SOURCE.test(id) } },
    },
  });
}

/**
 * Builds the content script (content.js: the reader, on every LinkedIn page), its message-box part
 * for LinkedIn's /preload/ frame (message-frame.js) and the composer (composer.js: injected by the
 * background into a tab only at its first need: a press on Connect, a dialog or message box, the
 * sent-invitations page), and registers the first two in the
 * written manifest. None is web-accessible.
 */
function classicContentScript(outDir: string): Plugin {
  return {
    name: 'rapport:classic-content-script',
    apply: 'build',
    enforce: 'post',
    async closeBundle() {
      await buildClassicScript(outDir, 'src/content/index.ts', 'content.js');
      await buildClassicScript(outDir, 'src/composer/entry.ts', 'composer.js');
      await buildClassicScript(outDir, 'src/content/message-box/frame.ts', 'message-frame.js');
      const manifestPath = resolve(outDir, 'manifest.json');
      const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
      manifest.content_scripts = [
        { matches: [LINKEDIN], exclude_matches: LINKEDIN_PRELOAD, js: ['content.js'], run_at: 'document_idle' },
        // LinkedIn may draw the message box in its same-origin /preload/ iframe (LINKEDIN.md §14):
        // only there does a frame get a script, and only the message-box part of content.js.
        { matches: LINKEDIN_PRELOAD, js: ['message-frame.js'], all_frames: true, run_at: 'document_idle' },
      ];
      delete manifest.web_accessible_resources;
      writeFileSync(manifestPath, JSON.stringify(manifest, null, 2) + '\n');
    },
  };
}

/**
 * The popup's script as ONE self-contained classic script (popup.js, from src/popup/main.tsx),
 * which src/popup/index.html loads itself (vite-ignore): bundled with the other pages, it was
 * four files shared with them, and its first render waited for the slowest of four loads.
 */
function onePopupScript(outDir: string): Plugin {
  return {
    name: 'rapport:one-popup-script',
    apply: 'build',
    enforce: 'post',
    async closeBundle() {
      await buildClassicScript(outDir, 'src/popup/main.tsx', 'popup.js', [popupNativeBrowser()]);
    },
  };
}

const SHARED_BROWSER = resolve(import.meta.dirname, 'src/shared/browser.ts');
const POPUP_NATIVE_BROWSER = resolve(import.meta.dirname, 'src/popup/native-browser.ts');

/**
 * popup.js reaches the browser through src/popup/native-browser.ts (chrome.* / browser.*, which
 * return promises in Manifest V3), not src/shared/browser.ts: webextension-polyfill is ~10 KB the
 * popup would parse and run before it can ask the background anything. Only for popup.js.
 */
function popupNativeBrowser(): Plugin {
  return {
    name: 'rapport:popup-native-browser',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!importer || !/(^|\/)browser$/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      return resolved?.id === SHARED_BROWSER ? POPUP_NATIVE_BROWSER : null;
    },
  };
}

/**
 * The popup's style sheet written into its HTML as a <style>: a <link> is one more file to load
 * before the popup's first paint (the extension pages' CSP restricts scripts, not styles).
 */
function inlinePopupStyleSheet(outDir: string): Plugin {
  const html = resolve(outDir, 'src/popup/index.html');
  return {
    name: 'rapport:inline-popup-style-sheet',
    apply: 'build',
    enforce: 'post',
    closeBundle() {
      const text = readFileSync(html, 'utf8');
      const others = ['options', 'sidepanel'].map((page) => readFileSync(resolve(outDir, `src/${page}/index.html`), 'utf8'));
      const inlined = text.replace(/<link rel="stylesheet"[^>]*href="\/(assets\/[^"]+\.css)"[^>]*>/g, (_, file: string) => {
        const path = resolve(outDir, file);
        const css = readFileSync(path, 'utf8');
        if (css.includes('</')) throw new Error(`${file}: "</" would end the inlined <style>`);
        // Another page's link to the same file keeps it.
        if (!others.some((page) => page.includes(file))) rmSync(path);
        return `<style>${css}</style>`;
      });
      if (inlined === text) throw new Error('src/popup/index.html: no style sheet to inline (did the build change its <link>?)');
      writeFileSync(html, inlined);
    },
  };
}

export default defineConfig(({ mode }) => {
  const browser: Browser = mode === 'firefox' ? 'firefox' : 'chrome';
  // RAPPORT_OUT_DIR lets parallel work build side by side without clobbering dist/.
  const outDir = resolve(import.meta.dirname, process.env.RAPPORT_OUT_DIR ?? (browser === 'firefox' ? 'dist-firefox' : 'dist'));
  return {
    oxc: { jsx },
    define,
    plugins: [
      crx({ manifest: manifestFor(browser), browser }),
      classicContentScript(outDir),
      onePopupScript(outDir),
      inlinePopupStyleSheet(outDir),
      ...(browser === 'firefox' ? [firefoxSidebarPage()] : []),
    ],
    // No modulepreload polyfill: it is Vite's only fetch() call, and Chromium needs none.
    build: { outDir, emptyOutDir: true, sourcemap: false, target: 'es2022', modulePreload: { polyfill: false } },
    server: { cors: false },
  };
});
