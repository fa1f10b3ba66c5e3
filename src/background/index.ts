// Service worker entry. Listeners are registered synchronously at the top level so a message or
// alarm that wakes a stopped worker is delivered; state is loaded lazily by the store.
import browser, { type Runtime } from '../shared/browser';
import { starterTemplates } from '../core/starter-templates';
import { scheduleAlarms, HOURLY_ALARM, MIDNIGHT_ALARM } from './alarms';
import { refreshBadge } from './badge';
import { LINKEDIN, lastLinkedInTab, readOwnProfile, readTab, type ScriptingApi } from './linkedin-tabs';
import { handlers, newSessionMemory, randomId, type HandlerContext } from './handlers';
import { createRouter } from './router';
import { SerialQueue } from './store/serial-queue';
import { Store } from './store/store';
import type { StorageArea } from './store/storage-area';
import { SYNC_FLUSH_ALARM } from './store/sync-journal';

const areas = { local: browser.storage.local as StorageArea, sync: browser.storage.sync as StorageArea };
const session = ((browser.storage as { session?: StorageArea }).session ?? null);
// A template write waiting out sync's rate limit outlives an idle worker: an alarm brings it
// back, and loading the store flushes the journal (store/sync-journal.ts).
const queue = new SerialQueue();
// The first answers come from the invitation index (store/start-view.ts); the full load, which
// checks the index against every record, runs once the queue has answered what was waiting.
const afterStart = (check: () => Promise<unknown>) =>
  void queue.idle().then(() => setTimeout(() => void queue.run(check).catch((error: unknown) => console.error('Rapport: loading the store failed', error)), 0));
const store = new Store(areas, starterTemplates, { wakeAt: (when) => void browser.alarms.create(SYNC_FLUSH_ALARM, { when }), afterStart });

let badgeScheduled = false;
function updateBadge(): void {
  if (badgeScheduled) return;
  badgeScheduled = true;
  void queue.idle().then(async () => {
    badgeScheduled = false;
    await queue.run(() => refreshBadge(store, browser.action, (key, subs) => browser.i18n.getMessage(key, subs), new Date())).catch((error: unknown) => console.error('Rapport: badge update failed', error));
  });
}

const context: HandlerContext = {
  store,
  memory: newSessionMemory(),
  now: () => new Date(),
  newId: randomId,
  changed: updateBadge,
  session,
  injectComposer: async (tabId, frameId) => {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: ['composer.js'] });
  },
  readOwnProfile: () => readOwnProfile(browser.tabs, browser.scripting as ScriptingApi),
  readTab: (tabId, frameId) => readTab(browser.scripting as ScriptingApi, tabId, frameId),
  recentLinkedInTab: () => lastLinkedInTab(browser.tabs, LINKEDIN),
};
const route = createRouter(handlers, { extensionId: browser.runtime.id, queue, context });

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => route(message, sender));

browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === SYNC_FLUSH_ALARM) return void queue.run(() => store.state()).catch((error: unknown) => console.error('Rapport: loading the store failed', error));
  if (alarm.name !== MIDNIGHT_ALARM && alarm.name !== HOURLY_ALARM) return;
  updateBadge();
  if (alarm.name === MIDNIGHT_ALARM) void scheduleAlarms(browser.alarms, Date.now());
});

// Templates and settings changed in another browser (storage.sync): read them again.
browser.storage.onChanged.addListener((_changes, areaName) => {
  if (areaName === 'sync') void queue.run(() => store.invalidate());
});

browser.runtime.onInstalled.addListener(() => void scheduleAlarms(browser.alarms, Date.now()));
browser.runtime.onStartup.addListener(() => void scheduleAlarms(browser.alarms, Date.now()));
updateBadge();
