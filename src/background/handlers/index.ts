// The handler map: one handler per request type, checked complete by the compiler.
import type { HandlerMap } from './context';
import { aiHandlers } from './ai';
import { aboutHandlers } from './about';
import { backupHandlers } from './backup';
import { conversationHandlers } from './conversation';
import { correctionHandlers } from './corrections';
import { invitationHandlers } from './invitations';
import { profileHandlers } from './profile';
import { viewedHandlers } from './profile-viewed';
import { settingsHandlers } from './settings';
import { templateHandlers } from './templates';

export const handlers: HandlerMap = {
  ...templateHandlers,
  ...settingsHandlers,
  ...invitationHandlers,
  ...profileHandlers,
  ...viewedHandlers,
  ...backupHandlers,
  ...aiHandlers,
  ...aboutHandlers,
  ...conversationHandlers,
  ...correctionHandlers,
};
export { prepareOutsideQueue } from './prepare';
export { newSessionMemory, randomId, type HandlerContext, type HandlerMap, type RequestSender, type SessionMemory } from './context';
