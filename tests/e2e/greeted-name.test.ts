// The Anu Priya case (issue #17) in real Chromium with the built extension: the composer greets
// "Anu Priya" (LinkedIn's own "Message Anu Priya" says where the first name ends), the invitation
// keeps that name, and the popup's follow-up greets the same — not "Anu", a second split without
// the page's hint. A backup written before the name was kept still imports, and greets by the split.
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, watchErrors, type Extension } from './harness';
import { askBackground, inComposer, linkedInButton, noteBox, openNoteStep, openSim, storedFor, type OpenedPage } from './composer-helpers';

const ANU = 'https://www.linkedin.com/in/anu-priya-velamuri/';
let ext: Extension;
const errors: string[] = [];
const opened: OpenedPage[] = [];
const pages: Page[] = [];

beforeAll(async () => {
  ext = await launchExtension();
  await ext.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const saved = await askBackground<{ template: { id: string } }>(ext, {
    type: 'templates.save', template: { name: 'Greeting', body: 'Hi {{firstName}}, your work at {{company|your team}} caught my eye. Glad to connect!', kind: 'invitation' },
  });
  await askBackground(ext, { type: 'settings.set', patch: { defaultTemplateId: saved.template.id } });
});
afterEach(async () => {
  const done = opened.splice(0);
  await Promise.all([...done.map((o) => o.page.close()), ...pages.splice(0).map((p) => p.close())]);
  expect([...done.flatMap((o) => o.problems), ...errors.splice(0)]).toEqual([]);
});
afterAll(async () => {
  await ext?.close();
});

/** The popup's follow-up for the named person, copied the way the person does it (row, Copy). */
async function copiedFollowUp(name: string): Promise<string> {
  const popup = await ext.openExtensionPage('src/popup/index.html');
  pages.push(popup);
  watchErrors(popup, errors);
  await popup.locator('[role=option]', { hasText: name }).click();
  await popup.locator('[data-rapport="copy"]').click();
  await expect.poll(() => popup.locator('[data-rapport="copy"]').textContent()).toBe('Copied ✓');
  return popup.evaluate(() => navigator.clipboard.readText());
}

test('an invitation greeted "Hi Anu Priya" gets a follow-up in the popup that greets "Anu Priya"', async () => {
  const sim = await openSim(ext, 'profile-2024', {}, ANU);
  opened.push(sim);
  await openNoteStep(sim.page);
  await expect.poll(() => inComposer(sim.page, 'preview').textContent()).toMatch(/^Hi Anu Priya, your work at Tidewater Health/);
  await inComposer(sim.page, 'insert').click();
  expect(await noteBox(sim.page).inputValue()).toMatch(/^Hi Anu Priya, /);
  await linkedInButton(sim.page, 'Send invitation').click();
  await expect.poll(() => storedFor(ext, 'anu-priya-velamuri')).toEqual([expect.objectContaining({ name: 'Anu Priya Velamuri', greetedFirstName: 'Anu Priya' })]);
  // The first follow-up template (a starter): "Hi {{firstName}}, thanks for connecting! …".
  expect(await copiedFollowUp('Anu Priya Velamuri')).toMatch(/^Hi Anu Priya, thanks for connecting!/);
});

test('a backup from before the greeted name was kept imports, and its follow-up greets by the split name', async () => {
  const { text } = await askBackground<{ text: string }>(ext, { type: 'backup.export', format: 'json' });
  const before = JSON.parse(text) as { invitations: Record<string, unknown>[] };
  expect(before.invitations[0]).toMatchObject({ greetedFirstName: 'Anu Priya' });
  for (const invitation of before.invitations) delete invitation.greetedFirstName;
  const summary = await askBackground<{ mode: string; invitations: { added: number; updated: number } }>(ext, { type: 'backup.import', mode: 'replace', text: JSON.stringify(before) });
  expect(summary.invitations.added + summary.invitations.updated).toBe(1);
  expect((await storedFor(ext, 'anu-priya-velamuri'))[0]).not.toHaveProperty('greetedFirstName');
  expect(await copiedFollowUp('Anu Priya Velamuri')).toMatch(/^Hi Anu, thanks for connecting!/);
});
