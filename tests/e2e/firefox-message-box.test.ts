// The message composer in real Firefox (Debian's firefox-esr, the Firefox build as a temporary
// add-on over WebDriver BiDi): in the simulator's era-C overlay bubble (also with the overlay
// aside the app adds only after the first Message click) and era-D thread page, the
// composer offers the request template for the person, Insert puts it into LinkedIn's editor so
// that LinkedIn's Send enables (Firefox's contenteditable differs from Chromium's: line by line),
// and the person's click on Send is recorded by the background.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchFirefoxExtension, type FirefoxExtension } from './firefox/harness';
import { clickPart, onPart, waitForPart } from './firefox/closed-root';
import type { Tab } from './firefox/tab';
import { simPage, simPages, type SimOptions, type SimPageName } from '../fixtures/sim/pages';

let ext: FirefoxExtension;
beforeAll(async () => {
  ext = await launchFirefoxExtension();
});
afterAll(async () => {
  await ext?.close();
});

const TEMPLATE = {
  id: 'tpl-request',
  name: 'Ask for 20 minutes',
  body: 'Hi {{firstName}}, thanks for connecting!\nCould we talk for 20 minutes next week?',
  kind: 'conversation',
};
const url = (slug: string) => `https://www.linkedin.com/in/${slug}/`;
const sendDisabled = (tab: Tab) => tab.onElement('form button[type="submit"]', (el) => (el as HTMLButtonElement).disabled);
const editorText = (tab: Tab) => tab.onElement('[contenteditable="true"][role="textbox"]', (el) => Array.from(el.children, (p) => p.textContent).join('\n'));

async function poll<T>(what: string, read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}; last: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

interface Stored {
  profileUrl: string;
  conversation?: { stage: string; templateId?: string };
}

const cases: Array<{ page: SimPageName; message: string | null; options?: SimOptions; how: string }> = [
  { page: 'profile-2024', message: 'main button[aria-label^="Message "]', how: 'overlay there at load' },
  // The app adds its overlay aside only with the first bubble, after the click (issue #21).
  { page: 'profile-2024', message: 'main button[aria-label^="Message "]', options: { overlayAt: 'first-message' }, how: 'overlay added after the click' },
  { page: 'messaging-2026', message: null, how: 'thread page' },
];

describe.each(cases)('message box, $page ($how)', ({ page: name, message, options }) => {
  test('request template → Insert → LinkedIn\'s Send enables → Send is recorded', async () => {
    const person = simPages[name].people[0];
    const sentAt = new Date(Date.now() - 10 * 86_400_000).toISOString();
    const invitations = [{ id: `inv-${person.slug}`, profileUrl: url(person.slug), name: person.name, note: '', sentAt, status: 'accepted', source: 'composer', statusChangedAt: sentAt }];
    const text = JSON.stringify({ format: 'rapport-backup', version: 1, templates: [TEMPLATE], invitations, settings: {} });
    await ext.askBackground({ type: 'backup.import', text, mode: 'replace' });

    const tab = await ext.openLinkedIn(simPages[name].url, { html: simPage(name, options) });
    if (message) await tab.click(message);
    await waitForPart(tab, 'insert');
    const first = person.name.split(' ')[0];
    const expected = `Hi ${first}, thanks for connecting!\nCould we talk for 20 minutes next week?`;
    await poll('the preview', () => onPart(tab, 'preview', (el) => el.textContent), (v) => v === expected);
    expect(await sendDisabled(tab)).toBe(true);

    await clickPart(tab, 'insert');
    await poll('LinkedIn\'s Send to enable', () => sendDisabled(tab), (v) => v === false);
    expect(await editorText(tab)).toBe(expected);
    await poll('the count', () => onPart(tab, 'counter', (el) => el.textContent), (v) => v === `13 words · ${expected.length}/3000`);

    await tab.click('form button[type="submit"]');
    const sent = await tab.evaluate(() => (window as unknown as { __simMessages: { to: string; text: string }[] }).__simMessages);
    expect(sent).toEqual([{ to: person.slug, name: person.name, text: expected }]);
    const stored = await poll(
      'the background to record the request',
      () => ext.askBackground<{ items: Stored[] }>({ type: 'invitations.list', limit: 1000 }),
      (r) => r.items.some((i) => i.profileUrl === url(person.slug) && i.conversation?.stage === 'requested'),
    );
    expect(stored.items.find((i) => i.profileUrl === url(person.slug))?.conversation).toMatchObject({ stage: 'requested', templateId: TEMPLATE.id });
    await tab.close();
  });
});
