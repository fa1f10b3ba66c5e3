// What a candidate changed, word by word, for a small inline diff: the longest common
// subsequence of words between the note and the candidate. Bounded: notes are at most a few
// hundred words, and beyond MAX_WORDS the diff shows the whole old and new text instead.

export type DiffPart = { kind: 'same' | 'added' | 'removed'; text: string };

const MAX_WORDS = 400;

/** Words with the spaces after them: a shared space never splits a change into word-by-word noise. */
const words = (text: string) => text.match(/^\s+|\S+\s*/g) ?? [];

export function wordDiff(before: string, after: string): DiffPart[] {
  const a = words(before);
  const b = words(after);
  if (a.length > MAX_WORDS || b.length > MAX_WORDS) {
    return [...(before ? [{ kind: 'removed' as const, text: before }] : []), ...(after ? [{ kind: 'added' as const, text: after }] : [])];
  }
  // lcs[i][j]: the common length of a[i..] and b[j..].
  const lcs = Array.from({ length: a.length + 1 }, () => new Uint16Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const parts: DiffPart[] = [];
  const push = (kind: DiffPart['kind'], text: string) => {
    const last = parts[parts.length - 1];
    if (last?.kind === kind) last.text += text;
    else parts.push({ kind, text });
  };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      push('same', a[i++]!);
      j++;
    } else if (i < a.length && (j >= b.length || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) {
      push('removed', a[i++]!);
    } else {
      push('added', b[j++]!);
    }
  }
  return tidy(parts);
}

/**
 * One block out, one block in, per change: a lone short word kept between two changes ("your",
 * "the") is folded into them, and each change shows what went before what came.
 */
function tidy(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  let removed = '';
  let added = '';
  const flush = () => {
    if (removed) out.push({ kind: 'removed', text: removed });
    if (added) out.push({ kind: 'added', text: added });
    removed = added = '';
  };
  parts.forEach((part, k) => {
    const island = part.kind === 'same' && k > 0 && k < parts.length - 1 && /^\S{1,4}\s*$/.test(part.text);
    if (island) {
      removed += part.text;
      added += part.text;
    } else if (part.kind === 'same') {
      flush();
      out.push(part);
    } else if (part.kind === 'removed') {
      removed += part.text;
    } else {
      added += part.text;
    }
  });
  flush();
  return out;
}
