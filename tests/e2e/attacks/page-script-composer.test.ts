// Attack: a script on LinkedIn's page (LinkedIn's own, or anything running there) tries to find
// Rapport's composer, read what it shows (template names, the preview with the person's own
// name and interest) and press Insert. The composer is a bare host with a closed shadow root
// and acts on trusted events only: the script finds nothing, reads nothing, presses nothing,
// while a person's real clicks and keys (CDP input, trusted) still work.
import { beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { simSuite, composer, inComposer, noteBox, openNoteStep, askBackground } from '../composer-helpers';
import { closedRoots } from '../closed-root';

const suite = simSuite();

beforeAll(async () => {
  // Runs in the page's own world before anything else, as a hostile page script could: it wraps
  // attachShadow to catch every shadow root created, and listens to every click.
  await suite.ext().context.addInitScript(() => {
    const w = window as unknown as { __roots: { mode: string; host: string }[]; __clicks: { target: string; path: string[] }[] };
    w.__roots = [];
    w.__clicks = [];
    const attach = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
      w.__roots.push({ mode: init.mode, host: this.outerHTML.slice(0, 80) });
      return attach.call(this, init);
    };
    document.addEventListener('click', (e) => {
      const name = (n: EventTarget) => (n instanceof Element ? `${n.tagName}${n.getAttribute('data-part') ? `[${n.getAttribute('data-part')}]` : ''}` : n.constructor.name);
      w.__clicks.push({ target: name(e.target!), path: e.composedPath().map(name) });
    }, true);
  });
  // Something of the person's own in the composer: their interest, in the default template.
  await askBackground(suite.ext(), { type: 'settings.set', patch: { myInterest: 'quantum-proof ferry ticketing' } });
  const { template } = await askBackground<{ template: { id: string } }>(suite.ext(), {
    type: 'templates.save',
    template: { name: 'Secret ferry opener', body: 'Hi {{firstName}}, I work on {{myInterest}}. Coffee?', kind: 'invitation' },
  });
  await askBackground(suite.ext(), { type: 'settings.set', patch: { defaultTemplateId: template.id } });
});

/** Everything a page script can see: every element of the document and of every open shadow root. */
function pageScriptLooks(secrets: string[]) {
  const elements: Element[] = [];
  const roots: (Document | ShadowRoot)[] = [document];
  for (let i = 0; i < roots.length; i += 1) {
    for (const el of roots[i]!.querySelectorAll('*')) {
      elements.push(el);
      if (el.shadowRoot) roots.push(el.shadowRoot);
    }
  }
  const texts = [document.documentElement.textContent ?? '', document.body.innerText, ...roots.slice(1).map((r) => r.textContent ?? '')];
  const selection = getSelection()!;
  selection.selectAllChildren(document.body);
  texts.push(selection.toString());
  selection.removeAllRanges();
  return {
    dataRapport: roots.reduce((n, r) => n + r.querySelectorAll('[data-rapport]').length, 0),
    namingRapport: elements.filter((el) => [...el.attributes].some((a) => /rapport/i.test(`${a.name}=${a.value}`)) || /rapport/i.test(el.tagName)).length,
    openRoots: elements.filter((el) => el.shadowRoot).map((el) => el.id || el.tagName),
    secretsSeen: secrets.filter((s) => texts.some((t) => t.includes(s))),
    bareDivs: elements.filter((el) => el.tagName === 'DIV' && el.attributes.length === 0 && el.childNodes.length === 0).length,
  };
}

/** The page script's every way to press Insert without a person. */
function pageScriptPresses(at: { x: number; y: number }) {
  const box = (document.querySelector('#custom-message') ?? document.getElementById('interop-outlet')?.shadowRoot?.querySelector('#custom-message')) as HTMLTextAreaElement;
  // What is at Insert's position (the page sees the host there, never the button).
  let hit = document.elementFromPoint(at.x, at.y);
  while (hit?.shadowRoot) hit = hit.shadowRoot.elementFromPoint(at.x, at.y) ?? hit;
  const hitName = hit ? `${hit.tagName}:${hit.attributes.length}` : 'nothing';
  if (hit instanceof HTMLElement) {
    hit.click();
    for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) {
      hit.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true, cancelable: true, clientX: at.x, clientY: at.y }));
    }
    hit.focus();
    hit.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', bubbles: true, composed: true }));
    hit.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', code: 'Space', bubbles: true, composed: true }));
  }
  // Alt+Shift+I, made up, where the person would type it.
  box.focus();
  for (const target of [box, box.closest('[role="dialog"]'), document.body, document]) {
    target?.dispatchEvent(new KeyboardEvent('keydown', { key: 'I', code: 'KeyI', altKey: true, shiftKey: true, bubbles: true, composed: true, cancelable: true }));
  }
  return { hit: hitName, box: box.value };
}

/** Insert's position on screen (CDP: the test, not the page, knows where it is). */
async function insertPosition(page: Page): Promise<{ x: number; y: number }> {
  return inComposer(page, 'insert').evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
}

describe.each(['2026', '2024'] as const)('dialog variant %s', (variant) => {
  test('a page script cannot find or read the composer', async () => {
    const page = await suite.sim('profile-2026', { variant });
    await openNoteStep(page);
    const preview = await inComposer(page, 'preview').textContent();
    expect(preview).toBe('Hi Lucía, I work on quantum-proof ferry ticketing. Coffee?');
    const names = await inComposer(page, 'template').optionLabels();
    expect(names).toContain('Secret ferry opener');

    const seen = await page.evaluate(pageScriptLooks, ['quantum-proof ferry', 'Secret ferry opener', 'Insert note', ...names]);
    expect(seen).toMatchObject({ dataRapport: 0, namingRapport: 0, secretsSeen: [] });
    // The only open root is LinkedIn's own (2026 interop outlet); Rapport's host is a bare <div>.
    expect(seen.openRoots).toEqual(variant === '2026' ? ['interop-outlet'] : []);
    expect(seen.bareDivs).toBeGreaterThanOrEqual(1);
    const hosts = await closedRoots(page);
    expect(hosts.map((h) => [h.host.nodeName, h.host.attributes ?? []])).toEqual([['DIV', []]]);
    // Wrapping attachShadow in the page's world catches nothing of Rapport's: it runs in its own world.
    const caught = await page.evaluate(() => (window as unknown as { __roots: { mode: string; host: string }[] }).__roots);
    expect(caught.filter((r) => r.mode === 'closed')).toEqual([]);
    expect(caught.every((r) => r.host.includes('interop-outlet'))).toBe(true);
  });

  test('a page script cannot press Insert (click, mouse events, keys, made-up Alt+Shift+I); a person can', async () => {
    const page = await suite.sim('profile-2026', { variant });
    await openNoteStep(page);
    const at = await insertPosition(page);
    const attempt = await page.evaluate(pageScriptPresses, at);
    expect(attempt.hit).toBe('DIV:0'); // the bare host, never the button
    expect(attempt.box).toBe('');
    expect(await noteBox(page).inputValue()).toBe('');
    expect(await composer(page).count()).toBe(1);

    // A person: a real click at Insert's position.
    await page.evaluate(() => ((window as unknown as { __clicks: unknown[] }).__clicks.length = 0));
    await inComposer(page, 'insert').click();
    expect(await noteBox(page).inputValue()).toBe('Hi Lucía, I work on quantum-proof ferry ticketing. Coffee?');
    // Even the person's own click tells the page nothing of the composer: the event is retargeted.
    const clicks = await page.evaluate(() => (window as unknown as { __clicks: { target: string; path: string[] }[] }).__clicks);
    expect(clicks).toHaveLength(1);
    expect(clicks[0]!.target).toBe('DIV');
    expect(clicks[0]!.path.filter((n) => n.includes('['))).toEqual([]);

    // A person's Alt+Shift+I in LinkedIn's box.
    await noteBox(page).fill('');
    await noteBox(page).focus();
    await page.keyboard.press('Alt+Shift+KeyI');
    expect(await noteBox(page).inputValue()).toBe('Hi Lucía, I work on quantum-proof ferry ticketing. Coffee?');
  });
});
