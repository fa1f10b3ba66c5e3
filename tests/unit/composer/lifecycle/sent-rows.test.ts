// The sent-invitations page's rows, reported once per page: what is sent, what is not sent
// twice, and how little happens per mutation batch.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { readSentInvitations } from '../../../../src/linkedin';
import { reportSentRows, unseenRows, type SentRow } from '../../../../src/composer/lifecycle/sent-rows';
import { addMarkup, loadPage, must } from './helpers';

const url = (slug: string) => `https://www.linkedin.com/in/${slug}/`;

describe('unseenRows', () => {
  test('2026 page: every row once, with name and age in days', () => {
    const seen = new Set<string>();
    const rows = unseenRows(readSentInvitations(loadPage('constructed/2026-sent-invitations.html')), seen);
    expect(rows).toEqual([
      { profileUrl: url('hanna-keller-3'), name: 'Hanna Keller', sentDaysAgo: 0 },
      { profileUrl: url('tomas-ibarra'), name: 'Tomás Ibarra', sentDaysAgo: 3 },
      { profileUrl: url('aino-virtanen'), name: 'Aino Virtanen', sentDaysAgo: 14 },
      { profileUrl: url('kwame-mensah'), name: 'Kwame Mensah', sentDaysAgo: 30 },
    ]);
    expect(unseenRows(readSentInvitations(loadPage('constructed/2026-sent-invitations.html')), seen)).toEqual([]);
  });

  test('2024 page: the Ember rows', () => {
    const rows = unseenRows(readSentInvitations(loadPage('constructed/2024-sent-invitations.html')), new Set());
    expect(rows).toEqual([
      { profileUrl: url('lukas-brenner'), name: 'Lukas Brenner', sentDaysAgo: 1 },
      { profileUrl: url('sofia-marquez-ux'), name: 'Sofía Márquez', sentDaysAgo: 5 },
      { profileUrl: url('chen-wei-sh'), name: 'Chen Wei', sentDaysAgo: 21 },
    ]);
  });

  test('a row without a profile link is skipped; one without a name goes by its slug; ages are capped', () => {
    const read = [
      { name: null, profileUrl: null, vanity: null, sentAgoText: null, sentDaysAgo: null, note: null, withdrawControl: null },
      { name: null, profileUrl: url('x-y'), vanity: 'x-y', sentAgoText: '20 years ago', sentDaysAgo: 7300, note: null, withdrawControl: null },
      { name: 'N'.repeat(300), profileUrl: url('long'), vanity: 'long', sentAgoText: null, sentDaysAgo: null, note: null, withdrawControl: null },
    ];
    expect(unseenRows(read, new Set())).toEqual([
      { profileUrl: url('x-y'), name: 'x-y', sentDaysAgo: 3650 },
      { profileUrl: url('long'), name: 'N'.repeat(200), sentDaysAgo: null },
    ]);
  });
});

describe('reportSentRows', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function setup(fail = false) {
    const doc = loadPage('constructed/2026-sent-invitations.html');
    const sent: SentRow[][] = [];
    let failing = fail;
    const report = vi.fn(async (rows: SentRow[]) => {
      if (failing) throw new Error('worker asleep');
      sent.push(rows);
    });
    const page = new AbortController();
    const reporter = reportSentRows(() => readSentInvitations(doc), report, page.signal, 250);
    return { doc, sent, report, reporter, stop: () => page.abort(), recover: () => (failing = false) };
  }

  /** A lazily loaded row, as LinkedIn appends it when the person scrolls. */
  const appendRow = (doc: Document, slug: string, name: string) =>
    addMarkup(must(doc, '[data-testid="lazy-column"]'), `<div role="listitem"><a href="/in/${slug}/"><p>${name}</p></a><p>Sent 6 days ago</p><a aria-label="Withdraw invitation sent to ${name}" href="https://www.linkedin.com/mynetwork/invitation-manager/sent/"><span>Withdraw</span></a></div>`);

  test('a burst of mutation batches reads the rows once, after the burst', async () => {
    const { sent, reporter } = setup();
    for (let i = 0; i < 50; i += 1) reporter.batch();
    expect(sent).toEqual([]);
    await vi.advanceTimersByTimeAsync(250);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.map((r) => r.name)).toEqual(['Hanna Keller', 'Tomás Ibarra', 'Aino Virtanen', 'Kwame Mensah']);
  });

  test('rows loaded later are reported on their own; rows already sent never again', async () => {
    const { doc, sent, report, reporter } = setup();
    reporter.batch();
    await vi.advanceTimersByTimeAsync(250);
    appendRow(doc, 'lea-schmid', 'Lea Schmid');
    reporter.batch();
    await vi.advanceTimersByTimeAsync(250);
    reporter.batch();
    await vi.advanceTimersByTimeAsync(250);
    expect(report).toHaveBeenCalledTimes(2);
    expect(sent[1]).toEqual([{ profileUrl: url('lea-schmid'), name: 'Lea Schmid', sentDaysAgo: 6 }]);
  });

  test('rows the background did not get are tried again on the next batch', async () => {
    const { sent, report, reporter, recover } = setup(true);
    reporter.batch();
    await vi.advanceTimersByTimeAsync(250);
    expect(report).toHaveBeenCalledTimes(1);
    recover();
    reporter.batch();
    await vi.advanceTimersByTimeAsync(250);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toHaveLength(4);
  });

  test('the end of the page cancels a pending read and ignores later batches', async () => {
    const { report, reporter, stop } = setup();
    reporter.batch();
    stop();
    reporter.batch();
    await vi.advanceTimersByTimeAsync(1000);
    expect(report).not.toHaveBeenCalled();
  });
});
