// The composer's controls act only on what the person did. The composer shares its DOM with
// LinkedIn's scripts: even with a closed shadow root, an event a script dispatches (a synthetic
// click, a made-up Alt+Shift+I on LinkedIn's box) must not insert, choose or show anything.
// `isTrusted` is set by the browser alone: true only for real input (and for what the browser
// derives from it, like the `change` of a <select> the person changed).

/** Wraps an event handler so that it runs only for events the browser says the person caused. */
export function onTrusted<E extends Event>(handler: (event: E) => void): (event: E) => void {
  return (event) => {
    if (event.isTrusted) handler(event);
  };
}

/** Alt+Shift+I, the person's own: a page script can dispatch a KeyboardEvent that looks exactly like it. */
export const isInsertShortcut = (e: KeyboardEvent) => e.isTrusted && e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyI';
