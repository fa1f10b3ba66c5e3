// The shared-language talking point from the page (issue 20), in Chromium with the built
// extension: About you says "Deutsch"; the simulated profile-2026 page gets a Languages card (the
// simulator draws none, so this test adds one in the era-D shape of
// tests/fixtures/linkedin/constructed/2026-profile-languages.html) naming "German" → Connect → the
// composer lists "You both speak German" (beside her mutual connection), and clicking it puts the phrase in LinkedIn's box with
// the counter exact.
import { expect, test } from 'vitest';
import { simPage, simPages } from '../fixtures/sim/pages';
import { askBackground, inComposer, noteBox, openNoteStep, simSuite } from './composer-helpers';

const suite = simSuite();
const LANGUAGES_CARD = `<section componentkey="com.linkedin.sdui.profile.card.refSimLuciaLanguagesTopLevelSection" class="_1f3a9c0e sim-card">
  <h2>Languages</h2>
  <div componentkey="entity-collection-item-sim1"><p>Spanish</p><p>Native or bilingual proficiency</p></div>
  <div componentkey="entity-collection-item-sim2"><p>German</p><p>Professional working proficiency</p></div>
</section>`;

test('About you "Deutsch" + a profile listing German → the composer offers the shared language', async () => {
  const ext = suite.ext();
  await askBackground(ext, { type: 'settings.set', patch: { about: { schools: [], employers: [], location: '', languages: ['Deutsch'] } } });
  const html = simPage('profile-2026', { limit: 200 }).replace('<div data-sim-slot="about"></div>', `<div data-sim-slot="about"></div>${LANGUAGES_CARD}`);
  expect(html).toContain('LanguagesTopLevelSection');
  const opened = await ext.openLinkedIn(simPages['profile-2026'].url, { html });

  await openNoteStep(opened);
  const points = inComposer(opened, 'talking-point');
  await points.nth(0).waitFor();
  // Her page names a mutual connection too (ranked first); the language is the other point.
  const texts = await points.allTextContents();
  expect(texts).toContain('You both speak German');
  const language = points.nth(texts.indexOf('You both speak German'));

  await noteBox(opened).fill('Hi Lucía, ');
  await noteBox(opened).press('End');
  await language.click();
  const note = 'Hi Lucía, we both speak German';
  expect(await noteBox(opened).inputValue()).toBe(note);
  expect(await inComposer(opened, 'counter').textContent()).toBe(`${[...note].length}/200`);

  await opened.close();
  await askBackground(ext, { type: 'settings.set', patch: { about: { schools: [], employers: [], location: '', languages: [] } } });
});
