// The one import of webextension-polyfill: every extension context reaches the browser API
// through this module, so Chrome and Firefox share one promise-based surface. (popup.js is built
// with src/popup/native-browser.ts in its place: vite.config.ts, popupNativeBrowser.)
import browser from 'webextension-polyfill';

export default browser;
export type { Runtime, Storage, Alarms, Tabs } from 'webextension-polyfill';
