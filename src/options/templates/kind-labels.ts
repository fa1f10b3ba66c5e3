// The four kinds of template, each with its label key (en and de in public/_locales), in the
// order the kind selector offers them: the note, its follow-up, then the request for a
// conversation and its one follow-up.
import type { Template } from '../../core/schemas';

export const kindLabelKeys: Record<Template['kind'], string> = {
  invitation: 'options_tpl_kind_invitation',
  'follow-up': 'options_tpl_kind_follow_up',
  conversation: 'options_tpl_kind_conversation',
  'conversation-follow-up': 'options_tpl_kind_conversation_follow_up',
};

export const templateKinds = Object.keys(kindLabelKeys) as Template['kind'][];

/** The kind a select's value names; anything else is an invitation, the default kind. */
export const kindOf = (value: string): Template['kind'] => templateKinds.find((kind) => kind === value) ?? 'invitation';
