// Remembers a function's last call: the same arguments (by identity) return the same result.
// The composer is redrawn on every keystroke; the template is filled again only when the
// template or the person changes, and the coach runs again only when the text does.
export function memoLast<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | null = null;
  return (...args: A) => {
    if (last && last.args.length === args.length && last.args.every((a, i) => Object.is(a, args[i]))) return last.result;
    last = { args, result: fn(...args) };
    return last.result;
  };
}

/**
 * Remembers each `key`'s result while `scope` (by identity) stays the same; a new scope forgets
 * them all. The template choice fills templates with the person's context, and the preview fills
 * the chosen one with the same context again: once is enough.
 */
export function memoWithin<S, R>(fn: (key: string, scope: S) => R): (key: string, scope: S) => R {
  let scope: { within: S } | null = null;
  let results = new Map<string, R>();
  return (key, within) => {
    if (!scope || !Object.is(within, scope.within)) {
      scope = { within };
      results = new Map();
    }
    let result = results.get(key);
    if (result === undefined) results.set(key, (result = fn(key, within)));
    return result;
  };
}
