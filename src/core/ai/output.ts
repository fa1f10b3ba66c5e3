// What the model answered, made safe to show: plain text only, trimmed. An answer with HTML or
// a code block is rejected (it is not a note); light markdown a model adds out of habit
// (**bold**, a quoted whole note) is stripped. An answer that brings in a link, an e-mail
// address or a phone number the input did not have is rejected: a note must never carry
// contact details the person did not write themselves.

export type OutputRejection = 'empty' | 'markup' | 'contact';

const HTML_TAG = /<\/?[a-z!][^<>]*>/i;
const CODE_FENCE = /```/;
const MAX_OUTPUT = 4000;

const URL_PATTERN = /\b(?:https?:\/\/|www\.)\S+|\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|ai|co|dev|app|info|biz|me|de|uk|fr|es|nl|eu|us|ly|gl|gg|link)\b(?:\/\S*)?/gi;
const EMAIL_PATTERN = /[^\s@<>()]+@[^\s@<>()]+\.[a-z]{2,}/gi;
/** Seven or more digits with the separators phone numbers use. */
const PHONE_PATTERN = /\+?\(?\d[\d\s().\-/]{5,}\d/g;

const stripEmphasis = (text: string) => text.replace(/(\*\*|__)(?=\S)([^*_\n]+?)(?<=\S)\1/g, '$2').replace(/(?<![\p{L}\p{N}*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\p{L}\p{N}*])/gu, '$1');
const QUOTES: [string, string][] = [['"', '"'], ['“', '”'], ['„', '“'], ['«', '»'], ["'", "'"]];

function unquote(text: string): string {
  for (const [open, close] of QUOTES) {
    if (text.length > 2 && text.startsWith(open) && text.endsWith(close) && !text.slice(1, -1).includes(close)) return text.slice(1, -1).trim();
  }
  return text;
}

/** The answer as a plain-text note, or why it cannot be one. */
export function cleanOutput(raw: string): { text: string } | { rejected: OutputRejection } {
  const text = raw.slice(0, MAX_OUTPUT);
  if (HTML_TAG.test(text) || CODE_FENCE.test(text)) return { rejected: 'markup' };
  let plain = text.replace(/\r\n?/g, '\n');
  plain = plain.replace(/^\s{0,3}#{1,6}\s+/gm, '');
  plain = stripEmphasis(plain);
  plain = plain.replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
  plain = unquote(plain);
  if (!plain) return { rejected: 'empty' };
  return { text: plain };
}

const digits = (s: string) => s.replace(/\D/g, '');

/** The links, e-mail addresses and phone numbers in `text`, in a form that compares loosely. */
export function contactDetails(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(EMAIL_PATTERN)) found.push(`mail:${m[0].toLowerCase()}`);
  const withoutMail = text.replace(EMAIL_PATTERN, ' ');
  for (const m of withoutMail.matchAll(URL_PATTERN)) found.push(`url:${m[0].toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/[.,;:!?)]+$/, '')}`);
  for (const m of withoutMail.matchAll(PHONE_PATTERN)) {
    const number = digits(m[0]);
    if (number.length >= 7) found.push(`tel:${number}`);
  }
  return found;
}

/** True when `output` has a link, address or number that none of `inputs` had. */
export function introducesContact(output: string, inputs: string[]): boolean {
  const known = new Set(inputs.flatMap(contactDetails));
  return contactDetails(output).some((detail) => !known.has(detail));
}
