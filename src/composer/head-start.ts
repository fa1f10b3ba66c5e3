// What the page can do for the composer while composer.js is on its way (content.js, at the
// page's first composer-loader.ts load(), whatever asked: a press on Connect, an invite dialog or
// a message box appearing, the sent-invitations page). The background's injection keeps this page
// waiting for tens of ms; two costs that would otherwise fall into the composer's first draw are
// paid in that wait. Kept apart from styles.ts and i18n.ts: content.js needs these
// few lines, not the stylesheet or the composer's strings.
//
// - The browser's first getMessage in a page loads the extension's whole catalogue (a synchronous
//   round trip to the browser, 7–50 ms measured).
// - The first layout that uses a font size or weight the page itself does not use asks the browser
//   for that font (a synchronous round trip per size and weight, and the font file mapped when the
//   page never used the family): 7–60 ms measured inside the first composer's frame. Measuring a
//   line in each face on a canvas that is never in the page loads the same fonts into the same
//   cache. Nothing is drawn and nothing is added to the page.

/** The family of every part of the composer (styles.ts). */
export const COMPOSER_FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", sans-serif';

/**
 * The faces styles.ts draws with, the first step's first (its text and buttons, its title), then
 * the note step's (labels and muted lines, hints and inputs, an empty fact).
 */
const FACES = ['14px', '600 14px', '12px', '12.5px', 'italic 12px'];

interface I18nLike {
  getMessage(key: string): string;
}

/** Loads the composer's fonts without drawing anything (nothing when there is no canvas to measure on). */
export function warmFonts(doc: Document): void {
  const canvas = doc.createElement('canvas').getContext('2d');
  if (!canvas) return;
  for (const face of FACES) {
    canvas.font = `${face} ${COMPOSER_FONT_FAMILY}`;
    canvas.measureText('Rapport 0123456789/');
  }
}

/** Both head starts; each is only that (the composer pays for it itself otherwise), so never throws. */
export function headStart(doc: Document): void {
  try {
    const api = globalThis as { browser?: { i18n?: I18nLike }; chrome?: { i18n?: I18nLike } };
    (api.browser?.i18n ?? api.chrome?.i18n)?.getMessage('ui_lang');
  } catch {
    // The extension was reloaded: composer.js will not come either.
  }
  try {
    warmFonts(doc);
  } catch {
    // No canvas here: the first frame loads the fonts.
  }
}
