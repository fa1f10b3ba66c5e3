// The request coach beside the message composer (issue #21 item 2, src/core/coach/request): which
// of a good request's parts the message has, as a small checklist, and the coach's hints. Inside
// the composer's closed root its parts carry `data-part`; nothing in it acts.
import type { ComponentChildren } from 'preact';
import { coachRequest, isRequestKind, requestChecklist as checklistFor, type RequestKind } from '../../core/coach';
import type { NoteContext } from '../../core/template';
import { RequestChecklist } from '../../shared/ui/RequestChecklist';
import { HintList } from '../../shared/ui/HintList';
import { t } from '../i18n';
import { memoLast } from '../memo-last';
import { Unchanged } from '../unchanged';

// Memoised once, on what the checklist and the hints both follow.
const checklistView = memoLast((text: string, context: NoteContext, as: RequestKind): ComponentChildren => (
  <>
    <RequestChecklist items={checklistFor(text, { context, kind: as })} label={t('composer_message_checklist')} attribute="data-part" name="request-checklist" />
    <HintList hints={coachRequest(text, { context, kind: as })} label={t('composer_hints')} attribute="data-part" />
  </>
));

/** The checklist and hints for `text` (what is in LinkedIn's editor, or what Insert would put there). */
export function requestChecklist(text: string, context: NoteContext, kind: string | undefined): ComponentChildren {
  const as: RequestKind = isRequestKind(kind) ? kind : 'conversation';
  return <Unchanged node={checklistView(text, context, as)} />;
}
