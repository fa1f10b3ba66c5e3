// Which templates a conversation after acceptance offers (issue #21): the request for a
// conversation (the person's own, else Rapport's starters of that kind), and the one follow-up.
// Used by the composer beside LinkedIn's message box and by the side panel.
import type { Template } from './schemas';
import { starterTemplates } from './starter-templates';

type Kind = 'conversation' | 'conversation-follow-up';

function ofKind(templates: readonly Template[], kind: Kind): Template[] {
  const own = templates.filter((x) => x.kind === kind);
  return own.length ? own : starterTemplates.filter((x) => x.kind === kind);
}

/**
 * The requests; once a request was sent to this person, the follow-up first and then the requests.
 * 'unknown' (the side panel cannot tell): the requests, then the follow-up.
 */
export function conversationTemplates(templates: readonly Template[], requested: boolean | 'unknown'): Template[] {
  const requests = ofKind(templates, 'conversation');
  if (requested === false) return requests;
  const followUps = ofKind(templates, 'conversation-follow-up');
  return requested === true ? [...followUps, ...requests] : [...requests, ...followUps];
}
