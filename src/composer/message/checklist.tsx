// The request coach beside the message composer (issue #21 item 2, src/core/coach/request): which
// of a good request's parts the message has, as a small checklist, and the coach's hints. Inside
// the composer's closed root its parts carry `data-part`, and nothing acts on untrusted events.
import type { ComponentChildren } from 'preact';
import { coachRequest, isRequestKind, requestChecklist as checklistFor, type RequestKind } from '../../core/coach';
import type { NoteContext } from '../../core/template';
import { RequestChecklist } from '../../shared/ui/RequestChecklist';
import { HintList } from '../../shared/ui/HintList';
import { onTrusted } from '../trusted';
import { t } from '../i18n';
import { memoLast } from '../memo-last';
import { Unchanged } from '../unchanged';

const items = memoLast((text: string, context: NoteContext, kind: RequestKind) => checklistFor(text, { context, kind }));
const hints = memoLast((text: string, context: NoteContext, kind: RequestKind) => coachRequest(text, { context, kind }));

const checklistView = memoLast((text: string, context: NoteContext, as: RequestKind): ComponentChildren => (
  <>
    <RequestChecklist items={items(text, context, as)} label={t('composer_message_checklist')} attribute="data-part" name="request-checklist" guard={onTrusted} />
    <HintList hints={hints(text, context, as)} label={t('composer_hints')} attribute="data-part" />
  </>
));

/** The checklist and hints for `text` (what is in LinkedIn's editor, or what Insert would put there). */
export function requestChecklist(text: string, context: NoteContext, kind: string | undefined): ComponentChildren {
  const as: RequestKind = isRequestKind(kind) ? kind : 'conversation';
  return <Unchanged node={checklistView(text, context, as)} />;
}
