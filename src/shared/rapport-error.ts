// Errors travel from the background as data ({ ok: false, error }) and become this exception
// again at the caller, so `await send(...)` either returns the data or throws with the code.
// No zod here: the content script imports this file.
import type { ErrorCode, ReplyError } from './messages';

export class RapportError extends Error {
  readonly code: ErrorCode;
  readonly details: string[];

  constructor(code: ErrorCode, message: string, details: string[] = []) {
    super(message);
    this.name = 'RapportError';
    this.code = code;
    this.details = details;
  }
}

/** Turns a raw reply into data or a thrown RapportError; anything malformed is an error too. */
export function unwrapReply<T>(reply: unknown): T {
  if (reply && typeof reply === 'object' && 'ok' in reply) {
    const r = reply as { ok: unknown; data?: unknown; error?: Partial<ReplyError> };
    if (r.ok === true) return r.data as T;
    if (r.ok === false && r.error && typeof r.error.message === 'string') {
      throw new RapportError(r.error.code ?? 'internal', r.error.message, Array.isArray(r.error.details) ? r.error.details : []);
    }
  }
  throw new RapportError('internal', 'The extension’s background did not answer. Reload the page and try again.');
}

/** What to tell the person about any thrown value. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
