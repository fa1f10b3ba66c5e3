// The LinkedIn tabs the background reads, only when something asks: the person on screen
// (profile.last) and one's own profile (About you). Both mean "the LinkedIn tab the person looked
// at last", chosen by one rule so the side panel and About you never disagree about which tab that
// is with several windows open. Reading goes through the content script's world (its reader, and
// composer.js's own-profile reader), never the page's.

/** What this module needs of a tab (tabs.Tab). */
export interface TabInfo {
  id?: number;
  url?: string;
  lastAccessed?: number;
}

/** The part of tabs and scripting this module uses (browser.tabs, browser.scripting). */
export interface TabsApi {
  query(query: { active?: boolean; lastFocusedWindow?: boolean; url?: string }): Promise<TabInfo[]>;
}
export interface ScriptingApi {
  executeScript(injection: { target: { tabId: number; frameIds: number[] }; func?: () => unknown; files?: string[] }): Promise<Array<{ result?: unknown }>>;
}

export const LINKEDIN = 'https://www.linkedin.com/';
export const LINKEDIN_PROFILES = 'https://www.linkedin.com/in/';

/**
 * The tab whose address starts with `prefix` that the person looked at last: the active tab of the
 * window they used last when it is one (what they are looking at now), otherwise the matching tab
 * with the latest lastAccessed. An active tab in a window left behind does not beat a tab the person
 * went to after it.
 */
export async function lastLinkedInTab(tabs: TabsApi, prefix: string): Promise<number | null> {
  const matches = (tab: TabInfo) => tab.id !== undefined && !!tab.url?.startsWith(prefix);
  const [inView] = await tabs.query({ active: true, lastFocusedWindow: true });
  if (inView && matches(inView)) return inView.id ?? null;
  let last: TabInfo | null = null;
  for (const tab of await tabs.query({ url: `${prefix}*` })) {
    if (matches(tab) && (!last || (tab.lastAccessed ?? 0) > (last.lastAccessed ?? 0))) last = tab;
  }
  return last?.id ?? null;
}

type Globals = {
  __rapportObserve?: () => unknown;
  __rapportComposer?: { readOwnProfile?: (page: Document, url: string) => unknown };
};

/** The content script's reader in one frame (content/index.ts __rapportObserve; it starts the watch). */
export async function readTab(scripting: ScriptingApi, tabId: number, frameId: number): Promise<unknown> {
  const [answer] = await scripting.executeScript({
    target: { tabId, frameIds: [frameId] },
    func: () => (globalThis as Globals).__rapportObserve?.() ?? null,
  });
  return answer?.result ?? null;
}

/**
 * One's own profile in the profile tab looked at last (composer.js's readOwnProfile); null when no
 * profile tab is open. Whether the page is one's own is the content script's call, which it can make
 * only once its watch has started; a tab the person never touched has not started it, so the read
 * starts it first (the same call as profile.last's).
 */
export async function readOwnProfile(tabs: TabsApi, scripting: ScriptingApi): Promise<unknown> {
  const tabId = await lastLinkedInTab(tabs, LINKEDIN_PROFILES);
  if (tabId === null) return null;
  const target = { tabId, frameIds: [0] };
  await readTab(scripting, tabId, 0);
  // composer.js once per page: it may already be there for an invite dialog.
  const [loaded] = await scripting.executeScript({ target, func: () => Boolean((globalThis as Globals).__rapportComposer) });
  if (!loaded?.result) await scripting.executeScript({ target, files: ['composer.js'] });
  const [result] = await scripting.executeScript({
    target,
    func: () => (globalThis as Globals).__rapportComposer?.readOwnProfile?.(document, location.href) ?? null,
  });
  return result?.result ?? null;
}
