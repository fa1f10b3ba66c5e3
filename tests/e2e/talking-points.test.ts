// Talking points end to end (issue 20), in Chromium with the built extension: your own profile →
// the popup's offer, shown before anything is kept → keep it → someone who studied where you did →
// Connect → the composer lists that school, and a template with {{commonGround}} puts the school's
// name into LinkedIn's box with the counter exact. Also: nothing readable → nothing kept.
import { expect, test } from 'vitest';
import { fixtureText } from '../unit/linkedin/fixtures';
import { askBackground, inComposer, linkedInButton, noteBox, openNoteStep, simSuite } from './composer-helpers';

const suite = simSuite();
const SCHOOL = 'Universitat de Santa Brígida'; // Lucía Ferrer's school on the simulated profile-2026
const OWN_URL = 'https://www.linkedin.com/in/sam-rivera-dev/';

interface AboutReply { settings: { about: { schools: { name: string }[]; employers: { name: string }[] } } }

test('own profile → keep the offer → Connect on someone from your school → the composer names the school', async () => {
  const ext = suite.ext();
  // Sam's own constructed profile, with Lucía's school in its Education card.
  const own = await ext.openLinkedIn(OWN_URL, { html: fixtureText('constructed/2026-own-profile-sections.html').replaceAll('Universidad de Altamira', SCHOOL).replaceAll('universidad-de-altamira', 'santa-brigida') });

  const popup = await ext.openExtensionPage('src/popup/index.html');
  const offer = popup.locator('[data-rapport="about-offer"]');
  await offer.locator('[data-rapport="about-preview"]').waitFor();
  // Exactly what will be kept, before anything is.
  expect(await offer.locator('[data-rapport="about-preview"] li').allTextContents()).toEqual([
    `School: ${SCHOOL} (2015–2019)`,
    'School: IES Sorolla',
    'Employer: Frontend Engineer, Quayside Energy (2023–now)',
    'Employer: Junior Developer, Quayside Energy (2021–2023)',
    'Employer: Web Intern, Marlow Labs (2020–2021)',
  ]);
  expect((await askBackground<AboutReply>(ext, { type: 'settings.get' })).settings.about.schools).toEqual([]);
  await offer.getByRole('button', { name: 'Keep as About you' }).click();
  await offer.locator('[data-rapport="about-kept"]').waitFor();
  const kept = (await askBackground<AboutReply>(ext, { type: 'settings.get' })).settings.about;
  expect(kept.schools.map((s) => s.name)).toEqual([SCHOOL, 'IES Sorolla']);
  await popup.close();
  await own.close();

  const page = await suite.sim('profile-2026', { limit: 200 });
  await openNoteStep(page);
  const points = inComposer(page, 'talking-point');
  await points.nth(0).waitFor();
  expect(await points.nth(0).textContent()).toBe(`You both studied at ${SCHOOL}`);

  await inComposer(page, 'template').selectOption('starter-common-ground');
  await inComposer(page, 'insert').click();
  const note = await noteBox(page).inputValue();
  expect(note).toContain(`Hi Lucía, we both studied at ${SCHOOL}, so I wanted to say hello.`);
  expect(await inComposer(page, 'counter').textContent()).toBe(`${[...note].length}/200`);
  expect(await linkedInButton(page, 'Send invitation').isEnabled()).toBe(true);

  // Clicking a point puts its phrase at the cursor in LinkedIn's box.
  await noteBox(page).fill('Hi Lucía, ');
  await noteBox(page).press('End');
  await points.nth(0).click();
  expect(await noteBox(page).inputValue()).toBe(`Hi Lucía, we both studied at ${SCHOOL}`);
  expect(await inComposer(page, 'counter').textContent()).toBe(`${[...`Hi Lucía, we both studied at ${SCHOOL}`].length}/200`);

  // One click deletes what was kept (the options page has the same button).
  await askBackground(ext, { type: 'settings.set', patch: { about: { schools: [], employers: [], location: '', languages: [] } } });
});

test('an own profile with nothing readable keeps nothing and says so', async () => {
  const ext = suite.ext();
  const bare = fixtureText('constructed/2026-own-profile.html')
    .replace(/<p class="_4b7e1d93">Quayside Energy · Universidad de Altamira<\/p>/, '')
    .replace(/<div class="_d8e23b6f">[\s\S]*?<\/div>\s*<\/div>\s*<\/div>/, '</div>')
    .replace(/<p class="_6d1a0b3c">Valencia, Valencian Community, Spain<\/p>/, '');
  const own = await ext.openLinkedIn(OWN_URL, { html: bare });
  const popup = await ext.openExtensionPage('src/popup/index.html');
  await popup.locator('[data-rapport="about-nothing"]').waitFor();
  expect(await popup.locator('[data-rapport="about-keep"]').count()).toBe(0);
  expect((await askBackground<AboutReply>(ext, { type: 'settings.get' })).settings.about).toMatchObject({ schools: [], employers: [] });
  await popup.close();
  await own.close();
});

test('own profile open, the person never touched that tab: asking for it still reads it as one\u2019s own', async () => {
  const ext = suite.ext();
  const own = await ext.openLinkedIn(OWN_URL, { html: fixtureText('constructed/2026-own-profile-sections.html') });
  // Asked from an extension document that asks nothing by itself (Rapport's own pages ask for the
  // person on screen when they open, which starts the watch and would hide the case).
  const quiet = await ext.openExtensionPage('manifest.json');
  await own.waitForTimeout(500);
  expect((await ext.contentState<{ pages: number }>(own)).pages).toBe(0); // nothing set up yet
  const reply = (await quiet.evaluate((request) => chrome.runtime.sendMessage(request), { type: 'about.own-profile' })) as { ok: boolean; data: { own: boolean; about: { schools: unknown[] } | null } };
  expect(reply.ok).toBe(true);
  expect(reply.data.own).toBe(true);
  expect(reply.data.about?.schools.length).toBeGreaterThan(0);
  await quiet.close();
  await own.close();
});
