// Seed dates for real-browser tests. Rapport counts days by the calendar (today's date minus the
// day sent), so a seed "N days ago" is 10:00 local time on the date N days back: "now minus N days
// minus an hour" lands a day further back when the run starts just after midnight (a CI failure).

/** 10:00 local time on the calendar date `days` before today, as stored (ISO). `days` ≥ 1. */
export function daysAgo(days: number): string {
  const now = new Date();
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() - days, 10, 0).toISOString();
}
