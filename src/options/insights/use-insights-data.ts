// Everything Insights reads: the settings, the templates (names and order) and every invitation,
// a thousand at a time (the most one request may ask for), oldest first.
import { useEffect, useState } from 'preact/hooks';
import type { Invitation, Settings, Template } from '../../core/schemas';
import { send } from '../../shared/send';
import { errorText, type ErrorText } from '../ui/error-text';

const PAGE = 1000;
/** As many as a backup may hold: a bound on the requests, whatever the store answers. */
const MAX_INVITATIONS = 100_000;

export interface InsightsData {
  settings: Settings;
  templates: Template[];
  invitations: Invitation[];
}

export async function loadInsightsData(): Promise<InsightsData> {
  const [{ settings }, { templates }] = await Promise.all([send({ type: 'settings.get' }), send({ type: 'templates.list' })]);
  const page = (offset: number) => send({ type: 'invitations.list', offset, limit: PAGE, order: 'oldest' });
  const first = await page(0);
  // The first page tells how many there are: the others are asked for at once, so the worker
  // answers them back to back instead of waiting for each round trip.
  const offsets: number[] = [];
  for (let offset = PAGE; offset < Math.min(first.total, MAX_INVITATIONS); offset += PAGE) offsets.push(offset);
  const rest = await Promise.all(offsets.map(page));
  const invitations: Invitation[] = [...first.items];
  for (const { items } of rest) invitations.push(...items);
  return { settings, templates, invitations };
}

export function useInsightsData(): { data: InsightsData | null; error: ErrorText | null } {
  const [data, setData] = useState<InsightsData | null>(null);
  const [error, setError] = useState<ErrorText | null>(null);
  useEffect(() => {
    let live = true;
    loadInsightsData()
      .then((loaded) => live && setData(loaded))
      .catch((e: unknown) => live && setError(errorText(e)));
    return () => {
      live = false;
    };
  }, []);
  return { data, error };
}
