// Pure string helpers shared by the name logic (core/names.ts) and LinkedIn's readers.

export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

// Emoji people add to their display names ("Lena Okafor 🚀", "Ana 🇺🇦"): pictographs, flags
// (regional indicators), skin tones, variation selectors, joiners and keycaps.
const DECORATIVE = /\p{Extended_Pictographic}|\p{Regional_Indicator}|[\u{1F3FB}-\u{1F3FF}]|\u{FE0E}|\u{FE0F}|\u{200D}|\u{20E3}/gu;

/** Removes decorative emoji and tidies the spaces they leave behind. */
export function stripDecorativeEmoji(text: string): string {
  return collapse(text.replace(DECORATIVE, ' '));
}
