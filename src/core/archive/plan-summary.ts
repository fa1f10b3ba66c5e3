// The one line the preview shows: "N newly tracked, M accepted (names), K already known,
// J skipped (why)", plus what could not be matched, because silence there would read as "none".
import type { ArchivePlan } from './archive-types';

const NAMES_SHOWN = 3;
const REASONS_SHOWN = 2;

function listNames(names: readonly string[]): string {
  const shown = names.slice(0, NAMES_SHOWN).map((name) => name || 'unnamed');
  const more = names.length - shown.length;
  // Semicolons, because names hold commas ("Amara Chukwu, PhD").
  return more > 0 ? `${shown.join('; ')} and ${more} more` : shown.join('; ');
}

function listReasons(reasons: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const reason of reasons) counts.set(reason, (counts.get(reason) ?? 0) + 1);
  const ordered = [...counts].sort((a, b) => b[1] - a[1]);
  const shown = ordered.slice(0, REASONS_SHOWN).map(([reason, count]) => (count > 1 ? `${count}× ${reason}` : reason));
  return ordered.length > REASONS_SHOWN ? `${shown.join('; ')}; …` : shown.join('; ');
}

export function summarizePlan(plan: Omit<ArchivePlan, 'summary'>): string {
  const accepted = plan.accepted.length;
  const skipped = plan.skipped.length;
  let line =
    `${plan.newlyTracked.length} newly tracked, ` +
    `${accepted} accepted${accepted ? ` (${listNames(plan.accepted.map((a) => a.name))})` : ''}, ` +
    `${plan.alreadyKnown} already known, ` +
    `${skipped} skipped${skipped ? ` (${listReasons(plan.skipped.map((s) => s.reason))})` : ''}`;
  if (plan.unmatchable.count > 0) line += `; ${plan.unmatchable.count} not matched: ${plan.unmatchable.reason}`;
  return line;
}
