// Acceptance and reply rates per group. Only invitations old enough to have an answer count
// (a week-old invitation that is still pending says nothing yet), and withdrawn ones are
// counted apart: taken back, they were never answered.
import type { InsightRecord } from './records';
import { MIN_COUNT, rateOf, type Rate } from './wilson';

export interface GroupStats {
  key: string;
  /** Old enough and not withdrawn: the invitations behind both rates. */
  counted: number;
  /** Accepted, by any route, replied ones included. */
  accepted: number;
  replied: number;
  /** Old enough and withdrawn: their own outcome, in no rate. */
  withdrawn: number;
  /** Too recent to count yet. */
  tooRecent: number;
  acceptance: Rate;
  reply: Rate;
}

interface Tally {
  counted: number;
  accepted: number;
  replied: number;
  withdrawn: number;
  tooRecent: number;
}

const emptyTally = (): Tally => ({ counted: 0, accepted: 0, replied: 0, withdrawn: 0, tooRecent: 0 });

export function addToTally(tally: Tally, record: InsightRecord): void {
  if (!record.mature) tally.tooRecent += 1;
  else if (record.outcome === 'withdrawn') tally.withdrawn += 1;
  else {
    tally.counted += 1;
    if (record.outcome === 'accepted' || record.outcome === 'replied') tally.accepted += 1;
    if (record.outcome === 'replied') tally.replied += 1;
  }
}

export function statsOf(key: string, tally: Tally, minCount = MIN_COUNT): GroupStats {
  return { key, ...tally, acceptance: rateOf(tally.accepted, tally.counted, minCount), reply: rateOf(tally.replied, tally.counted, minCount) };
}

/**
 * Stats per group, in `order` (keys it lists, then any others in the order first met). A key of
 * null leaves the record out of this breakdown.
 */
export function groupStats(records: readonly InsightRecord[], keyOf: (record: InsightRecord) => string | null, order: readonly string[] = [], minCount = MIN_COUNT): GroupStats[] {
  const tallies = new Map<string, Tally>();
  for (const key of order) tallies.set(key, emptyTally());
  for (const record of records) {
    const key = keyOf(record);
    if (key === null) continue;
    let tally = tallies.get(key);
    if (!tally) {
      tally = emptyTally();
      tallies.set(key, tally);
    }
    addToTally(tally, record);
  }
  return [...tallies].map(([key, tally]) => statsOf(key, tally, minCount));
}

/** All records as one group: the overall rates. */
export function overallStats(records: readonly InsightRecord[], minCount = MIN_COUNT): GroupStats {
  const tally = emptyTally();
  for (const record of records) addToTally(tally, record);
  return statsOf('all', tally, minCount);
}
