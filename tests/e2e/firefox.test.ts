// Rapport's core flows in real Firefox (Debian's firefox-esr), with the Firefox build installed
// as a temporary add-on over WebDriver BiDi: the background answers, the content script reads a
// LinkedIn page, the composer works in LinkedIn's invite dialog, an imported backup sets the
// badge, and nothing leaves the browser. What cannot be automated is in docs/FIREFOX.md.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchFirefoxExtension, type FirefoxExtension } from './firefox/harness';
import { FirefoxMissingError } from './firefox/firefox-path';
import { Keys, type Tab } from './firefox/tab';
import { clickPart, closedRoots, onPart, waitForPart } from './firefox/closed-root';
import { simPage, simPages } from '../fixtures/sim/pages';
import { daysAgo } from './calendar';

let ext: FirefoxExtension;
beforeAll(async () => {
  ext = await launchFirefoxExtension();
});
afterAll(async () => {
  await ext?.close();
});

/** A part of the composer's text: inside its closed shadow root, reached through BiDi (onPart). */
const partText = (tab: Tab, part: string) => onPart(tab, part, (el) => el.textContent);
const noteBox = (tab: Tab) => tab.onElement('#custom-message', (el) => (el as HTMLTextAreaElement).value);
const sendDisabled = (tab: Tab) => tab.onElement('button[aria-label="Send invitation"]', (el) => (el as HTMLButtonElement).disabled);

async function poll<T>(what: string, read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}; last: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('Rapport in Firefox ESR', () => {
  test('installs as a temporary add-on; its options page loads and the background answers', async () => {
    const options = await ext.openExtensionPage('src/options/index.html');
    // Preact rendered the page, and the templates came from the background.
    await options.waitForElement('#templates-title');
    expect(await options.evaluate(() => document.getElementById('options-title')?.textContent)).toBe('Rapport');
    expect(await options.evaluateExpression('browser.runtime.id')).toBe(ext.addonId);
    expect(await options.evaluateExpression('browser.runtime.getManifest().manifest_version')).toBe(3);
    const summary = await ext.askBackground<{ total: number; weeklyInviteBudget: number }>({ type: 'queue.summary' });
    expect(summary).toMatchObject({ total: 0 });
    expect(summary.weeklyInviteBudget).toBeGreaterThan(0);
    const { templates } = await ext.askBackground<{ templates: unknown[] }>({ type: 'templates.list' });
    expect(templates.length).toBeGreaterThan(0);
    await options.close();
  });

  test('the content script reads a routed LinkedIn profile and tells the background', async () => {
    const { url } = simPages['demo-profile'];
    const tab = await ext.openLinkedIn(url, { html: simPage('demo-profile', { variant: '2026' }) });
    const last = await poll(
      'the background to hear of Maya Lindqvist',
      () => ext.askBackground<{ profile: { profileUrl: string } | null }>({ type: 'profile.last' }),
      (reply) => reply.profile?.profileUrl === url,
    );
    expect(last.profile).toMatchObject({
      profileUrl: url,
      fullName: 'Maya Lindqvist',
      firstName: 'Maya',
      company: 'Fjällgren Analytics',
      relation: 'connectable',
    });
    // The script's state stays in its own world: LinkedIn's page cannot see it.
    expect(await tab.evaluate(() => typeof (window as { __rapport?: unknown }).__rapport)).toBe('undefined');
    await tab.close();
  });

  describe.each(['2026', '2024'] as const)('invite dialog, variant %s', (variant) => {
    test('the composer appears, Insert fills LinkedIn\'s box, the counter follows typing, Send is recorded', async () => {
      const { url, people } = simPages['demo-profile'];
      const name = people[0].name;
      const tab = await ext.openLinkedIn(url, { html: simPage('demo-profile', { variant, limit: 200 }) });
      await tab.click(`main :is(a, button)[aria-label="Invite ${name} to connect"]`);

      // First step: the composer points at LinkedIn's own "Add a note" and writes nothing.
      await waitForPart(tab, 'show-add-note');
      expect(await onPart(tab, 'insert', () => true)).toBeNull();
      await tab.click('button[aria-label="Add a note"]');

      await waitForPart(tab, 'insert');
      // The page sees a bare host and no shadow root: nothing names Rapport, nothing opens.
      expect(await tab.evaluate(() => document.querySelectorAll('[data-rapport]').length)).toBe(0);
      expect(await closedRoots(tab)).toHaveLength(1);
      expect(await partText(tab, 'counter')).toBe('0/200');
      expect(await sendDisabled(tab)).toBe(true);

      await clickPart(tab, 'insert');
      const note = await poll('Insert to fill the note box', () => noteBox(tab), (v) => !!v);
      expect(note).toContain('Hi Maya,');
      expect(await sendDisabled(tab)).toBe(false);
      expect(await partText(tab, 'counter')).toBe(`${note!.length}/200`);

      // Typing in LinkedIn's own box with real key events: the counter follows.
      await tab.onElement('#custom-message', (el) => {
        const box = el as HTMLTextAreaElement;
        box.focus();
        box.setSelectionRange(box.value.length, box.value.length);
      });
      await tab.type(' See you!');
      const typed = `${note} See you!`;
      expect(await noteBox(tab)).toBe(typed);
      await poll('the counter to follow typing', () => partText(tab, 'counter'), (v) => v === `${typed.length}/200`);
      await tab.press(Keys.backspace);
      await poll('the counter to follow Backspace', () => partText(tab, 'counter'), (v) => v === `${typed.length - 1}/200`);

      await tab.click('button[aria-label="Send invitation"]');
      const sent = await tab.evaluate(() => (window as unknown as { __simSent: { name: string; note: string | null }[] }).__simSent);
      expect(sent).toEqual([{ name, note: typed.slice(0, -1) }]);
      const stored = await poll(
        'the background to store the invitation',
        () => ext.askBackground<{ items: { profileUrl: string; note: string }[] }>({ type: 'invitations.list', limit: 1000 }),
        (r) => r.items.some((i) => i.profileUrl === url && i.note === typed.slice(0, -1)),
      );
      expect(stored.items.filter((i) => i.profileUrl === url).length).toBeGreaterThan(0);
      await tab.close();
    });
  });

  test('Alt+Shift+I inserts while typing in LinkedIn\'s box; a note over the limit is flagged', async () => {
    const { url, people } = simPages['demo-profile'];
    const tab = await ext.openLinkedIn(url, { html: simPage('demo-profile', { variant: '2026', limit: 300 }) });
    await tab.click(`main :is(a, button)[aria-label="Invite ${people[0].name} to connect"]`);
    await tab.click('button[aria-label="Add a note"]');
    await waitForPart(tab, 'insert');
    expect(await partText(tab, 'counter')).toBe('0/300');

    // A made-up Alt+Shift+I (untrusted) does nothing; the person's real chord below inserts.
    await tab.onElement('#custom-message', (el) => {
      el.dispatchEvent(new KeyboardEvent('keydown', { key: 'I', code: 'KeyI', altKey: true, shiftKey: true, bubbles: true, cancelable: true }));
    });
    expect(await noteBox(tab)).toBe('');

    await tab.onElement('#custom-message', (el) => (el as HTMLTextAreaElement).focus());
    await tab.chord(Keys.alt, Keys.shift, 'I');
    const note = await poll('the shortcut to fill the note box', () => noteBox(tab), (v) => !!v);
    expect(note).toContain('Hi Maya,');
    expect(await sendDisabled(tab)).toBe(false);

    // 301 characters: one over Premium's limit.
    await tab.onElement('#custom-message', (el) => {
      const box = el as HTMLTextAreaElement;
      box.select();
    });
    await tab.type('x'.repeat(301));
    await poll('the counter to reach 301', () => partText(tab, 'counter'), (v) => v === '301/300');
    expect(await onPart(tab, 'counter', (el) => el.getAttribute('data-over'))).toBe('true');
    expect(await partText(tab, 'over-limit')).toMatch(/^1 /);
    await tab.close();
  });

  test('a backup imported through messages sets the toolbar badge', async () => {
    const invitations = [8, 9, 10, 1].map((d) => ({
      id: `d${d}`,
      profileUrl: `https://www.linkedin.com/in/days-${d}/`,
      name: `Days ${d}`,
      sentAt: daysAgo(d),
      status: 'pending',
    }));
    const backup = JSON.stringify({ format: 'rapport-backup', version: 1, templates: [], invitations, settings: { followUpAfterDays: 7 } });
    await ext.askBackground({ type: 'backup.import', text: backup, mode: 'replace' });
    const badge = () => ext.inExtensionPage<string>('browser.action.getBadgeText({})');
    expect(await poll('the badge to show 3', badge, (t) => t === '3')).toBe('3');
    expect(await ext.inExtensionPage<string>('browser.action.getTitle({})')).toMatch(/3/);

    await ext.askBackground({ type: 'invitation.set-status', id: 'd9', status: 'replied' });
    expect(await poll('the badge to show 2', badge, (t) => t === '2')).toBe('2');
  });

  test('the popup, opened as a page, lists the imported people due for a follow-up', async () => {
    const popup = await ext.openExtensionPage('src/popup/index.html');
    await popup.waitForElement('[data-rapport="section-due"]');
    const shown = await popup.waitFor('the due rows', () => {
      const text = document.body.textContent ?? '';
      return text.includes('Days 8') && text.includes('Days 10') ? text : '';
    });
    expect(shown).not.toContain('Days 9'); // replied: no longer waiting
    await popup.close();
  });

  test('extension pages cannot open a connection (connect-src \'none\' holds in Firefox)', async () => {
    const outcome = await ext.inExtensionPage<string>(
      'fetch("https://www.example.com/rapport-probe").then(() => "fetched", (e) => e.name)',
    );
    expect(outcome).toBe('TypeError');
    expect(ext.unexpectedRequests).not.toContain('https://www.example.com/rapport-probe');
  });

  test('a request from a LinkedIn page is caught and blocked (so the silence below means something)', async () => {
    const tab = await ext.openLinkedIn('https://www.linkedin.com/feed/', { html: '<!doctype html><title>feed</title>' });
    const outcome = await tab.evaluate(() => fetch('https://example.com/beacon').then(() => 'reached', (e: Error) => e.name));
    expect(outcome).toBe('TypeError');
    expect(ext.unexpectedRequests).toEqual(['https://example.com/beacon']);
    ext.unexpectedRequests.length = 0;
    await tab.close();
  });

  test('no request left the browser; LinkedIn was only ever served from fixtures', () => {
    expect(ext.unexpectedRequests).toEqual([]);
    expect(ext.servedRequests.length).toBeGreaterThan(0);
    expect(ext.servedRequests.every((u) => u.startsWith('https://www.linkedin.com/'))).toBe(true);
  });
});

test('without Firefox the harness fails at once and says how to install it', async () => {
  const saved = process.env.FIREFOX_PATH;
  process.env.FIREFOX_PATH = '/nonexistent/firefox-esr';
  try {
    const launch = launchFirefoxExtension();
    await expect(launch).rejects.toBeInstanceOf(FirefoxMissingError);
    await expect(launch).rejects.toThrow(/Firefox was not found at \/nonexistent\/firefox-esr\.\n.*apt-get install -y firefox-esr/);
  } finally {
    if (saved === undefined) delete process.env.FIREFOX_PATH;
    else process.env.FIREFOX_PATH = saved;
  }
});
