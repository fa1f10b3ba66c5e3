// Splits parsed parts into lines and sentences, the units the renderer keeps or drops.
// A sentence ends after `.`, `!` or `?` (plus closing quotes/brackets) followed by a space or
// the end of a text run, and at every line break; the terminator and the spaces after it stay
// with the sentence they close, so dropping a sentence leaves no stray punctuation behind.
// "Dr. " and similar abbreviations do not end a sentence.
import { greetings, greetingsNeedingName } from '../coach/words';
import type { TemplatePart } from './parse';

export interface Sentence {
  parts: TemplatePart[];
  /** A greeting such as "Hi {{firstName}}, ": an empty name is removed, the greeting stays. */
  salutation: boolean;
  /** A greeting such as "Dear {{firstName}}," that goes as a whole when no name is left. */
  needsName?: boolean;
}

/** One template line; lines are rejoined with `\n` whatever break the template used. */
export type Line = Sentence[];

const sentenceEnd = /[.!?]+["'”’)\]]*(?:[^\S\r\n]+|$)/g;
const abbreviation = /(?:^|[^\p{L}])(?:mr|mrs|ms|mx|dr|prof|st|jr|sr|vs|etc|e\.g|i\.e)\.$/iu;
const greetingPattern = (words: string[]) =>
  new RegExp(`^\\s*(?:${words.map((g) => g.replace(/ /g, '\\s+')).join('|')})(?:\\s+there)?\\s*[,!:.—]?\\s*$`, 'i');
const salutationText = greetingPattern(greetings);
const needsNameText = greetingPattern(greetingsNeedingName);

export function splitSentences(parts: TemplatePart[]): Line[] {
  const lines: Line[] = [];
  let line: Line = [];
  let current: TemplatePart[] = [];
  const endSentence = () => {
    if (current.length) line.push({ parts: current, salutation: false });
    current = [];
  };
  for (const part of parts) {
    if (part.type === 'variable') {
      current.push(part);
      continue;
    }
    part.text.split(/(\r\n?|\n)/).forEach((chunk, k) => {
      if (k % 2) {
        endSentence();
        lines.push(line);
        line = [];
        return;
      }
      let from = 0;
      for (const match of chunk.matchAll(sentenceEnd)) {
        const to = match.index + match[0].length;
        if (abbreviation.test(chunk.slice(0, match.index + 1))) continue;
        current.push({ type: 'text', text: chunk.slice(from, to), index: part.index });
        endSentence();
        from = to;
      }
      if (from < chunk.length) current.push({ type: 'text', text: chunk.slice(from), index: part.index });
    });
  }
  endSentence();
  lines.push(line);
  return lines.map(markSalutation);
}

/** Splits "Hi {{firstName}}, rest…" at the first `, ! : —` into a salutation and the rest. */
function markSalutation(line: Line): Line {
  const [first, ...others] = line;
  if (!first) return line;
  const head: TemplatePart[] = [];
  const { parts } = first;
  for (let p = 0; p < parts.length; p++) {
    const part = parts[p]!;
    const cut = part.type === 'text' ? part.text.search(/[,!:—]/) : -1;
    if (part.type === 'variable' || cut < 0) {
      head.push(part);
      continue;
    }
    const split = cut + 1 + (part.text.slice(cut + 1).match(/^\s*/)?.[0].length ?? 0);
    head.push({ ...part, text: part.text.slice(0, split) });
    const rest = [...(split < part.text.length ? [{ ...part, text: part.text.slice(split) }] : []), ...parts.slice(p + 1)];
    const greeting = salutation(head);
    if (!greeting) return line;
    return [greeting, ...(rest.length ? [{ parts: rest, salutation: false }] : []), ...others];
  }
  const greeting = salutation(head);
  return greeting ? [greeting, ...others] : line;
}

/** The greeting sentence made of `parts`, or null when they are not a greeting. */
function salutation(parts: TemplatePart[]): Sentence | null {
  const literal = parts.map((p) => (p.type === 'text' ? p.text : ' ')).join('');
  if (!salutationText.test(literal)) return null;
  return { parts, salutation: true, needsName: needsNameText.test(literal) };
}
