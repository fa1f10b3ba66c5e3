// Nothing is set up before the person's first sign on the page; then a profile is read at once only
// when its person matters (a pending invitation); any other is read when something asks for the
// person on screen: the approach to Connect, or the background for the side panel, popup and
// options preview. Seen from the content script's own world (test build).
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchExtension, type Extension } from './harness';
import { askBackground } from './composer-helpers';

let ext: Extension;
beforeAll(async () => {
  ext = await launchExtension();
});
afterAll(async () => {
  await ext?.close();
});

const FILE = 'linkedin/2024-connect-primary-free-viewer.html';
const state = (page: Parameters<Extension['contentState']>[0]) => ext.contentState<{ kind: string; pages: number; profile: { fullName: string } | null }>(page);

test('no one tracked: not read at load; read at the approach to Connect', async () => {
  const page = await ext.openLinkedIn('https://www.linkedin.com/in/untracked-a/', { file: FILE });
  await ext.arrive(page);
  await expect.poll(async () => (await state(page)).kind).toBe('profile');
  await page.waitForTimeout(1500); // idle came, and the background answered profile.viewed
  expect((await state(page)).profile).toBeNull();
  await page.locator('main button[aria-label^="Invite "]').first().hover();
  await expect.poll(async () => (await state(page)).profile?.fullName).toBeTruthy();
  await page.close();
});

test('no one tracked, no sign yet: the background\u2019s question for the person on screen reads the page', async () => {
  const page = await ext.openLinkedIn('https://www.linkedin.com/in/untracked-b/', { file: FILE });
  await page.waitForTimeout(1500);
  expect(await state(page)).toMatchObject({ pages: 0, profile: null });
  const { profile } = await askBackground<{ profile: { profileUrl: string; fullName: string } | null }>(ext, { type: 'profile.last' });
  // The card's own link names the person (this saved page is someone else's under our test URL).
  expect(profile?.fullName).toBeTruthy();
  expect((await state(page)).profile?.fullName).toBe(profile?.fullName);
  await page.close();
});

test('a pending invitation: read as soon as the person is at the page and it is idle, nothing asked', async () => {
  await askBackground(ext, { type: 'invitation.sent', profileUrl: 'https://www.linkedin.com/in/tracked-c/', name: 'Tracked C', note: '' });
  const page = await ext.openLinkedIn('https://www.linkedin.com/in/tracked-c/', { file: FILE });
  await page.waitForTimeout(1000);
  expect((await state(page)).profile).toBeNull(); // nothing before the person is there
  await ext.arrive(page);
  await expect.poll(async () => (await state(page)).profile?.fullName, { timeout: 5000 }).toBeTruthy();
  await page.close();
});
