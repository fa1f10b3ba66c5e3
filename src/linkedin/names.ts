// Choosing a first name to greet someone by. Decisions (documented because names are hard):
// - LinkedIn's own labels win: "Message Anu Priya" says the first name is "Anu Priya" (two words).
//   A label counts only when it is a whole-word prefix of the displayed name and shorter than it.
// - Without such a label, "Dr. Anna Maria Schmidt, PhD" greets as "Anna": honorifics and what
//   follows a comma (credentials) are dropped, then the first word is taken. We cannot tell a
//   double first name from a middle name, and "Anna" is never wrong for an "Anna Maria".
// - Leading initials are skipped when a full word follows ("J. Robert Oppenheimer" → "Robert").
// - Names in Chinese, Japanese or Korean script are greeted by the whole name (family name comes
//   first and there is usually no space). Cyrillic and other spaced scripts take the first word.
// - lastName is everything after the first name (credentials dropped), or null when nothing is left.
import { isNamePrefix } from './i18n';
import { collapse, stripDecorativeEmoji } from './text';

export interface NameParts {
  firstName: string | null;
  lastName: string | null;
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const INITIAL = /^\p{L}\.$/u;
// Post-nominals that appear without a comma ("Anna Schmidt PhD").
const POST_NOMINAL = /^(?:PhD|Ph\.D\.|MBA|MD|M\.D\.|MSc|BSc|MA|BA|CPA|CFA|PMP|PE|P\.Eng\.?|Jr\.?|Sr\.?|II|III|IV)$/;

/** The name without emoji, honorifics or trailing credentials; the base for first/last name. */
export function personalName(fullName: string): string {
  let name = stripDecorativeEmoji(fullName);
  const comma = name.indexOf(',');
  if (comma > 0) name = name.slice(0, comma);
  const words = collapse(name).split(' ').filter(Boolean);
  while (words.length > 1 && isNamePrefix(words[0]!)) words.shift();
  while (words.length > 1 && POST_NOMINAL.test(words[words.length - 1]!)) words.pop();
  return words.join(' ');
}

/**
 * Splits a displayed full name. `hints` are first names LinkedIn itself wrote in labels
 * ("Message Anu Priya" → "Anu Priya"); the first hint that fits the name is used.
 */
export function splitName(fullName: string | null | undefined, hints: readonly string[] = []): NameParts {
  if (!fullName) return { firstName: null, lastName: null };
  const name = personalName(fullName);
  if (!name) return { firstName: null, lastName: null };

  for (const raw of hints) {
    const hint = personalName(raw);
    if (hint && hint.length < name.length && name.startsWith(hint) && name[hint.length] === ' ') {
      return { firstName: hint, lastName: name.slice(hint.length).trim() || null };
    }
  }

  if (CJK.test(name)) return { firstName: name, lastName: null };

  const words = name.split(' ');
  let first = 0;
  while (first < words.length - 1 && INITIAL.test(words[first]!)) first++;
  const rest = words.slice(first + 1).join(' ');
  return { firstName: words[first] ?? null, lastName: rest.length > 0 ? rest : null };
}
