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
