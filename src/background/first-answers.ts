// The questions a worker is asked as it starts — the popup's queue, the badge, the composer's
// "known person" look-up — answered from the index while the full load has not run
// (store/start-view.ts), reading in full only the invitations the answer returns; from the
// loaded store otherwise, or when the index cannot answer.
import type { ProfileGuard, QueueOpening, QueueSummary } from '../shared/messages';
import { localDayNumber } from '../core/reminders';
import { dueCount, holdOpening, latestRow, openingOf, profileGuard, queueOpening, queueSummary } from './queries';
import type { Store } from './store/store';
import { facts } from './invitation-facts';

export async function openingAnswer(store: Store, limit: number, nowMs: number): Promise<QueueOpening> {
  const start = await store.startView();
  if (start) {
    const held = holdOpening(start.invitations, start.settings, limit, nowMs);
    if (await start.expand(Object.values(held.held).flatMap((section) => section.rows))) return openingOf(held, start.settings, localDayNumber(nowMs));
  }
  const state = await store.state();
  return queueOpening(state.invitations, state.settings, limit, nowMs);
}

export async function summaryAnswer(store: Store, nowMs: number): Promise<QueueSummary> {
  const view = (await store.startView()) ?? (await store.state());
  return queueSummary(view.invitations, view.settings, nowMs);
}

export async function dueAnswer(store: Store, nowMs: number): Promise<number> {
  const view = (await store.startView()) ?? (await store.state());
  return dueCount(view.invitations, view.settings, nowMs);
}

/** The guard for the person (by profile key), with the settings it was computed under. */
export async function guardAnswer(store: Store, key: string | null, nowMs: number): Promise<ProfileGuard> {
  const start = await store.startView();
  if (start) {
    const tracked = key ? latestRow(start.invitations, key) : null;
    if (await start.expand(tracked ? [tracked] : [])) return profileGuard(start.invitations, start.settings, tracked, nowMs);
  }
  const state = await store.state();
  return profileGuard(state.invitations, state.settings, key ? latestRow(state.invitations, key) : null, nowMs);
}

/** Templates, settings and where they live. */
export async function configAnswer(store: Store) {
  const view = (await store.startView()) ?? (await store.state());
  return { templates: view.templates, settings: view.settings, meta: view.meta };
}

/** Whether the newest invitation to this person (by profile key) is pending: their profile's view can settle it. */
export async function pendingAnswer(store: Store, key: string): Promise<boolean> {
  const view = (await store.startView()) ?? (await store.state());
  const row = latestRow(view.invitations, key);
  return !!row && facts(row).tracked.status === 'pending';
}
