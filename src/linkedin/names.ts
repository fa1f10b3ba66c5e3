// Choosing a first name to greet someone by. Decisions (documented because names are hard):
// - LinkedIn's own labels win: "Message Anu Priya" says the first name is "Anu Priya" (two words).
//   A label counts only when it is a run of whole words of the displayed name and shorter than it:
//   usually its start, but "View Ádám’s verifications" on "Kovács Ádám" (family name first, 2026)
//   names the last word; the family name is then the words before it.
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
    const parts = splitAtHint(name, personalName(raw));
    if (parts) return parts;
  }

  if (CJK.test(name)) return { firstName: name, lastName: null };

  const words = name.split(' ');
  let first = 0;
  while (first < words.length - 1 && INITIAL.test(words[first]!)) first++;
  const rest = words.slice(first + 1).join(' ');
  return { firstName: words[first] ?? null, lastName: rest.length > 0 ? rest : null };
}

/** First/last name when `hint` is a run of whole words of `name` (the rest is the family name). */
function splitAtHint(name: string, hint: string): NameParts | null {
  if (!hint || hint.length >= name.length) return null;
  const words = name.split(' ');
  const hintWords = hint.split(' ');
  for (let at = 0; at + hintWords.length <= words.length; at++) {
    if (!hintWords.every((w, i) => words[at + i] === w)) continue;
    const before = words.slice(0, at).join(' ');
    const after = words.slice(at + hintWords.length).join(' ');
    return { firstName: hint, lastName: (at === 0 ? after : before || after) || null };
  }
  return null;
}
