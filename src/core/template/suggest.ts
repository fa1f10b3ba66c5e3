// "Did you mean": the variable an unknown name was most likely meant to be. Case, `_`, `-` and
// spaces are ignored ("first_name"), then the closest name by edit distance wins, where swapping
// two neighbouring letters counts as one edit ("compnay"). Short names allow one edit and longer
// ones two ("frstName", "firstNme"); a tie between two variables suggests neither, since a guess
// that could be either is no help.
import { templateVariables, type VariableName } from './variables';

const loose = (s: string) => s.toLowerCase().replace(/[\s_-]/g, '');

/** Edits allowed for a name of this length (after loosening): 1 up to 5 letters, else 2. */
const allowedEdits = (length: number) => (length <= 5 ? 1 : 2);

export function suggestVariable(name: string): VariableName | undefined {
  const wanted = loose(name);
  if (!wanted || wanted.length > 40) return undefined;
  let best: VariableName | undefined;
  let bestDistance = Infinity;
  let tie = false;
  for (const variable of templateVariables) {
    const distance = editDistance(wanted, loose(variable.name));
    if (distance < bestDistance) {
      best = variable.name;
      bestDistance = distance;
      tie = false;
    } else if (distance === bestDistance) {
      tie = true;
    }
  }
  return best && !tie && bestDistance <= allowedEdits(wanted.length) ? best : undefined;
}

/** Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps. */
export function editDistance(a: string, b: string): number {
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      current.push(d);
    }
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}
