// One readable line (plus details) for anything a request can throw: a RapportError from the
// background carries a message written for the person; anything else gets a generic sentence.
import { RapportError } from '../../shared/rapport-error';
import { t } from '../i18n';

export interface ErrorText {
  message: string;
  details: string[];
}

export function errorText(error: unknown): ErrorText {
  if (error instanceof RapportError) return { message: error.message, details: error.details.slice(0, 8) };
  return { message: t('options_error_unexpected'), details: [] };
}

/** `error` as a section's status line. */
export function errorStatus(error: unknown): { kind: 'error' } & ErrorText {
  return { kind: 'error', ...errorText(error) };
}
