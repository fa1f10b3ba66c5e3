// The person's own Withdraw on the constructed pages: which click counts, and for whom.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { watchWithdraws, type Person } from '../../../../src/composer/lifecycle/withdraw';
import { addMarkup, click, loadPage, must } from './helpers';
import { readSentInvitations } from '../../../../src/linkedin';

const url = (slug: string) => `https://www.linkedin.com/in/${slug}/`;

let controller: AbortController;
beforeEach(() => {
  controller = new AbortController();
  vi.useFakeTimers();
});
afterEach(() => {
  controller.abort();
  vi.useRealTimers();
});

function watch(file: string, person: Person | null = null, now = () => Date.now()) {
  const doc = loadPage(`constructed/${file}`);
  const reported: string[] = [];
  watchWithdraws(doc, { person: () => person, report: (u) => reported.push(u), sentPage: file.includes('sent'), rows: () => readSentInvitations(doc), now }, controller.signal);
  return { doc, reported };
}

/** LinkedIn's 2026 confirmation: a native <dialog open> whose confirm is labelled with the name. */
const dialog2026 = (doc: Document, name: string, parent: Element | ShadowRoot = doc.body) =>
  addMarkup(parent, `<dialog open data-testid="dialog"><h2 id="dialog-header">Withdraw invitation</h2><button type="button"><span>Cancel</span></button><button type="button" aria-label="Withdraw invitation sent to ${name}"><span>Withdraw</span></button></dialog>`);
/** The artdeco confirmation (2019-25): Cancel secondary, Withdraw primary, no names. */
const modal2024 = (doc: Document) =>
  addMarkup(doc.body, `<div class="artdeco-modal-overlay"><div class="artdeco-modal" role="dialog"><button aria-label="Dismiss" class="artdeco-modal__dismiss"></button><button class="artdeco-modal__confirm-dialog-btn artdeco-button artdeco-button--secondary"><span>Cancel</span></button><button class="artdeco-modal__confirm-dialog-btn artdeco-button artdeco-button--primary"><span>Withdraw</span></button></div></div>`);
const withdrawOf = (doc: Document, name: string) => must(doc, `a[aria-label="Withdraw invitation sent to ${name}"] span`);
const confirm2026 = (d: Element) => must(d, 'button[aria-label^="Withdraw"] span');

describe('2026 sent-invitations page', () => {
  test('Withdraw then the dialog\'s confirm → that row\'s person, once', () => {
    const { doc, reported } = watch('2026-sent-invitations.html');
    click(withdrawOf(doc, 'Tomás Ibarra'));
    expect(reported).toEqual([]);
    const d = dialog2026(doc, 'Tomás Ibarra');
    click(confirm2026(d));
    click(confirm2026(d));
    expect(reported).toEqual([url('tomas-ibarra')]);
  });

  test('a page script\'s click() neither arms nor confirms a withdrawal', () => {
    const { doc, reported } = watch('2026-sent-invitations.html');
    click(withdrawOf(doc, 'Tomás Ibarra'), false);
    const d = dialog2026(doc, 'Tomás Ibarra');
    click(confirm2026(d), false);
    vi.advanceTimersByTime(5000);
    expect(reported).toEqual([]);
    click(confirm2026(d)); // the person's own confirmation names Tomás: that one counts
    expect(reported).toEqual([url('tomas-ibarra')]);
  });

  test('Withdraw then Cancel → nothing, even later', () => {
    const { doc, reported } = watch('2026-sent-invitations.html');
    click(withdrawOf(doc, 'Aino Virtanen'));
    const d = dialog2026(doc, 'Aino Virtanen');
    click(must(d, 'button:not([aria-label]) span'));
    d.remove();
    vi.advanceTimersByTime(5000);
    expect(reported).toEqual([]);
  });

  test('a confirmation naming another row\'s person goes to that person', () => {
    const { doc, reported } = watch('2026-sent-invitations.html');
    click(withdrawOf(doc, 'Hanna Keller'));
    click(confirm2026(dialog2026(doc, 'Kwame Mensah')));
    expect(reported).toEqual([url('kwame-mensah')]);
  });

  test('the dialog inside #interop-outlet\'s shadow root counts too', () => {
    const { doc, reported } = watch('2026-sent-invitations.html');
    const host = addMarkup(doc.body, '<div id="interop-outlet" data-testid="interop-shadowdom"></div>');
    const shadow = host.attachShadow({ mode: 'open' });
    click(withdrawOf(doc, 'Hanna Keller'));
    click(confirm2026(dialog2026(doc, 'Hanna Keller', shadow)));
    expect(reported).toEqual([url('hanna-keller-3')]);
  });

  test('a disabled confirm, and clicks after the page lifetime ended, count for nothing', () => {
    const { doc, reported } = watch('2026-sent-invitations.html');
    click(withdrawOf(doc, 'Tomás Ibarra'));
    const d = dialog2026(doc, 'Tomás Ibarra');
    must(d, 'button[aria-label]').setAttribute('aria-disabled', 'true');
    click(confirm2026(d));
    expect(reported).toEqual([]);
    must(d, 'button[aria-label]').removeAttribute('aria-disabled');
    controller.abort();
    click(confirm2026(d));
    expect(reported).toEqual([]);
  });
});

describe('2024 sent-invitations page (unlabelled controls)', () => {
  const withdraw2024 = (doc: Document, slug: string) =>
    must(must(doc, `li.invitation-card:has(a[href*="/in/${slug}/"])`), 'button[data-view-name="sent-invitations-withdraw-single"] span');

  test('Withdraw then the modal\'s primary button → that row\'s person', () => {
    const { doc, reported } = watch('2024-sent-invitations.html');
    click(withdraw2024(doc, 'sofia-marquez-ux'));
    click(must(modal2024(doc), '.artdeco-button--primary span'));
    expect(reported).toEqual([url('sofia-marquez-ux')]);
  });

  test('the ~2024-25 confirm view and the "Withdrawn invitation sent to" label', () => {
    const { doc, reported } = watch('2024-sent-invitations.html');
    click(withdraw2024(doc, 'chen-wei-sh'));
    const view = addMarkup(doc.body, '<div role="dialog"><div data-view-name="edge-creation-connect-action"><button><span>Withdraw</span></button></div></div>');
    click(must(view, 'button span'));
    click(withdraw2024(doc, 'lukas-brenner'));
    const labelled = addMarkup(doc.body, '<dialog open><button aria-label="Withdrawn invitation sent to Lukas Brenner">Withdraw</button></dialog>');
    click(must(labelled, 'button'));
    expect(reported).toEqual([url('chen-wei-sh'), url('lukas-brenner')]);
  });

  test('Cancel or Dismiss, or a confirmation long after the Withdraw → nothing', () => {
    let t = 0;
    const { doc, reported } = watch('2024-sent-invitations.html', null, () => t);
    click(withdraw2024(doc, 'sofia-marquez-ux'));
    click(must(modal2024(doc), '.artdeco-button--secondary span'));
    click(must(modal2024(doc), '.artdeco-button--primary span'));
    click(withdraw2024(doc, 'sofia-marquez-ux'));
    click(must(modal2024(doc), '.artdeco-modal__dismiss'));
    click(must(modal2024(doc), '.artdeco-button--primary span'));
    click(withdraw2024(doc, 'lukas-brenner'));
    t += 3 * 60_000;
    click(must(modal2024(doc), '.artdeco-button--primary span'));
    expect(reported).toEqual([]);
  });

  test('an era without a confirmation: the row is gone a moment later and no dialog is open', () => {
    const { doc, reported } = watch('2024-sent-invitations.html');
    click(withdraw2024(doc, 'lukas-brenner'));
    must(doc, 'li.invitation-card:has(a[href*="/in/lukas-brenner/"])').remove();
    vi.advanceTimersByTime(1500);
    expect(reported).toEqual([url('lukas-brenner')]);
  });

  test('the row still there, or a dialog still open → not yet withdrawn', () => {
    const { doc, reported } = watch('2024-sent-invitations.html');
    click(withdraw2024(doc, 'chen-wei-sh'));
    vi.advanceTimersByTime(1500);
    click(withdraw2024(doc, 'sofia-marquez-ux'));
    modal2024(doc);
    must(doc, 'li.invitation-card:has(a[href*="/in/sofia-marquez-ux/"])').remove();
    vi.advanceTimersByTime(1500);
    expect(reported).toEqual([]);
  });
});

describe('a profile\'s Pending control', () => {
  const mirela: Person = { profileUrl: url('mirela-popescu-77'), name: 'Mirela Popescu' };
  const pending = (doc: Document) => must(doc, 'a[componentkey$="_pending"] span');

  test.each(['labelled', 'primary'])('Pending then the %s confirmation → the page\'s person', (kind) => {
    const { doc, reported } = watch('2026-profile-pending.html', mirela);
    click(pending(doc));
    if (kind === 'labelled') click(confirm2026(dialog2026(doc, 'Mirela Popescu')));
    else click(must(modal2024(doc), '.artdeco-button--primary span'));
    expect(reported).toEqual([url('mirela-popescu-77')]);
  });

  test('a Pending control for someone else (a sidebar card) is not the page\'s person', () => {
    const { doc, reported } = watch('2026-profile-pending.html', mirela);
    const other = addMarkup(doc.body, '<aside><a aria-label="Pending, click to withdraw invitation sent to Sample Person" href="/in/sample-person-221/"><span>Pending</span></a></aside>');
    click(must(other, 'span'));
    click(must(modal2024(doc), '.artdeco-button--primary span'));
    expect(reported).toEqual([]);
  });

  test('no Pending click first: an unlabelled primary button in some dialog is not a withdrawal', () => {
    const { doc, reported } = watch('2026-profile-pending.html', mirela);
    click(must(modal2024(doc), '.artdeco-button--primary span'));
    expect(reported).toEqual([]);
  });
});
