// The toolbar badge: the number of follow-ups due — on invitations and on requests for a
// conversation (queries.ts dueCount) — empty when none, with a
// title that says what the number means. Recomputed after every change, by the alarms, and at
// worker start-up; a burst of changes (500 sends from five tabs) updates it once at the end.
import { dueAnswer } from './first-answers';
import type { Store } from './store/store';

export interface ActionLike {
  setBadgeText(details: { text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { color: string }): Promise<void>;
  setTitle(details: { title: string }): Promise<void>;
}

export type Translate = (key: string, substitutions?: string[]) => string;

export async function refreshBadge(store: Store, action: ActionLike, translate: Translate, now: Date): Promise<number> {
  const due = await dueAnswer(store, now.getTime());
  await action.setBadgeBackgroundColor({ color: '#0a66c2' });
  await action.setBadgeText({ text: due > 0 ? String(due) : '' });
  const title =
    due === 0 ? translate('badge_title_none') : due === 1 ? translate('badge_title_one') : translate('badge_title_many', [String(due)]);
  await action.setTitle({ title: title || `Rapport — ${due} waiting for your follow-up` });
  return due;
}
