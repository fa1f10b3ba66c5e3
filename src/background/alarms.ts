// Time-based recomputation without timers (a stopped worker has none): an alarm just after the
// next local midnight, when invitations become due, and an hourly one that catches up after
// sleep, a time-zone change or a missed midnight.
import { nextLocalMidnight } from '../core/reminders';

export const MIDNIGHT_ALARM = 'rapport-midnight';
export const HOURLY_ALARM = 'rapport-hourly';

export interface AlarmsLike {
  create(name: string, info: { when?: number; periodInMinutes?: number }): void | Promise<void>;
  get(name: string): Promise<unknown>;
}

export async function scheduleAlarms(alarms: AlarmsLike, nowMs: number): Promise<void> {
  await alarms.create(MIDNIGHT_ALARM, { when: nextLocalMidnight(nowMs) + 5_000 });
  if (!(await alarms.get(HOURLY_ALARM))) await alarms.create(HOURLY_ALARM, { periodInMinutes: 60 });
}
