// Writing help (on-device model): the composer's request for the worker, checked with zod at
// the boundary, and the replies. Unknown fields are dropped
// by the schema, so nothing but the note, the listed facts, the talking point and the limit can
// reach the model.
import { z } from 'zod';
import { aiActions, aiFactNames, MAX_FACT, MAX_NOTE_INPUT, MAX_POINT, type AiFactName, type Availability, type Candidate, type GateOutcome, type Rejection } from '../../core/ai';

export const AiRequestInput = z.object({
  action: z.enum(aiActions),
  note: z.string().max(MAX_NOTE_INPUT),
  facts: z.object(Object.fromEntries(aiFactNames.map((name) => [name, z.string().max(MAX_FACT).optional()])) as Record<AiFactName, z.ZodOptional<z.ZodString>>),
  point: z.string().max(MAX_POINT).optional(),
  limit: z.number().int().min(1).max(300),
  language: z.string().max(35),
});

/** 'off' when the person turned writing help off in the settings. */
export type AiStatus = Availability | 'off';

export interface AiSuggestReply {
  /** 'unavailable' and 'off' mean the model was not asked at all. */
  outcome: GateOutcome | 'unavailable' | 'off';
  /** Checked candidates, also those that came before a timeout or cancel. */
  candidates: Candidate[];
  rejected: Rejection[];
}

const status = z.object({ type: z.literal('ai.status'), language: z.string().max(35).optional() });
type StatusReply = { availability: AiStatus };

/** On-device writing help for the composer (the side panel calls the model itself). */
const suggest = z.object({ type: z.literal('ai.suggest'), request: AiRequestInput });

const cancel = z.object({ type: z.literal('ai.cancel') });
type CancelReply = { cancelled: boolean };

export const aiRequests = [status, suggest, cancel] as const;
export interface AiReplies {
  'ai.status': StatusReply;
  'ai.suggest': AiSuggestReply;
  'ai.cancel': CancelReply;
}
