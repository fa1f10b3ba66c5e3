// Runs the LinkedIn page simulator (tests/fixtures/sim) in the unit tests' happy-dom document, so
// the readers are tested on the same pages the real-browser tests use. The page's body and <html>
// attributes replace the live document's; the simulator's scripts run in this window.
import { simPage, simPages, type SimOptions, type SimPageName } from '../../fixtures/sim/pages';

export function loadSim(name: SimPageName, options: SimOptions = {}): Document {
  const parsed = new DOMParser().parseFromString(simPage(name, options), 'text/html');
  history.replaceState(null, '', simPages[name].url);
  const html = document.documentElement;
  for (const attr of Array.from(html.attributes)) html.removeAttribute(attr.name);
  for (const attr of Array.from(parsed.documentElement.attributes)) html.setAttribute(attr.name, attr.value);
  const scripts = Array.from(parsed.querySelectorAll('script:not([type])'), (s) => s.textContent ?? '');
  for (const s of Array.from(parsed.querySelectorAll('script:not([type])'))) s.remove();
  document.head.replaceChildren(...Array.from(parsed.head.childNodes, (n) => document.importNode(n, true)));
  document.body.replaceChildren(...Array.from(parsed.body.childNodes, (n) => document.importNode(n, true)));
  // The simulator's own scripts, from this repository.
  for (const code of scripts) new Function(code)();
  return document;
}

/** Opens the overlay bubble for the person of the simulated profile, as its Message control does. */
export function openBubble(slug: string): void {
  (window as unknown as { __simMessaging: { openBubble(slug: string): void } }).__simMessaging.openBubble(slug);
}
