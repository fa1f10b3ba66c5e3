// Inflates one zip entry with fflate's streaming Inflate, counting the output as it comes, so a
// zip bomb (or an entry that lies about its size) is stopped at the limit instead of filling memory.
import { Inflate } from 'fflate';

/** Compressed bytes pushed per step: at most ~1032× this (DEFLATE's ceiling) arrives per step. */
const INPUT_STEP = 16 * 1024;

export type InflateResult = { ok: true; bytes: Uint8Array } | { ok: false; problem: 'too-large' | 'corrupt' };

export function inflateCapped(compressed: Uint8Array, limit: number): InflateResult {
  const parts: Uint8Array[] = [];
  let total = 0;
  let tooLarge = false;
  const inflater = new Inflate((chunk) => {
    if (tooLarge) return;
    total += chunk.length;
    if (total > limit) tooLarge = true;
    else parts.push(chunk);
  });
  try {
    if (compressed.length === 0) return { ok: false, problem: 'corrupt' };
    for (let at = 0; at < compressed.length && !tooLarge; at += INPUT_STEP) {
      const end = Math.min(at + INPUT_STEP, compressed.length);
      inflater.push(compressed.subarray(at, end), end === compressed.length);
    }
  } catch {
    return { ok: false, problem: 'corrupt' }; // fflate throws on a cut or damaged stream
  }
  if (tooLarge) return { ok: false, problem: 'too-large' };
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.length;
  }
  return { ok: true, bytes };
}
