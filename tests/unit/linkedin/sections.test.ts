// Experience and Education read exactly on every saved and constructed page that has them
// (expected-sections.json), and the same after changes LinkedIn makes without notice: renamed
// hashed classes, extra wrappers, the visually-hidden copies gone.
import { describe, expect, test } from 'vitest';
import { readEducation, readExperience } from '../../../src/linkedin';
import { fixtureText, readJson } from './fixtures';

type Expected = Record<string, { experience: unknown[]; education: unknown[] }>;
const saved = readJson<Expected & { _about?: string }>('expected-sections.json');
const constructed = readJson<Expected & { _about?: string }>('constructed/expected-sections.json');
const pages = [
  ...Object.entries(saved).filter(([file]) => file.endsWith('.html')),
  ...Object.entries(constructed).filter(([file]) => file.endsWith('.html')).map(([file, e]) => [`constructed/${file}`, e] as const),
] as [string, { experience: unknown[]; education: unknown[] }][];

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

/** LinkedIn-style drift, applied to the page's markup. */
const drifts: Record<string, (doc: Document) => void> = {
  'hashed classes renamed': (doc) => {
    for (const el of Array.from(doc.querySelectorAll('[class]'))) {
      const kept = Array.from(el.classList).filter((c) => !/^_[0-9a-f]{8}$|^[A-Za-z]{18,}$/.test(c));
      el.setAttribute('class', [...kept, '_drift0a1'].join(' '));
    }
  },
  'an extra wrapper around every entry body': (doc) => {
    for (const el of Array.from(doc.querySelectorAll('li > div, [componentkey^="entity-collection-item"] > div'))) {
      const wrapper = doc.createElement('div');
      el.replaceWith(wrapper);
      wrapper.append(el);
    }
  },
  'visually-hidden copies removed': (doc) => {
    for (const el of Array.from(doc.querySelectorAll('.visually-hidden'))) el.remove();
  },
  'a decoy list in the sidebar': (doc) => {
    const aside = doc.createElement('aside');
    aside.innerHTML = '<ul><li><span aria-hidden="true">Decoy Corp</span><span aria-hidden="true">Jan 2020 - Present</span></li></ul><p>2001 – 2005</p>';
    doc.body.prepend(aside);
  },
};

describe.each(pages)('%s', (file, expected) => {
  const html = fixtureText(file);

  test('reads Experience and Education exactly', () => {
    const doc = parse(html);
    expect(readExperience(doc)).toEqual(expected.experience);
    expect(readEducation(doc)).toEqual(expected.education);
  }, 30_000);

  test('the same under every drift change', () => {
    for (const [name, drift] of Object.entries(drifts)) {
      const doc = parse(html);
      drift(doc);
      expect({ name, experience: readExperience(doc), education: readEducation(doc) }).toEqual({ name, ...expected });
    }
  }, 60_000);
});

describe('sections', () => {
  test('pages with cards are covered, with roles grouped under one company and dates in German', () => {
    expect(pages.filter(([, e]) => e.experience.length > 0).length).toBeGreaterThanOrEqual(8);
    const lena = constructed['2026-profile-sections.html']!;
    expect(lena.experience[1]).toMatchObject({ start: { year: 2019, month: 10 }, end: { year: 2025, month: 12 } });
  });

  test('hostile text in a name stays text', () => {
    const doc = parse(fixtureText('constructed/2026-profile-sections.html'));
    const entry = readExperience(doc)[1]!;
    expect(entry.company).toBe('<img src=x onerror=alert(1)> Kessel Logistics');
    expect(doc.querySelectorAll('img[src="x"]')).toHaveLength(0);
  });

  test('a page without the cards, or with unknown markup, reads nothing and does not throw', () => {
    expect(readExperience(parse('<main><h2>Experience</h2><p>Jan 2020 - Present</p></main>'))).toEqual([]);
    expect(readEducation(parse('<section><div id="education"></div><ul><li></li></ul></section>'))).toEqual([]);
  });
});
