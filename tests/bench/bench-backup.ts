// A Rapport backup of `count` fictional invitations for the benches that load the real extension
// (popup.bench, worker-start.bench): sent over the last 40 days — roughly a fifth waiting, a third
// due, the rest stale with the default 7 / 21 days — two in three with a note.
import type { InvitationStatus } from '../../src/core/schemas';

const DAY = 86_400_000;

export function benchBackup(count: number, statusOf: (i: number) => InvitationStatus = () => 'pending'): string {
  const now = Date.now();
  const invitations = Array.from({ length: count }, (_, i) => ({
    id: `bench-${i}`,
    name: `Person ${i} Example`,
    profileUrl: `https://www.linkedin.com/in/bench-person-${i}/`,
    company: `Company ${i % 97}`,
    sentAt: new Date(now - (i % 40) * DAY - 3_600_000).toISOString(),
    status: statusOf(i),
    source: 'composer',
    note: i % 3 === 0 ? '' : `Hi Person ${i}, I enjoyed your post about platform teams and would like to stay in touch.`,
  }));
  return JSON.stringify({ format: 'rapport-backup', version: 1, invitations });
}
