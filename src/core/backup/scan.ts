// Bounded, linear checks on an imported file's shape, run before and after JSON.parse.
// A hostile file may nest 120,000 levels deep: JSON.parse itself recurses (and may throw
// RangeError or take long), so nesting is measured first on the text, one pass over its
// characters, skipping strings. The same pass sees a file that was cut off.
import { formatPath } from '../issues';

/** A real backup nests 4 levels (file → invitations → one invitation → field). */
export const MAX_BACKUP_DEPTH = 64;
/** Values in the parsed file: 100,000 invitations of ~15 fields, with room to spare. */
export const MAX_BACKUP_NODES = 3_000_000;

export type ShapeProblem = { kind: 'too-deep'; byte: number } | { kind: 'ends-early'; byte: number };

/** Walks the text once, outside strings counting `[`/`{` against `]`/`}`. */
export function checkJsonShape(text: string, maxDepth = MAX_BACKUP_DEPTH): ShapeProblem | null {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i += 1;
      else if (c === 0x22 /* " */) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      depth += 1;
      if (depth > maxDepth) return { kind: 'too-deep', byte: utf8Length(text, i) };
    } else if (c === 0x5d /* ] */ || c === 0x7d /* } */) depth -= 1;
  }
  return inString || depth > 0 ? { kind: 'ends-early', byte: utf8Length(text, text.length) } : null;
}

/** UTF-8 bytes of text[0, end): what "at byte N" means to a person with a hex viewer. */
export function utf8Length(text: string, end: number): number {
  let bytes = 0;
  for (let i = 0; i < end; i += 1) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

export type KeyScan = { ok: true } | { ok: false; tooMany: true } | { ok: false; tooMany: false; paths: string[] };

interface Visit {
  value: unknown;
  parent: Visit | null;
  key: string | number;
}

/**
 * Paths of keys that could reach an object's prototype if later code merged naively. One visit
 * per value (a path is spelled out only for a key found), at most `maxNodes` visits, no recursion.
 */
export function findKeys(root: unknown, forbidden: ReadonlySet<string>, maxFound: number, maxNodes = MAX_BACKUP_NODES): KeyScan {
  const found: string[] = [];
  // Only objects and arrays are stacked; a primitive is counted and passed over.
  const stack: Visit[] = root && typeof root === 'object' ? [{ value: root, parent: null, key: '' }] : [];
  let visited = 1;
  while (stack.length && found.length < maxFound) {
    const visit = stack.pop()!;
    const value = visit.value as Record<string, unknown>;
    const isArray = Array.isArray(value);
    for (const key of Object.keys(value)) {
      if ((visited += 1) > maxNodes) return { ok: false, tooMany: true };
      const child = value[key];
      if (forbidden.has(key)) found.push(pathOf({ value: child, parent: visit, key }));
      else if (child && typeof child === 'object') stack.push({ value: child, parent: visit, key: isArray ? Number(key) : key });
    }
  }
  return found.length ? { ok: false, tooMany: false, paths: found } : { ok: true };
}

function pathOf(visit: Visit): string {
  const parts: (string | number)[] = [];
  for (let at: Visit | null = visit; at?.parent; at = at.parent) parts.push(at.key);
  return formatPath(parts.reverse());
}
