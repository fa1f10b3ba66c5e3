// "Copy diagnostics" holds which signals matched, the page kind, era and counts — never a name,
// text, URL, class or key from the page, even when the page tries to smuggle some in.
import { expect, test } from 'vitest';
import { findInviteDialog, isDialogIncomplete } from '../../../src/linkedin';
import {
  DIAGNOSTIC_COUNTS, DIAGNOSTIC_ERAS, DIAGNOSTIC_KINDS, DIAGNOSTIC_PARTS, DIAGNOSTIC_PROBLEMS, DIAGNOSTIC_SIGNALS,
} from '../../../src/core/diagnostic-vocabulary';
import { PageDiagnostics } from '../../../src/shared/messages';
import { diagnose, loadPage } from './fixtures';

const SECRET = 'Zyxwv Qutsr';
const SECRETS = ['Zyxwv', 'Qutsr', 'zyxwv-qutsr', 'secret-headline', 'SecretCorp', 'hostileclass', 'ACoAAHostile', 'evil.example', '<img'];
const VOCABULARY = new Set<string>([
  ...DIAGNOSTIC_PROBLEMS, ...DIAGNOSTIC_KINDS, ...DIAGNOSTIC_ERAS, ...DIAGNOSTIC_SIGNALS, ...DIAGNOSTIC_PARTS, ...DIAGNOSTIC_COUNTS,
  'problem', 'kind', 'era', 'signals', 'found', 'missing', 'counts',
]);

/** Every string (keys and values) anywhere in a JSON value. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => [k, ...strings(v)]);
  return [];
}

// A profile page that names the person everywhere but in a heading Rapport could confirm, with
// page text that looks like the report's own words and markup that tries to break out.
const hostile = () =>
  new DOMParser().parseFromString(
    `<!DOCTYPE html><html><head><title>(9) ${SECRET} &lt;img src=x&gt; | LinkedIn</title></head><body>
      <main class="hostileclass"><section componentkey="com.linkedin.sdui.profile.card.refACoAAHostileTopcard">
        <p class="hostileclass">${SECRET}</p><p>secret-headline at SecretCorp</p><p>fullName stage:note "},"kind":"x</p>
        <a href="https://evil.example/in/zyxwv-qutsr/" aria-label="Invite Someone Else to connect">Connect</a>
        <a href="/in/zyxwv-qutsr/overlay/contact-info/">Contact info</a>
        <h2>Invite ${SECRET} to connect</h2><h2>Message ${SECRET}</h2>
      </section></main></body></html>`,
    'text/html',
  );

test('a hostile profile page yields a report with none of its text, only Rapport’s words and counts', () => {
  const report = diagnose(hostile(), 'profile-unread', 'https://www.linkedin.com/in/zyxwv-qutsr/?evil=<img>');
  expect(report).toMatchObject({ problem: 'profile-unread', kind: 'profile', era: null, signals: [] });
  expect(report.missing).toEqual(expect.arrayContaining(['topCard', 'fullName']));
  expect(report.counts.headings).toBe(2);
  const json = JSON.stringify(report);
  for (const secret of SECRETS) expect(json).not.toContain(secret);
  for (const s of strings(report)) expect(VOCABULARY.has(s), s).toBe(true);
  expect(PageDiagnostics.parse(report)).toEqual(report);
});

test('a readable page reports which signals confirmed the card', () => {
  const doc = loadPage('constructed/2026-profile-no-topcard-key.html');
  const report = diagnose(doc, 'profile-unread', 'https://www.linkedin.com/in/joaquin-ferreyra-paz/');
  expect(report).toMatchObject({ kind: 'profile', era: 'D', signals: ['structure', 'title', 'link', 'label'] });
  expect(report.found).toEqual(expect.arrayContaining(['topCard', 'fullName', 'currentCompany', 'connect:primary']));
  expect(report.counts.topCardKeys).toBe(0);
  expect(JSON.stringify(report)).not.toMatch(/Joaqu|Ferreyra|Pampa|Córdoba|joaquin/);
});

test('a dialog without the parts of its step is reported with what it lacked', () => {
  const doc = loadPage('constructed/dialog-stage2-free.html');
  const complete = findInviteDialog(doc)!;
  expect(isDialogIncomplete(complete)).toBe(false);
  complete.sendButton!.remove();
  const broken = findInviteDialog(doc);
  expect(broken?.stage).toBe('note');
  expect(isDialogIncomplete(broken!)).toBe(true);
  const report = diagnose(doc, 'dialog-incomplete', 'https://www.linkedin.com/in/lena-okafor-a1b2/', broken);
  expect(report.found).toContain('inviteDialog');
  expect(report.found).toContain('noteBox');
  expect(report.missing).toContain('sendButton');
  for (const s of strings(report)) expect(VOCABULARY.has(s), s).toBe(true);
});

test('the message schema refuses a report carrying any free text', () => {
  const report = diagnose(hostile(), 'profile-unread');
  expect(PageDiagnostics.safeParse({ ...report, found: [SECRET] }).success).toBe(false);
  expect(PageDiagnostics.safeParse({ ...report, note: SECRET }).success).toBe(false);
  expect(PageDiagnostics.safeParse({ ...report, counts: { [SECRET]: 1 } }).success).toBe(false);
  expect(PageDiagnostics.safeParse({ ...report, kind: SECRET }).success).toBe(false);
});
