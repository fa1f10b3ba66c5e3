// The composer's way to Chrome's on-device model: messages to the worker, which validates them
// (zod, sender) and runs the model. LinkedIn's page never sees any of it.
import type { AiPort } from './writing-help';
import { send } from '../content/send';

export const messageAiPort: AiPort = {
  async status(language) {
    return (await send({ type: 'ai.status', language: language.slice(0, 35) })).availability;
  },
  suggest(request) {
    return send({ type: 'ai.suggest', request });
  },
  cancel() {
    return send({ type: 'ai.cancel' });
  },
};
