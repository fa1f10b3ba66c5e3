// The conversation after acceptance (issue #21). CONTRACT ONLY: the lifecycle branch replaces this
// file with the real handlers; until then both requests are refused, never silently accepted.
import { RapportError } from '../../shared/rapport-error';
import type { HandlerMap } from './context';

type ConversationHandlers = Pick<HandlerMap, 'conversation.request-sent' | 'conversation.set-stage'>;

export const conversationHandlers: ConversationHandlers = {
  'conversation.request-sent'() {
    throw new RapportError('internal', 'Recording a conversation request is not built yet.');
  },
  'conversation.set-stage'() {
    throw new RapportError('internal', 'Recording a conversation stage is not built yet.');
  },
};
