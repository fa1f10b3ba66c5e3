// Which theme LinkedIn is showing: the composer sits inside LinkedIn's dialog and must match
// it, whatever the computer's own setting says (LinkedIn has its own light/dark choice).
// Two independent signals:
// 1. LinkedIn's own marker: its Settings → Display → Dark mode puts `theme--dark` on <html>
//    (light pages carry `theme theme--mercado` with no `theme--dark`; §13 captures); a
//    `theme--light` marker is taken at its word too.
// 2. What the page really paints behind `near`: the first opaque background going up from it
//    (through shadow hosts), dark when its luminance is low. This catches a restyled page
//    whose marker we do not know.
// The painted background wins when it is clear (the composer must not stand out of the dialog
// it sits in); the marker decides otherwise; with neither, LinkedIn's default (light).

export type PageTheme = 'light' | 'dark';

export const DARK_MARKERS = ['theme--dark'];
export const LIGHT_MARKERS = ['theme--light'];

/** LinkedIn's own theme marker on <html> or <body>; null when the page carries none. */
export function themeMarker(doc: Document): PageTheme | null {
  for (const el of [doc.documentElement, doc.body]) {
    if (!el) continue;
    if (DARK_MARKERS.some((c) => el.classList.contains(c))) return 'dark';
    if (LIGHT_MARKERS.some((c) => el.classList.contains(c))) return 'light';
  }
  return null;
}

/** [r, g, b, alpha] from a computed `rgb()`/`rgba()` colour; null for anything else. */
export function parseRgb(color: string): [number, number, number, number] | null {
  const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(color.trim());
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? Number(m[4].slice(0, -1)) / 100 : Number(m[4]);
  return [Number(m[1]), Number(m[2]), Number(m[3]), alpha];
}

/** WCAG relative luminance of an sRGB colour (0 black … 1 white). */
function luminance([r, g, b]: [number, number, number, number]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** The theme of the first (mostly) opaque background at or above `near`; null if none is painted. */
export function paintedTheme(near: Element): PageTheme | null {
  const view = near.ownerDocument.defaultView;
  if (!view) return null;
  let el: Element | null = near;
  // Bounded: a page is never deeper than this, and a cycle is impossible in a tree anyway.
  for (let depth = 0; el && depth < 200; depth++) {
    const rgb = parseRgb(view.getComputedStyle(el).backgroundColor);
    if (rgb && rgb[3] >= 0.5) return luminance(rgb) < 0.2 ? 'dark' : 'light';
    const parent: Node | null = el.parentNode;
    el = parent instanceof Element ? parent : parent && 'host' in parent ? ((parent as ShadowRoot).host ?? null) : null;
  }
  return null;
}

/** LinkedIn's theme where `near` is shown (see the file comment for the order of signals). */
export function linkedInTheme(near: Element): PageTheme {
  return paintedTheme(near) ?? themeMarker(near.ownerDocument) ?? 'light';
}
