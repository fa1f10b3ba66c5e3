// Counts a message in LinkedIn's message editor: characters as the note box counts them (UTF-16
// code units, one per line break; core/count.ts) and words (runs of letters or digits between
// spaces, in any script). One pass over the text, no allocation per word: it runs on every keystroke.
import { countNote } from './count';

export { MESSAGE_LIMIT } from './count';

export interface MessageCount {
  words: number;
  chars: number;
}

export function countMessage(text: string): MessageCount {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    // Space, tab, line breaks, no-break and the other Unicode spaces end a word.
    const space = c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f;
    if (space) inWord = false;
    else if (!inWord) {
      inWord = true;
      words += 1;
    }
  }
  return { words, chars: countNote(text) };
}
