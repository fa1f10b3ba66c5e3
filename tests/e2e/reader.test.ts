// The reader inside the real content script in Chromium reads what the unit tests read.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fixturesDir, launchExtension, type Extension } from './harness';
import { simPage } from '../fixtures/sim/pages';
import { askBackground } from './composer-helpers';
import { splitName } from '../../src/core/names';

interface Expected {
  file: string;
  pageKind: string;
  fullName: string;
  firstName: string;
  headline: string | null;
  location: string | null;
  currentCompany: string | null;
  school: string | null;
  degree: string | null;
  connect: string;
  mutualConnections: { count: number; names: string[] } | null;
}

const expected = (JSON.parse(readFileSync(join(fixturesDir, 'linkedin/expected.json'), 'utf8')) as Expected[])
  .filter((e) => e.pageKind === 'profile');

let ext: Extension;
beforeAll(async () => {
  ext = await launchExtension();
});
afterAll(async () => {
  await ext?.close();
});

describe('content script reads saved pages like the unit tests', () => {
  test.each(expected.map((e) => [e.file, e] as const))('%s', async (file, want) => {
    const url = `https://www.linkedin.com/in/e2e-${file.replace(/\W+/g, '-')}/`;
    const page = await ext.openLinkedIn(url, { file: `linkedin/${file}` });
    // No one tracked: the page is read when the person on screen is asked for (as the side panel
    // asks), through the background, once the content script has said which profile is in view.
    await expect.poll(async () => {
      await askBackground(ext, { type: 'profile.last' });
      return (await ext.contentState<{ profile: unknown }>(page)).profile;
    }).not.toBeNull();
    const state = await ext.contentState<{ kind: string; profile: { fullName: string | null; firstNameHints: string[] } }>(page);
    expect(state.kind).toBe('profile');
    const { fullName, firstName, headline, location, currentCompany, school, degree, connect, mutualConnections } = want;
    expect(state.profile).toMatchObject({ fullName, headline, location, currentCompany, school, degree, connect, mutualConnections });
    // The content script reads the name unsplit; its consumers split it with the card's hints.
    expect(splitName(state.profile.fullName, state.profile.firstNameHints).firstName).toBe(firstName);
    await page.close();
  });
});

test('the content script sees the 2026 invite dialog inside the shadow root, with its limit', async () => {
  const url = 'https://www.linkedin.com/in/lucia-ferrer/';
  const page = await ext.openLinkedIn(url, { html: simPage('profile-2026', { limit: 200 }) });
  await page.locator('main a[aria-label^="Invite "]').first().click();
  await page.getByRole('button', { name: 'Add a note' }).click();
  await expect.poll(async () => (await ext.contentState<{ dialog: unknown }>(page)).dialog).toMatchObject({
    stage: 'note',
    limit: 200,
    invitee: { name: 'Lucía Ferrer' },
  });
  await page.close();
});

test('after in-page navigation the content script reads the second person, never the first', async () => {
  // Both invited: each profile is read as soon as LinkedIn's load leaves the main thread idle.
  for (const [slug, name] of [['daniel-okafor', 'Daniel Okafor'], ['ines-carvalho', 'Ines Carvalho']]) {
    await askBackground(ext, { type: 'invitation.sent', profileUrl: `https://www.linkedin.com/in/${slug}/`, name, note: '' });
  }
  const page = await ext.openLinkedIn('https://www.linkedin.com/in/daniel-okafor/', { html: simPage('profile-2024') });
  await ext.arrive(page);
  await expect.poll(async () => (await ext.contentState<{ profile: { fullName: string } | null }>(page)).profile?.fullName)
    .toBe('Daniel Okafor');
  await page.locator('[data-sim-nav="/in/ines-carvalho/"]').first().click();
  await expect.poll(async () => (await ext.contentState<{ url: string }>(page)).url).toBe('https://www.linkedin.com/in/ines-carvalho/');
  const seen = new Set<string | undefined>();
  await expect.poll(async () => {
    const name = (await ext.contentState<{ profile: { fullName: string } | null }>(page)).profile?.fullName;
    seen.add(name);
    return name;
  }).toBe('Ines Carvalho');
  expect(seen.has('Daniel Okafor')).toBe(false);
  await page.close();
});
