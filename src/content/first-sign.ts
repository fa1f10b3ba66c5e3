// Rapport sets nothing up on a LinkedIn page until the person is there. Its watch (observers, the
// page object, the glances for a dialog or a message box, the question whether this profile
// matters) is code run once per document, and running it while LinkedIn loads is most of what
// Rapport would add to that load; a tab opened in the background would pay it without ever being
// looked at. So it starts at the person's first sign on the page: the pointer coming over it, a
// key, the wheel or a click. Every invite dialog and message box comes after such a sign, and a
// pointer-over comes before the click it leads to. Only the person's own events count
// (event.isTrusted): a page script cannot make Rapport start. (Not focus: a script's focus() makes
// a trusted focus event; a keyboard's focus move starts with a key.)

/**
 * What tells Rapport the person is at the page: a touch makes a pointerover too; a screen
 * reader's activation may be a bare click. Each is heard on the window, first of all the
 * listeners on its way; the browser runs the microtasks queued there before the event goes on
 * to the page, so the watch content/index.ts starts in them already hears this very event.
 */
const SIGNS = ['pointerover', 'keydown', 'wheel', 'click'] as const;

/** Calls `start` once, at the person's first sign on this page. */
export function onFirstSign(start: () => void): void {
  const arm = (event: Event) => {
    if (!event.isTrusted) return;
    for (const type of SIGNS) removeEventListener(type, arm, { capture: true });
    start();
  };
  for (const type of SIGNS) addEventListener(type, arm, { capture: true, passive: true });
}
