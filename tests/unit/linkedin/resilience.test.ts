// Unknown markup never throws: an empty page yields an empty result and a diagnostics report, and
// random DOM built from LinkedIn-like pieces (fast-check) goes through every reader unharmed.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  findConnectControls, findInviteDialog, inviteeFromControl, pageKind, readProfile, readSentInvitations, splitName,
} from '../../../src/linkedin';
import { findTopCard, topCardVanity } from '../../../src/linkedin/top-card';
import { firstNameHints, readDegree, readFullName, readHeadline, readLocation } from '../../../src/linkedin/profile-fields';
import { readOrgs } from '../../../src/linkedin/profile-orgs';
import { readMutualConnections } from '../../../src/linkedin/mutuals';
import { profileConnectState } from '../../../src/linkedin/connect-controls';
import { diagnose } from './fixtures';
import { collectControls } from '../../../src/linkedin/connect';
import { findResultCards, resultPerson } from '../../../src/linkedin/search';
import { classifyStage, findControls, readFreeInvitesRemaining, readNoteLimit, findNoteBox } from '../../../src/linkedin/dialog-parts';
import { FUZZ_TIMEOUT_MS, checkWithSeed, fuzzRun } from './reader-fuzz';

const blank = () => new DOMParser().parseFromString('<!DOCTYPE html><html><head><title>x</title></head><body></body></html>', 'text/html');

describe('a page where nothing matches', () => {
  test('readProfile returns nulls and says what is missing', () => {
    const read = readProfile(blank());
    expect(read).toMatchObject({ fullName: null, firstNameHints: [], degree: null, connect: 'none', pending: false, era: null });
    expect(read.missing).toEqual(expect.arrayContaining(['topCard', 'fullName', 'vanity', 'headline']));
  });

  test('the URL still gives the profile key when the card is missing', () => {
    const read = readProfile(blank(), 'https://www.linkedin.com/in/Teodor-Miklos/');
    expect(read.vanity).toBe('teodor-miklos');
    expect(read.fullName).toBeNull();
  });

  test('every other reader is empty', () => {
    const doc = blank();
    expect(findInviteDialog(doc)).toBeNull();
    expect(findConnectControls(doc)).toEqual([]);
    expect(readSentInvitations(doc)).toEqual([]);
  });

  test('diagnostics report the failure on a profile, and only the kind elsewhere', () => {
    expect(diagnose(blank(), 'profile-unread', 'https://www.linkedin.com/in/someone/')).toMatchObject({
      kind: 'profile',
      era: null,
      signals: [],
      found: ['vanity'], // from the URL
      missing: expect.arrayContaining(['topCard', 'fullName', 'headline']),
    });
    expect(diagnose(blank(), 'profile-unread', 'https://www.linkedin.com/search/results/people/?keywords=x')).toMatchObject({ kind: 'search-results', found: [], missing: [] });
    expect(diagnose(blank(), 'profile-unread', 'https://www.linkedin.com/feed/')).toMatchObject({ kind: 'other', found: [], missing: [] });
    expect(diagnose(blank(), 'profile-unread')).toMatchObject({ kind: 'other', found: [], missing: [] });
  });

  test('a bare element, a detached subtree and a shadow root are accepted as scopes', () => {
    const doc = blank();
    const div = doc.createElement('div');
    expect(readProfile(div).missing).toContain('topCard');
    expect(findInviteDialog(div.attachShadow({ mode: 'open' }))).toBeNull();
    expect(inviteeFromControl(div)).toEqual({ name: null, vanity: null, profileUrl: null });
  });

  test('strange strings', () => {
    expect(pageKind('')).toBe('other');
    expect(pageKind('javascript:alert(1)')).toBe('other');
    expect(splitName('   ')).toEqual({ firstName: null, lastName: null });
  });
});

// Pieces of LinkedIn's vocabulary, so random trees often look like the real thing in part.
const TAGS = ['div', 'section', 'span', 'p', 'a', 'button', 'h1', 'h2', 'strong', 'li', 'ul', 'main', 'aside', 'dialog', 'textarea', 'input', 'time'];
const ATTRS: Array<[string, string[]]> = [
  ['class', ['send-invite', 'artdeco-modal__actionbar', 'artdeco-button--primary', 'artdeco-button--secondary', 'pv-top-card-section', 'text-heading-xlarge', 'distance-badge', 'dist-value', 'visually-hidden', 'artdeco-dropdown__content', 'entity-result', 'invitation-card', 'time-badge', 'connect-button-send-invite__premium-upsell-message', 'pv-text-details__right-panel', 'inline-show-more-text--is-collapsed', 'text-body-medium break-words']],
  ['role', ['dialog', 'alertdialog', 'button', 'menu', 'menuitem', 'listitem', 'textbox', 'toolbar']],
  ['aria-label', ['Invite Ana Díaz to connect', 'Add a note', 'Send without a note', 'Send invitation', 'Pending, click to withdraw invitation sent to X', 'Message Ana', 'Current company: Acme. Click', 'Education: Uni. Click', 'Withdraw invitation sent to Y', '', 'More']],
  ['href', ['/in/ana-diaz/', '/preload/custom-invite/?vanityName=ana', '/preload/search-custom-invite/?vanityName=%E0%A4%A', '/search/results/people/?network=%5B%22F%22%5D&connectionOf=x', '/mynetwork/mutual-connections/ACoAA/', '/premium/products/', '/in/me/', '/overlay/contact-info/', '#experience', 'javascript:void(0)', '%%%']],
  ['componentkey', ['com.linkedin.sdui.profile.card.refXTopcard', 'ConnectButtonstate:invitation:urn:li:member:1_connect', 'ConnectButtonstate:invitation:urn:li:member:1_pending', 'x']],
  ['data-member-id', ['1', '']],
  ['data-test-modal-id', ['send-invite-modal', 'ip-fuse-limit-alert']],
  ['data-testid', ['lazy-column', 'expandable-text-box', 'interop-shadowdom', 'dialog']],
  ['id', ['custom-message', 'interop-outlet', 'send-invite-modal', 'ip-fuse-limit-alert__header', 'top-card-text-details-contact-info']],
  ['maxlength', ['300', '-1', 'abc']],
  ['open', ['']],
  ['aria-hidden', ['true', 'false']],
  ['data-token-id', ['358', '892']],
  ['data-view-name', ['sent-invitations-withdraw-single']],
  ['type', ['email']],
];
const TEXTS = ['Ana Díaz', '· 2nd', '· 1st', '0/200', '57 / 300', '5 personalized invitations remaining', 'Sent 3 days ago', 'and 2 other mutual connections', '🚀', '', '山田太郎', 'weekly invitation limit', '·'];

interface NodeSpec { tag: string; attrs: Array<[string, string]>; text: string; children: NodeSpec[] }

const attrArb = fc.oneof(...ATTRS.map(([name, values]) => fc.constantFrom(...values).map((v) => [name, v] as [string, string])));
const nodeWith = (children: fc.Arbitrary<NodeSpec[]>): fc.Arbitrary<NodeSpec> =>
  fc.record({
    tag: fc.constantFrom(...TAGS),
    attrs: fc.array(attrArb, { maxLength: 4 }),
    text: fc.oneof(fc.constantFrom(...TEXTS), fc.string({ maxLength: 12 })),
    children,
  });
// Four levels deep, up to four children each: enough nesting for cards, bars and dialogs.
let tree = nodeWith(fc.constant([]));
for (let level = 0; level < 4; level++) tree = nodeWith(fc.array(tree, { maxLength: 4 }));

function build(doc: Document, spec: NodeSpec, depth = 0): Element {
  const el = doc.createElement(spec.tag);
  for (const [name, value] of spec.attrs) el.setAttribute(name, value);
  if (spec.text) el.append(doc.createTextNode(spec.text));
  if (depth < 6) for (const child of spec.children) el.append(build(doc, child, depth + 1));
  return el;
}

test('random LinkedIn-like DOM never makes a reader throw', { timeout: FUZZ_TIMEOUT_MS }, () => {
  checkWithSeed(
    fc.property(fc.array(tree, { minLength: 1, maxLength: 3 }), fc.boolean(), (specs, withShadow) => {
      const doc = blank();
      for (const spec of specs) doc.body.append(build(doc, spec));
      if (withShadow) {
        const host = doc.createElement('div');
        host.id = 'interop-outlet';
        doc.body.append(host);
        host.attachShadow({ mode: 'open' }).append(build(doc, specs[0]!));
      }
      // The internals first, without the public functions' catch-all guards, so a bug cannot hide.
      const card = findTopCard(doc);
      if (card) {
        splitName(readFullName(card), firstNameHints(card));
        for (const read of [readHeadline, readLocation, readDegree, readOrgs, readMutualConnections]) read(card);
        profileConnectState(card, topCardVanity(card));
      }
      for (const result of findResultCards(doc)) resultPerson(result);
      for (const control of collectControls(doc)) inviteeFromControl(control);
      for (const dialog of Array.from(doc.querySelectorAll('dialog, [role="dialog"], [role="alertdialog"], .send-invite'))) {
        const stage = classifyStage(dialog);
        findControls(dialog, stage);
        readNoteLimit(dialog, findNoteBox(dialog));
        readFreeInvitesRemaining(dialog);
      }

      const url = 'https://www.linkedin.com/in/ana-diaz/';
      const read = readProfile(doc, url);
      expect(Array.isArray(read.missing)).toBe(true);
      const opener = doc.querySelector('a, button');
      const dialog = findInviteDialog(doc, { openedBy: opener ? inviteeFromControl(opener) : null, pageUrl: url });
      if (dialog) expect(typeof dialog.stage).toBe('string');
      for (const control of findConnectControls(doc)) inviteeFromControl(control.element);
      readSentInvitations(doc);
      expect(typeof diagnose(doc, 'profile-unread', url).kind).toBe('string');
      diagnose(doc, 'dialog-incomplete', undefined, dialog);
    }),
    fuzzRun(),
  );
});
