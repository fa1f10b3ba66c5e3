// The message composer in LinkedIn's message box (issue #21 item 3), real Chromium and the built
// extension, in the simulator's overlay bubble (a profile's Message control) and thread page, eras
// C and D: the composer offers the conversation template for that person, Insert puts it into
// LinkedIn's editor so that LinkedIn's own Send enables, and the person's click on Send is
// reported to the background. Also: a hostile name stays text; an editor Rapport cannot recognise
// gets no composer and no error.
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { askBackground, inComposer, composer, simSuite } from './composer-helpers';
import { simPages, type SimPageName } from '../fixtures/sim/pages';
import { closedRoots } from './closed-root';
import * as m from './message-helpers';

const suite = simSuite();
const TEMPLATE = m.REQUEST_TEMPLATE;
const url = m.profileUrl;
/** Rapport's starter follow-up on a request (offered when the person has none of their own). */
const FOLLOW_UP_STARTER = 'Conversation: one follow-up';

const tracked = (slug: string) => m.tracked(suite.ext(), slug);
const seed = (slug: string, name: string) => m.seedAccepted(suite.ext(), slug, name);
const watchBackground = () => m.watchRequestsSent(suite.ext());
const editor = (page: Page) => m.messageEditor(page);
const sendButton = (page: Page) => m.messageSend(page);
const simMessages = m.simMessages;
const openBubble = m.openBubble;

const cases: Array<{ page: SimPageName; era: '2024' | '2026'; surface: 'overlay' | 'thread' }> = [
  { page: 'profile-2024', era: '2024', surface: 'overlay' },
  { page: 'profile-2026', era: '2026', surface: 'overlay' },
  { page: 'messaging-2024', era: '2024', surface: 'thread' },
  { page: 'messaging-2026', era: '2026', surface: 'thread' },
];

test.each(cases)('$page ($surface): request template → Insert → LinkedIn\'s Send enables → Send is reported', async ({ page: name, era, surface }) => {
  const person = simPages[name].people[0];
  const first = person.name.split(' ')[0];
  await seed(person.slug, person.name);
  const seen = await watchBackground();
  const page = await suite.sim(name);
  if (surface === 'overlay') await openBubble(page, era);
  await expect.poll(() => inComposer(page, 'preview').textContent()).toBe(
    `Hi ${first}, thanks for connecting! Could we talk for 20 minutes next week about your work?`,
  );
  expect(await inComposer(page, 'template').optionLabels()).toEqual(['Ask for 20 minutes']);
  expect(await sendButton(page).isDisabled()).toBe(true);
  // The request coach's checklist: the five parts of a good request, each with its state in words.
  expect(await inComposer(page, 'request-part').count()).toBe(5);
  await inComposer(page, 'insert').click();
  await expect.poll(() => sendButton(page).isDisabled()).toBe(false);
  const text = `Hi ${first}, thanks for connecting! Could we talk for 20 minutes next week about your work?`;
  expect(await editor(page).innerText()).toBe(text);
  expect(await inComposer(page, 'counter').textContent()).toBe(`16 words · ${text.length}/3000`);
  // The person adds a line of their own: the count follows each keystroke.
  await editor(page).press('End');
  await page.keyboard.type(' Best, Sam');
  await expect.poll(() => inComposer(page, 'counter').textContent()).toBe(`18 words · ${text.length + 10}/3000`);
  await sendButton(page).click();
  expect(await simMessages(page)).toEqual([{ to: person.slug, name: person.name, text: `${text} Best, Sam` }]);
  await expect.poll(async () => (await seen())[0]).toEqual(
    expect.objectContaining({ type: 'conversation.request-sent', profileUrl: url(person.slug), name: person.name, text: `${text} Best, Sam`, templateId: TEMPLATE.id, reportId: expect.any(String) }),
  );
  // One report, and the background recorded the request on the tracked invitation.
  expect(new Set((await seen()).map((m) => m.reportId)).size).toBe(1);
  await expect.poll(async () => (await tracked(person.slug))?.conversation).toEqual(
    expect.objectContaining({ stage: 'requested', templateId: TEMPLATE.id, requestedAt: expect.any(String) }),
  );
  // The next time the conversation is open, the one follow-up is offered first.
  await page.reload();
  if (surface === 'overlay') await openBubble(page, era);
  await expect.poll(async () => (await inComposer(page, 'template').optionLabels())[0]).toBe(FOLLOW_UP_STARTER);
});

test('without conversation templates of their own, the person is offered Rapport\'s starters', async () => {
  const text = JSON.stringify({ format: 'rapport-backup', version: 1, templates: [], invitations: [], settings: {} });
  await askBackground(suite.ext(), { type: 'backup.import', text, mode: 'replace' });
  const page = await suite.sim('messaging-2026');
  await expect.poll(async () => (await inComposer(page, 'template').optionLabels())[0]).toBe('Conversation: ask for 20 minutes');
  await expect.poll(() => inComposer(page, 'preview').textContent()).toMatch(/^Hi Lucía, thank you for accepting my invitation\./);
  await inComposer(page, 'insert').click();
  await expect.poll(() => sendButton(page).isDisabled()).toBe(false);
  expect(await editor(page).innerText()).toMatch(/^Hi Lucía, thank you for accepting my invitation\./);
});

test('with LinkedIn\'s "Press Enter to Send", the person\'s Enter is reported; Shift+Enter is not', async () => {
  await seed('daniel-okafor', 'Daniel Okafor');
  const seen = await watchBackground();
  const page = await suite.sim('messaging-2024', { enterSends: true });
  await inComposer(page, 'insert').click();
  await expect.poll(() => sendButton(page).isDisabled()).toBe(false);
  await editor(page).press('End');
  await page.keyboard.press('Shift+Enter');
  await new Promise((r) => setTimeout(r, 400));
  expect(await seen()).toEqual([]);
  await page.keyboard.press('Enter');
  expect(await simMessages(page)).toHaveLength(1);
  await expect.poll(async () => (await seen())[0]).toEqual(expect.objectContaining({ profileUrl: url('daniel-okafor'), templateId: TEMPLATE.id }));
  await expect.poll(async () => (await tracked('daniel-okafor'))?.conversation?.stage).toBe('requested');
});

test('a script\'s Send click records nothing; a wrong insertion keeps LinkedIn\'s Send disabled', async () => {
  const page = await suite.sim('messaging-2026');
  const seen = await watchBackground();
  await inComposer(page, 'insert').waitFor();
  // Text that arrives without typing-like events (what innerHTML / insertHTML do) is not LinkedIn's.
  await editor(page).evaluate((el) => {
    el.innerHTML = '<p>Hello there</p>';
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
  expect(await sendButton(page).isDisabled()).toBe(true);
  await inComposer(page, 'insert').click();
  await expect.poll(() => sendButton(page).isDisabled()).toBe(false);
  await sendButton(page).evaluate((b) => (b as HTMLButtonElement).click());
  expect(await simMessages(page)).toHaveLength(1);
  await new Promise((r) => setTimeout(r, 300));
  expect(await seen()).toEqual([]);
});

test('a hostile name and template text show as text and are inserted as text', async () => {
  const { template } = await askBackground<{ template: { id: string } }>(suite.ext(), {
    type: 'templates.save',
    template: { name: '<b>Bold</b> ask', body: 'Hello {{fullName}} <img src=x onerror=alert(2)>, a short call?', kind: 'conversation' },
  });
  const name = simPages['profile-hostile-name'].people[0].name;
  const page = await suite.sim('profile-hostile-name');
  await openBubble(page, '2026');
  await inComposer(page, 'template').selectOption({ label: '<b>Bold</b> ask' });
  const text = `Hello ${name} <img src=x onerror=alert(2)>, a short call?`;
  await expect.poll(() => inComposer(page, 'preview').textContent()).toBe(text);
  await inComposer(page, 'insert').click();
  await expect.poll(() => editor(page).innerText()).toBe(text);
  const inComposerImages = await composer(page).evaluate((section) => (section.getRootNode() as ShadowRoot).querySelectorAll('img, b').length);
  const inPage = await page.evaluate(() => document.querySelectorAll('img').length + (document.getElementById('interop-outlet')?.shadowRoot?.querySelectorAll('img').length ?? 0));
  expect({ inComposerImages, inPage }).toEqual({ inComposerImages: 0, inPage: 0 });
  await askBackground(suite.ext(), { type: 'templates.delete', id: template.id }).catch(() => undefined);
  // afterEach: no alert() and no page error happened.
});

test('an editor Rapport cannot recognise gets no composer and causes no error', async () => {
  const page = await suite.sim('profile-2026');
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  // A box with an editor and a button but no form and no conversation header (a layout Rapport does not know).
  await page.evaluate(() => {
    const box = document.createElement('div');
    const edit = Object.assign(document.createElement('div'), { contentEditable: 'true' });
    edit.setAttribute('role', 'textbox');
    box.append(edit, Object.assign(document.createElement('button'), { textContent: 'Send' }));
    document.body.append(box);
  });
  await new Promise((r) => setTimeout(r, 500));
  expect(await closedRoots(page)).toEqual([]);
  expect(errors).toEqual([]);
});
