// Content script entry: runs on https://www.linkedin.com/* only. At load it does one thing: wait
// for the person (first-sign.ts). The watch (watch.ts: observers, the page object, the reader,
// the glances for a dialog or a message box) is evaluated only then — it is imported
// dynamically, which the build inlines into content.js with each of its modules set up when
// first imported rather than when content.js runs. Everything it would build at load (per-language
// word tables, detectors, compiled functions) is most of what Rapport would add to LinkedIn's load,
// and a tab opened in the background would pay it without ever being looked at.
// Only the modules imported statically here run at load; the project test
// tests/unit/project/content-entry.test.ts keeps it so.
import { isWatchedFromLoad } from '../linkedin/watched-from-load';
import { onFirstSign } from './first-sign';
import { testState } from './test-hooks';

/** When this script was injected: the document's first page has been on screen since then. */
const injectedAt = performance.now();

let watch: Promise<() => unknown> | null = null;
const start = () => (watch ??= import('./watch').then((module) => module.startWatch(injectedAt)));

// The background reads the person on screen through here when something asks for them (the side
// panel, the popup, the options preview: background/handlers/profile-viewed.ts); that is a sign
// of the person too. Only scripts of this extension's world can call it; the page cannot see it.
(globalThis as { __rapportObserve?: () => Promise<unknown> }).__rapportObserve = () => start().then((observe) => observe());

// The test build's state exists from the load, so the tests can see that nothing started yet.
if (__RAPPORT_TEST_HOOKS__) testState();
if (isWatchedFromLoad(location.pathname)) void start();
else onFirstSign(() => void start());
