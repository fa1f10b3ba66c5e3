// Choosing a first name to greet someone by. Decisions (documented because names are hard):
// - LinkedIn's own labels win: "Message Anu Priya" says the first name is "Anu Priya" (two words).
//   A label counts only when it is a run of whole words of the displayed name and shorter than it:
//   usually its start, but "View Ádám’s verifications" on "Kovács Ádám" (family name first, 2026)
//   names the last word; the family name is then the words before it.
// - Without such a label, "Dr. Anna Maria Schmidt, PhD" greets as "Anna": honorifics (in the
//   core/honorifics.ts) and credentials are dropped, then the first word
//   is taken. We cannot tell a double first name from a middle name, and "Anna" is never wrong for
//   an "Anna Maria".
// - "Last, First": a comma followed by a name rather than credentials ("van der Berg, Jan",
//   "Tanaka, Hiroshi") puts the part after the comma first.
// - A family name written in capitals among names that are not ("YAMADA Taro", "Anna SMITH") is
//   the family name, wherever it stands.
// - A name written entirely in capitals ("ANNA KOWALSKA") is title-cased in its parts, so a note
//   does not shout; a name with some capitals ("Anna SMITH") keeps its own spelling.
// - An honorific before a single word ("Mr Bean") means that word is the family name: no first name.
// - Pronouns in parentheses or after a comma ("(She/Her)", ", he/him") and emoji are not name parts.
// - Leading initials are skipped when a full word follows ("J. Robert Oppenheimer" → "Robert").
// - Names in Chinese, Japanese or Korean script are greeted by the whole name (family name comes
//   first and there is usually no space). Cyrillic and other spaced scripts take the first word.
// - lastName is everything after the first name (credentials dropped), or null when nothing is left.
import { isHonorific } from './honorifics';
import { collapse, stripDecorativeEmoji } from './text';

export interface NameParts {
  firstName: string | null;
  lastName: string | null;
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const INITIAL = /^\p{L}\.$/u;
// Post-nominals that appear without a comma ("Anna Schmidt PhD").
const POST_NOMINAL = /^(?:PhD|Ph\.D\.|MBA|MD|M\.D\.|MSc|BSc|MA|BA|CPA|CFA|PMP|PE|P\.Eng\.?|Jr\.?|Sr\.?|II|III|IV)$/i;
const PRONOUN = /^(?:she|her|hers|he|him|his|they|them|theirs|ze|zir|xe|xem|any|all)$/i;
const PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'das', 'dos', 'du', 'la', 'le', 'ter', 'ten', 'bin', 'bint', 'al', 'el', 'y', 'e']);

const hasLetters = (word: string) => /\p{L}/u.test(word);
const isCaps = (word: string) => hasLetters(word) && word === word.toUpperCase() && word !== word.toLowerCase();
const isPronouns = (text: string) => text.split(/[\s/,]+/).filter(Boolean).every((w) => PRONOUN.test(w));
/** "PhD", "MBA", "SHRM-CP", "Ph.D.", "CSPO": a word that reads as a credential, not a name. */
const isCredential = (word: string) => POST_NOMINAL.test(word) || /\./.test(word) || (isCaps(word) && word.length >= 2 && word.length <= 8);

interface ReadName {
  /** The name's words in greeting order (given names first), honorifics and credentials dropped. */
  words: string[];
  /** The family name when the display said which it is (a comma, or capitals); else null. */
  family: string | null;
  /** An honorific stood before the name. */
  honorific: boolean;
}

function readName(fullName: string): ReadName {
  const text = stripDecorativeEmoji(fullName)
    .replace(/\(([^()]*)\)/g, (whole, inside: string) => (isPronouns(inside) ? ' ' : whole))
    .replace(/[(),]\s*$/, '');
  const [head = '', ...tail] = text.split(',').map(collapse);
  const after = tail[0] ?? '';
  const afterWords = after.split(' ').filter(Boolean);
  const allCaps = isCaps(text.replace(/[^\p{L}]/gu, '')) && text.replace(/[^\p{L}]/gu, '').length > 1;
  const lastFirst = afterWords.length > 0 && afterWords.length <= 3 && !isPronouns(after)
    && afterWords.every((w) => hasLetters(w) && !isHonorific(w) && (allCaps ? !POST_NOMINAL.test(w) : !isCredential(w)))
    && head.split(' ').length <= 4;
  let words = (lastFirst ? `${after} ${head}` : head).split(' ').filter(Boolean);
  let honorific = false;
  while (words.length > 1 && isHonorific(words[0]!)) {
    words.shift();
    honorific = true;
  }
  while (words.length > 1 && POST_NOMINAL.test(words[words.length - 1]!)) words.pop();
  let family = lastFirst ? collapse(head) : null;
  if (!family && !allCaps && words.length > 1) {
    // One word in capitals among others is the family name ("YAMADA Taro", "Anna SMITH").
    const caps = words.filter((w) => isCaps(w) && w.replace(/[^\p{L}]/gu, '').length > 1);
    const [only] = caps;
    if (caps.length === 1 && only !== undefined && only === words[0]) {
      family = only;
      words = [...words.slice(1), only];
    }
  }
  if (allCaps) {
    words = words.map((w, i) => (i > 0 && PARTICLES.has(w.toLowerCase()) ? w.toLowerCase() : titleCase(w)));
    if (family) family = family.split(' ').map((w, i) => (i > 0 && PARTICLES.has(w.toLowerCase()) ? w.toLowerCase() : titleCase(w))).join(' ');
  }
  return { words, family, honorific };
}

/** "ANNA-MARIA" → "Anna-Maria", "O'NEILL" → "O'Neill": each letter run after a separator capitalised. */
function titleCase(word: string): string {
  return word.toLowerCase().replace(/(^|[-'’\s])(\p{L})/gu, (_, sep: string, letter: string) => sep + letter.toUpperCase());
}

/** The name without emoji, honorifics, pronouns or credentials, given names first. */
export function personalName(fullName: string): string {
  return readName(fullName).words.join(' ');
}

/**
 * Splits a displayed full name. `hints` are first names LinkedIn itself wrote in labels
 * ("Message Anu Priya" → "Anu Priya"); the first hint that fits the name is used.
 */
export function splitName(fullName: string | null | undefined, hints: readonly string[] = []): NameParts {
  if (!fullName) return { firstName: null, lastName: null };
  const read = readName(fullName);
  const name = read.words.join(' ');
  if (!name) return { firstName: null, lastName: null };

  for (const raw of hints) {
    const parts = splitAtHint(name, personalName(raw));
    if (parts) return parts;
  }

  if (CJK.test(name)) return { firstName: name, lastName: null };
  if (read.honorific && read.words.length === 1) return { firstName: null, lastName: name };

  const words = read.words;
  let first = 0;
  while (first < words.length - 1 && INITIAL.test(words[first]!)) first++;
  const family = read.family;
  if (family && words.length > 1) {
    const given = words.slice(first, words.length - family.split(' ').length);
    if (given.length > 0) return { firstName: given[0]!, lastName: [...given.slice(1), family].join(' ') };
  }
  const rest = words.slice(first + 1).join(' ');
  return { firstName: words[first] ?? null, lastName: rest.length > 0 ? rest : null };
}

/** First/last name when `hint` is a run of whole words of `name` (the rest is the family name). */
function splitAtHint(name: string, hint: string): NameParts | null {
  if (!hint || hint.length >= name.length) return null;
  const words = name.split(' ');
  const hintWords = hint.split(' ');
  for (let at = 0; at + hintWords.length <= words.length; at++) {
    if (!hintWords.every((w, i) => words[at + i]?.toLowerCase() === w.toLowerCase())) continue;
    const before = words.slice(0, at).join(' ');
    const after = words.slice(at + hintWords.length).join(' ');
    return { firstName: words.slice(at, at + hintWords.length).join(' '), lastName: (at === 0 ? after : before || after) || null };
  }
  return null;
}
