// Insights reads every invitation: the first page tells how many there are, the others are asked
// for at once; together they are every invitation once, in order, within the bound.
import { expect, test, vi } from 'vitest';

const store = vi.hoisted(() => ({ invitations: [] as { id: string }[], requests: [] as { offset: number; limit: number }[] }));
vi.mock('../../../src/shared/send', () => ({
  send: vi.fn(async (request: { type: string; offset?: number; limit?: number }) => {
    if (request.type === 'settings.get') return { settings: { insightsMinAgeDays: 21 } };
    if (request.type === 'templates.list') return { templates: [] };
    const offset = request.offset ?? 0, limit = request.limit ?? 50;
    store.requests.push({ offset, limit });
    return { items: store.invitations.slice(offset, offset + limit), total: store.invitations.length };
  }),
}));

const { loadInsightsData } = await import('../../../src/options/insights/use-insights-data');

test.each([0, 1, 999, 1000, 1001, 2500, 10_200])('%i invitations: every one, once, in order', async (count) => {
  store.invitations = Array.from({ length: count }, (_, i) => ({ id: `inv-${i}` }));
  store.requests = [];
  const { invitations } = await loadInsightsData();
  expect(invitations.map((inv) => inv.id)).toEqual(store.invitations.map((inv) => inv.id));
  expect(store.requests).toHaveLength(Math.max(1, Math.ceil(count / 1000)));
  expect(store.requests.every((r) => r.limit === 1000)).toBe(true);
});
