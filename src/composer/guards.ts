// Warnings shown above the composer, from what the background remembers: an invitation to this
// person that is still pending, a recent withdrawal LinkedIn may hold against a new one, and the
// person's own weekly ceiling and monthly note quota. Advice only: nothing is blocked.
import type { ProfileGuard } from '../shared/messages';
import { t } from './i18n';

export interface GuardSituation {
  now: number;
  /** The note limit in force: 300 means Premium, whose notes are not counted. */
  limit: number;
  /** LinkedIn's own "N personalized invitations remaining" line, when the dialog shows it. */
  freeInvitesRemaining: number | null;
}

const day = (iso: string) => new Date(iso).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

/** LinkedIn's own refusals, and what to do instead (never a way around them). */
const STAGE_ADVICE: Partial<Record<string, string>> = {
  'quota-upsell': 'composer_stage_quota',
  'weekly-limit': 'composer_stage_weekly',
  'email-gate': 'composer_stage_email',
};

export function stageAdvice(stage: string): string | null {
  const key = STAGE_ADVICE[stage];
  return key ? t(key) : null;
}

export function guardMessages(guard: ProfileGuard | null, situation: GuardSituation): string[] {
  if (!guard) return [];
  const messages: string[] = [];
  const tracked = guard.tracked;
  if (tracked?.status === 'pending') messages.push(t('composer_guard_pending', day(tracked.sentAt)));
  const locked = guard.reinviteLockedUntil ? Date.parse(guard.reinviteLockedUntil) : NaN;
  if (locked > situation.now && guard.reinviteLockedUntil) messages.push(t('composer_guard_reinvite', day(guard.reinviteLockedUntil)));
  // Withdrawn at a time nobody saw (Rapport noticed Connect offered again): the block may or may not apply.
  if (tracked?.status === 'withdrawn' && !tracked.statusChangedAt) messages.push(t('composer_guard_withdrawn_undated', day(tracked.sentAt)));
  if (guard.sentThisWeek >= guard.weeklyInviteBudget) {
    messages.push(t('composer_guard_week', guard.sentThisWeek, guard.weeklyInviteBudget));
  }
  // LinkedIn's own line is the better source; our count only speaks when the dialog is silent.
  if (situation.limit < 300 && situation.freeInvitesRemaining === null && guard.notesThisMonth >= guard.monthlyNoteQuota) {
    messages.push(t('composer_guard_notes', guard.notesThisMonth, guard.monthlyNoteQuota));
  }
  return messages;
}
