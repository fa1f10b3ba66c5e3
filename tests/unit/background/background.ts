// A whole background (store, queue, router, handlers, badge) over fake storage and a pinned
// clock, driven exactly as the worker drives it: by messages.
import { vi } from 'vitest';
import { refreshBadge } from '../../../src/background/badge';
import { handlers, newSessionMemory, type HandlerContext, type RequestSender } from '../../../src/background/handlers';
import { createRouter } from '../../../src/background/router';
import { SerialQueue } from '../../../src/background/store/serial-queue';
import { Store } from '../../../src/background/store/store';
import type { Template } from '../../../src/core/schemas';
import type { RequestInputOf, RequestType, ResponseOf } from '../../../src/shared/messages';
import { unwrapReply } from '../../../src/shared/rapport-error';
import { FakeAction, FakeArea, syncArea } from './fake-browser';

export const EXTENSION_ID = 'rapport-test-extension';

export const testStarters: Template[] = [
  { id: 'starter-hello', name: 'Hello', body: 'Hi {{firstName}}, I enjoyed your post about {{company|your work}}.', kind: 'invitation' },
  { id: 'starter-follow', name: 'Follow up', body: 'Thanks for connecting, {{firstName}}!', kind: 'follow-up' },
];

export interface TestBackground {
  local: FakeArea;
  sync: FakeArea;
  session: FakeArea;
  action: FakeAction;
  store: Store;
  route: (message: unknown, sender?: RequestSender) => Promise<unknown>;
  injected: { tabId: number; frameId: number }[];
  /** What reading the own-profile tab returns (null: no LinkedIn profile tab open). */
  ownProfilePage: { value: unknown };
  /** What each tab's content script answers when the profile in view is read there (absent: the tab is gone). */
  tabs: Map<number, () => unknown>;
  /** The reads asked of tabs, in order. */
  tabReads: { tabId: number; frameId: number }[];
  /** The LinkedIn tab the person looked at last (null: none open). */
  recentTab: { value: number | null };
  send<T extends RequestType>(request: RequestInputOf<T>): Promise<ResponseOf<T>>;
  badge(): Promise<string>;
  /** A fresh worker over the same storage (the browser stopped and restarted it). */
  restart(): TestBackground;
}

let counter = 0;

export function createBackground(areas?: { local: FakeArea; sync: FakeArea; session: FakeArea }): TestBackground {
  const local = areas?.local ?? new FakeArea();
  const sync = areas?.sync ?? syncArea();
  const session = areas?.session ?? new FakeArea();
  const action = new FakeAction();
  const queue = new SerialQueue();
  // As the worker (src/background/index.ts): the full load and index check once the queue is idle,
  // in a task of its own (with fake timers, when the test runs them; any write loads it anyway).
  const afterStart = (check: () => Promise<unknown>) => void queue.idle().then(() => setTimeout(() => void queue.run(check).catch(() => undefined), 0));
  const store = new Store({ local, sync }, testStarters, { afterStart });
  const injected: { tabId: number; frameId: number }[] = [];
  const ownProfilePage: { value: unknown } = { value: null };
  const tabs = new Map<number, () => unknown>();
  const tabReads: { tabId: number; frameId: number }[] = [];
  const recentTab: { value: number | null } = { value: null };
  const context: HandlerContext = {
    store,
    memory: newSessionMemory(),
    now: () => new Date(),
    newId: () => `id${(counter += 1).toString(36).padStart(6, '0')}`,
    changed: () => undefined,
    session,
    injectComposer: async (tabId, frameId) => void injected.push({ tabId, frameId }),
    readOwnProfile: async () => ownProfilePage.value,
    readTab: async (tabId, frameId) => {
      tabReads.push({ tabId, frameId });
      const answer = tabs.get(tabId);
      if (!answer) throw new Error(`No tab with id: ${tabId}.`);
      return answer();
    },
    recentLinkedInTab: async () => recentTab.value,
  };
  const route = createRouter(handlers, { extensionId: EXTENSION_ID, queue, context });
  const background: TestBackground = {
    local,
    sync,
    session,
    action,
    store,
    route: (message, sender = { id: EXTENSION_ID }) => route(message, sender),
    injected,
    ownProfilePage,
    tabs,
    tabReads,
    recentTab,
    send: async (request) => unwrapReply(await route(request, { id: EXTENSION_ID })),
    badge: async () => {
      await queue.run(() => refreshBadge(store, action, (key, subs) => `${key}${subs ? `:${subs.join(',')}` : ''}`, new Date()));
      return action.text;
    },
    restart: () => createBackground({ local, sync, session }),
  };
  return background;
}

/** Pins "now" to a local wall-clock time in the process time zone. */
export function setNow(isoLocal: string): Date {
  const date = new Date(isoLocal);
  vi.setSystemTime(date);
  return date;
}

export function daysAgo(days: number, from = new Date()): string {
  return new Date(from.getFullYear(), from.getMonth(), from.getDate() - days, 10, 0).toISOString();
}
