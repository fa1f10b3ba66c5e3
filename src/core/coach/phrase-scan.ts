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
 * trie is kept flat: node i's children are edges edgeFrom[i] … edgeFrom[i + 1] - 1, found by a
 * linear look when few, by a table of ASCII codes when many (the root, "i ", "a "…).
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
  // Nodes with many children (the root, "i ", "a "…) also get a table by ASCII code.
  const linearChild = (node: number, code: number): number => {
    for (let e = edgeFrom[node]!, end = edgeFrom[node + 1]!; e < end; e++) if (codes[e] === code) return targets[e]!;
    return -1;
  };
  const tableAt = new Int32Array(order.length).fill(-1);
  const rows: number[] = [];
  for (let node = 0; node < order.length; node++) {
    if (edgeFrom[node + 1]! - edgeFrom[node]! < 4) continue;
    tableAt[node] = rows.length;
    for (let code = 0; code < 128; code++) rows.push(linearChild(node, code));
  }
  const table = Int32Array.from(rows);
  const childOf = (node: number, code: number): number => {
    const at = tableAt[node]!;
    return at >= 0 && code < 128 ? table[at + code]! : linearChild(node, code);
  };

  return {
    scan(text) {
      const length = text.length;
      let found = 0;
      let afterWord = false;
      for (let start = 0; start < length; ) {
        const from = start;
        const code = text.charCodeAt(start);
        let node: number;
        if (code < 128) {
          node = afterWord ? -1 : childOf(0, code);
          afterWord = asciiWordChar[code] === 1;
          start += 1;
        } else {
          const point = text.codePointAt(start)!;
          node = afterWord ? -1 : childOf(0, code);
          afterWord = isWordCodePoint(point);
          start += point > 0xffff ? 2 : 1;
        }
        // A phrase starting there: walk the trie as far as the text follows it.
        for (let at = from + 1; node > 0; at++) {
          const ends = listsOf[node]!;
          if (ends && (found | ends) !== found && !wordCharAt(text, at)) found |= ends;
          if (at >= length) break;
          node = childOf(node, text.charCodeAt(at));
        }
        // No phrase starts inside a word: skip its other ASCII letters and digits.
        if (afterWord) {
          while (start < length) {
            const next = text.charCodeAt(start);
            if (next >= 128 || asciiWordChar[next] !== 1) break;
            start += 1;
          }
        }
      }
      return found;
    },
  };
}
