// Every word list of the coach in one scan, for scoring thousands of sent notes (Insights): one
// pass over a normalized note says which lists have a phrase in it. It answers exactly what
// phraseMatcher()'s regular expressions answer (a phrase, as normalized, with no letter or digit
// touching either end), but a RegExp per list scans the note once per list and tries every
// alternative at every position; here a trie of all the phrases is walked from word starts only.
import { normalizeForMatching } from './match';

interface TrieNode {
  /** Bit i set: a phrase of list i ends here. */
  lists: number;
  next: Map<number, TrieNode>;
}

export interface PhraseScanner {
  /** Bit i of the result is set when `normalized` holds a phrase of list i. */
  scan(normalized: string): number;
}

const asciiWordChar = new Uint8Array(128);
for (let code = 0; code < 128; code++) asciiWordChar[code] = /[\p{L}\p{N}]/u.test(String.fromCharCode(code)) ? 1 : 0;
const wordChar = /^[\p{L}\p{N}]$/u;

/** Whether the code point is a letter or a digit, as `[\p{L}\p{N}]` with the u flag decides. */
function isWordCodePoint(code: number): boolean {
  return code < 128 ? asciiWordChar[code] === 1 : wordChar.test(String.fromCodePoint(code));
}

/** Whether a letter or digit starts at `at` (a surrogate pair read whole, as the u flag does). */
function wordCharAt(text: string, at: number): boolean {
  return at < text.length && isWordCodePoint(text.codePointAt(at)!);
}

/**
 * A scanner for up to 31 lists of phrases (normalized as phraseMatcher() normalizes them). The
 * trie is kept flat: node i's children are edges edgeFrom[i] … edgeFrom[i + 1] - 1 (few, so
 * found by a linear look), and the root's, tried at every word start, by character code.
 */
export function phraseScanner(lists: readonly (readonly string[])[]): PhraseScanner {
  if (lists.length > 31) throw new Error('phraseScanner: at most 31 lists');
  const root: TrieNode = { lists: 0, next: new Map() };
  lists.forEach((phrases, index) => {
    for (const phrase of phrases) {
      const normalized = normalizeForMatching(phrase);
      // An empty alternative would match anywhere no letter or digit touches; no list has one.
      if (!normalized) throw new Error('phraseScanner: empty phrase');
      let node = root;
      for (let i = 0; i < normalized.length; i++) {
        const code = normalized.charCodeAt(i);
        let child = node.next.get(code);
        if (!child) {
          child = { lists: 0, next: new Map() };
          node.next.set(code, child);
        }
        node = child;
      }
      node.lists |= 1 << index;
    }
  });

  // Numbered breadth-first; the root is node 0.
  const order: TrieNode[] = [root];
  for (let i = 0; i < order.length; i++) order.push(...order[i]!.next.values());
  const number = new Map(order.map((node, i) => [node, i]));
  const listsOf = Int32Array.from(order, (node) => node.lists);
  const edgeFrom = new Int32Array(order.length + 1);
  const edgeCode: number[] = [];
  const edgeTo: number[] = [];
  order.forEach((node, i) => {
    edgeFrom[i] = edgeCode.length;
    for (const [code, child] of node.next) {
      edgeCode.push(code);
      edgeTo.push(number.get(child)!);
    }
  });
  edgeFrom[order.length] = edgeCode.length;
  const codes = Uint16Array.from(edgeCode);
  const targets = Int32Array.from(edgeTo);
  const child = (node: number, code: number): number => {
    for (let e = edgeFrom[node]!, end = edgeFrom[node + 1]!; e < end; e++) if (codes[e] === code) return targets[e]!;
    return -1;
  };
  const rootAscii = Int32Array.from({ length: 128 }, (_, code) => child(0, code));

  return {
    scan(text) {
      let found = 0;
      let afterWord = false;
      for (let start = 0; start < text.length; ) {
        const code = text.charCodeAt(start);
        let width = 1;
        let isWord: boolean;
        let node: number;
        if (code < 128) {
          isWord = asciiWordChar[code] === 1;
          node = afterWord ? -1 : rootAscii[code]!;
        } else {
          const point = text.codePointAt(start)!;
          if (point > 0xffff) width = 2;
          isWord = isWordCodePoint(point);
          node = afterWord ? -1 : child(0, code);
        }
        // A phrase starting here: walk the trie as far as the text follows it.
        for (let at = start + 1; node > 0; at++) {
          const ends = listsOf[node]!;
          if (ends && (found | ends) !== found && !wordCharAt(text, at)) found |= ends;
          if (at >= text.length) break;
          node = child(node, text.charCodeAt(at));
        }
        afterWord = isWord;
        start += width;
      }
      return found;
    },
  };
}
