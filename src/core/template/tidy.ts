// Cleans the seams left where sentences or empty names were removed: no double spaces, no space
// before punctuation, no ",." pairs, no empty brackets, no blank runs of lines. English
// typography is assumed (French spacing before "!" or "?" would be removed).
// Runs before values are substituted, so a value from a page is never altered by these rules.
import { normalizeLineBreaks } from '../count';

export function tidy(text: string): string {
  return normalizeLineBreaks(text)
    .replace(/\(\s*\)|\[\s*\]/g, '')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ (?=[,.;:!?)\]])/g, '')
    .replace(/([([]) /g, '$1')
    .replace(/([,;:])[,;:]+/g, '$1')
    .replace(/[,;:]+(?=[.!?])/g, '')
    .replace(/^ +| +$/gm, '')
    .replace(/^[,;:]+ ?/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
