// The popup's browser API without webextension-polyfill: vite.config.ts builds popup.js with this
// module in place of src/shared/browser.ts (the polyfill is the second-largest part of popup.js,
// and it is parsed and run before the popup can ask the background anything). What the popup
// calls — runtime.sendMessage and getManifest, i18n, windows.getCurrent, Firefox's sidebarAction —
// already returns promises natively: `browser` in Firefox, `chrome` in Chromium's Manifest V3.
import type Browser from 'webextension-polyfill';

type Api = typeof Browser;

const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
const browser: Api = scope.browser ?? scope.chrome!;

export default browser;
export type { Runtime, Storage, Alarms, Tabs } from 'webextension-polyfill';
