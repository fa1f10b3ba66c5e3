// Which LinkedIn tab the background reads (one rule for the person on screen and for one's own
// profile), and the order of an own-profile read: the content script's watch is started before
// composer.js asks it whether the page is one's own.
import { describe, expect, it } from 'vitest';
import { LINKEDIN, LINKEDIN_PROFILES, lastLinkedInTab, readOwnProfile, type ScriptingApi, type TabInfo, type TabsApi } from '../../../src/background/linkedin-tabs';

interface FakeTab extends TabInfo {
  window: number;
  active: boolean;
}

/** Tabs in windows; `focused` is the window the person used last. Queries as the browser answers them. */
function fakeTabs(all: FakeTab[], focused: number): TabsApi {
  return {
    query: async (query) =>
      all.filter((tab) =>
        (query.active === undefined || tab.active === query.active) &&
        (query.lastFocusedWindow === undefined || (tab.window === focused) === query.lastFocusedWindow) &&
        (query.url === undefined || !!tab.url?.startsWith(query.url.replace(/\*$/, '')))),
  };
}

const profile = (slug: string) => `${LINKEDIN_PROFILES}${slug}/`;

describe('lastLinkedInTab', () => {
  it('the active tab of the window used last, when it is LinkedIn', async () => {
    const tabs = fakeTabs([
      { id: 1, window: 1, active: true, url: profile('ana'), lastAccessed: 900 },
      { id: 2, window: 2, active: true, url: profile('ben'), lastAccessed: 100 },
    ], 2);
    expect(await lastLinkedInTab(tabs, LINKEDIN)).toBe(2);
    expect(await lastLinkedInTab(tabs, LINKEDIN_PROFILES)).toBe(2);
  });

  it('otherwise the matching tab looked at last, whichever window holds it', async () => {
    const tabs = fakeTabs([
      { id: 1, window: 1, active: true, url: profile('ana'), lastAccessed: 300 },
      { id: 2, window: 1, active: false, url: `${LINKEDIN}feed/`, lastAccessed: 700 },
      { id: 3, window: 2, active: false, url: profile('ben'), lastAccessed: 500 },
      { id: 4, window: 2, active: true, url: 'https://example.com/', lastAccessed: 900 },
    ], 2);
    // An active tab in a window left behind does not win over a tab looked at after it.
    expect(await lastLinkedInTab(tabs, LINKEDIN)).toBe(2);
    // Only profiles: the feed does not count.
    expect(await lastLinkedInTab(tabs, LINKEDIN_PROFILES)).toBe(3);
  });

  it('null without a matching tab; a look-alike address is not LinkedIn', async () => {
    const tabs = fakeTabs([
      { id: 1, window: 1, active: true, url: 'https://www.linkedin.com.example.net/in/ana/', lastAccessed: 1 },
      { id: 2, window: 1, active: false, url: `${LINKEDIN}feed/`, lastAccessed: 2 },
      { window: 1, active: false, url: profile('no-id'), lastAccessed: 3 },
    ], 1);
    expect(await lastLinkedInTab(tabs, LINKEDIN_PROFILES)).toBeNull();
    expect(await lastLinkedInTab(tabs, LINKEDIN)).toBe(2);
  });
});

describe('readOwnProfile', () => {
  /** A tab's world: which scripts ran, in order; composer.js answers only once the watch has started. */
  function fakeWorld(composerLoaded: boolean) {
    const calls: string[] = [];
    let watching = false;
    let composer = composerLoaded;
    const scripting: ScriptingApi = {
      executeScript: async ({ target, func, files }) => {
        expect(target).toEqual({ tabId: 5, frameIds: [0] });
        if (files) {
          calls.push(`files:${files.join()}`);
          composer = true;
          return [{}];
        }
        const source = String(func);
        if (source.includes('__rapportObserve')) {
          calls.push('observe');
          watching = true;
          return [{ result: { profile: null, health: null } }];
        }
        if (source.includes('readOwnProfile')) {
          calls.push('read');
          return [{ result: composer ? { own: watching, schools: [], employers: [], location: '' } : null }];
        }
        calls.push('composer?');
        return [{ result: composer }];
      },
    };
    return { scripting, calls };
  }
  const tabs = fakeTabs([{ id: 5, window: 1, active: false, url: profile('me'), lastAccessed: 10 }], 2);

  it('starts the content script\u2019s watch first, so a tab never touched still reads as one\u2019s own', async () => {
    const world = fakeWorld(false);
    expect(await readOwnProfile(tabs, world.scripting)).toMatchObject({ own: true });
    expect(world.calls).toEqual(['observe', 'composer?', 'files:composer.js', 'read']);
  });

  it('composer.js already in the page is not injected again', async () => {
    const world = fakeWorld(true);
    await readOwnProfile(tabs, world.scripting);
    expect(world.calls).toEqual(['observe', 'composer?', 'read']);
  });

  it('no profile tab open: null, nothing run', async () => {
    const world = fakeWorld(false);
    expect(await readOwnProfile(fakeTabs([{ id: 6, window: 1, active: true, url: `${LINKEDIN}feed/` }], 1), world.scripting)).toBeNull();
    expect(world.calls).toEqual([]);
  });
});
