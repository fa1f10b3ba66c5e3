// Which limit the note is measured against. LinkedIn allows 200 characters on free accounts and
// 300 with Premium; the side panel cannot see LinkedIn's dialog, so with the setting on 'auto' it
// counts against both (the counter says which fits where) and coaches like every other surface.
import type { Settings } from '../core/schemas';
import { countNote, FREE_NOTE_LIMIT as FREE_LIMIT, noteLimitFor, PREMIUM_NOTE_LIMIT as PREMIUM_LIMIT } from '../core/count';

export interface LimitPart {
  limit: number;
  /** Which account the limit is for; absent when the settings name one limit. */
  account?: 'free' | 'premium';
}

export interface NoteLimits {
  /** The limit the coach checks against. */
  coach: number;
  /** One part of the counter per limit. */
  parts: LimitPart[];
}

export function noteLimits(setting: Settings['noteLimit']): NoteLimits {
  if (setting === '200') return { coach: FREE_LIMIT, parts: [{ limit: FREE_LIMIT }] };
  if (setting === '300') return { coach: PREMIUM_LIMIT, parts: [{ limit: PREMIUM_LIMIT }] };
  return { coach: noteLimitFor(setting), parts: [{ limit: FREE_LIMIT, account: 'free' }, { limit: PREMIUM_LIMIT, account: 'premium' }] };
}

export interface CountedPart extends LimitPart {
  used: number;
  over: number;
}

/** The note counted once, against every limit part (over is 0 when it fits). */
export function countAgainst(text: string, limits: NoteLimits): CountedPart[] {
  const used = countNote(text);
  return limits.parts.map((part) => ({ ...part, used, over: Math.max(0, used - part.limit) }));
}
