// The Insights view in a DOM from the e2e backup's known outcomes: the table cells, "too few to
// tell", the takeaway, the charts (bars only for groups with enough data, the budget line), the
// CSV cell for cell, and every word found in the English messages.
import { render } from 'preact';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { computeInsights, localTimeZone } from '../../../../src/core/insights';
import { tableToCsv } from '../../../../src/core/insights/csv';
import type { Invitation } from '../../../../src/core/schemas';
import { InsightsView } from '../../../../src/options/insights/InsightsView';
import { rateTable } from '../../../../src/options/insights/tables';
import { groupNamer } from '../../../../src/options/insights/labels';
import { expectedByTemplate, insightInvitations, insightTemplates } from '../../../e2e/insights-backup';
import { optionsRoot } from '../../options/options-root';

const root = optionsRoot();
const templates = insightTemplates.map((tpl) => ({ ...tpl, kind: 'invitation' as const }));
const insights = () => computeInsights({
  invitations: insightInvitations() as unknown as Invitation[], templateIds: templates.map((tpl) => tpl.id),
  settings: { insightsMinAgeDays: 21, weeklyInviteBudget: 20 }, nowMs: Date.now(), timeZone: localTimeZone(),
});

const cells = (row: Element) => [...row.children].map((cell) => cell.textContent ?? '');

describe('the Insights view', () => {
  test('the template table shows the known rates and ranges, and too few to tell for the small one', () => {
    render(<InsightsView insights={insights()} templates={templates} />, root.el);
    const rows = [...root.el.querySelectorAll('[data-rapport="insight-table-template"] tbody tr')].map(cells);
    expect(rows).toEqual(expectedByTemplate.map((e) => [e.name, e.counted, e.accepted, e.rate, e.range, e.replied, e.replyRate, e.replyRange, e.withdrawn, e.recent]));
    expect(root.el.querySelector('[data-rapport="insight-takeaway-template"]')?.textContent)
      .toBe('Notes from “Warm intro” were accepted 62% vs 25% for “Cold ask” — 100 vs 80 invitations.');
    expect(root.el.querySelector('[data-rapport="insight-overall"]')?.textContent).toContain('136 of 282 invitations old enough were accepted (48%, likely 44%–52%)');
  });

  test('charts: a bar per measured group, words for the small one, a histogram and the budget line', () => {
    render(<InsightsView insights={insights()} templates={templates} />, root.el);
    const chart = root.el.querySelector('[data-rapport="insight-template"] svg')!;
    expect(chart.querySelectorAll('.ins-bar-accept')).toHaveLength(3);
    expect(chart.querySelectorAll('.ins-whisker').length).toBe(3 * 2 * 3);
    expect(chart.textContent).toContain('too few to tell (12)');
    expect(root.el.querySelectorAll('[data-rapport="insight-timing"] .ins-bar-accept')).toHaveLength(7);
    expect(root.el.querySelector('[data-rapport="insight-budget-line"]')).not.toBeNull();
    expect(root.el.querySelector('[data-rapport="insight-talkingPoint"]')).toBeNull();
    expect(root.el.innerHTML).not.toMatch(/options_/);
  });

  test('the CSV holds the table cell for cell, and a formula-like group name opens as text', () => {
    const breakdown = insights().breakdowns[0]!;
    const named = groupNamer('template', templates.map((tpl) => (tpl.id === 'tpl-cold' ? { ...tpl, name: '=HYPERLINK("x")' } : tpl)));
    const table = rateTable(breakdown.groups, named);
    const parsed = Papa.parse<string[]>(tableToCsv(table).trimEnd(), { newline: '\r\n' }).data;
    expect(parsed[0]).toEqual(table.head);
    expect(parsed.slice(1).map((row) => row.map((cell) => cell.replace(/^'(?==)/, '')))).toEqual(table.rows);
    expect(parsed[3]![0]).toBe(`'=HYPERLINK("x")`);
  });
});
