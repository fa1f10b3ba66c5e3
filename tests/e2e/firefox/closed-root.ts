// The composer's closed shadow root in Firefox, reached over WebDriver BiDi: the page sees no
// shadow root on Rapport's bare host, but BiDi serializes it (`includeShadowTree: 'all'`) and
// hands it to the test as a reference. Clicks are real pointer presses at the part (trusted).
import type { EvaluateResult, Tab } from './tab';

/**
 * Page-side: elements that could host a closed shadow root Rapport made (bare: no attribute, no
 * child), in the document and in open shadow roots. The page sees no shadow root on them; BiDi
 * serializes it (`includeShadowTree: 'all'`), which is how the tests get in.
 */
const bareElements = String((): Element[] => {
  const found: Element[] = [];
  const roots: (Document | ShadowRoot)[] = [document];
  for (let i = 0; i < roots.length; i += 1) {
    for (const el of roots[i]!.querySelectorAll('*')) {
      if (el.shadowRoot) roots.push(el.shadowRoot);
      else if (el.attributes.length === 0 && el.childNodes.length === 0) found.push(el);
    }
  }
  return found;
});

/** Page-side: the first `data-part` of that name inside a root BiDi handed over. */
const partIn = String((root: ShadowRoot, part: string): Element | null => root.querySelector(`[data-part="${CSS.escape(part)}"]`));

interface SerializedNode {
  type: string;
  sharedId?: string;
  value?: { shadowRoot?: SerializedNode | null; mode?: string };
}

/** The closed shadow roots in the page, as BiDi references (the page itself cannot reach them). */
export async function closedRoots(tab: Tab): Promise<string[]> {
  const reply = await tab.bidi.send<EvaluateResult>('script.callFunction', {
    functionDeclaration: `function () { const __name = (f) => f; return (${bareElements})(); }`,
    target: { context: tab.context },
    awaitPromise: false,
    resultOwnership: 'none',
    serializationOptions: { maxDomDepth: 1, includeShadowTree: 'all' },
  });
  if (reply.type === 'exception') throw new Error(`In the page: ${reply.exceptionDetails?.text ?? 'exception'}`);
  const items = (reply.result?.value ?? []) as SerializedNode[];
  return items.flatMap((item) => {
    const root = item.value?.shadowRoot;
    return root?.sharedId && root.value?.mode === 'closed' ? [root.sharedId] : [];
  });
}

/**
 * Runs `fn` on the first element with `data-part="<part>"` in any closed shadow root (the
 * composer's); null when there is none. The root travels as a BiDi reference, not through the page.
 */
export async function onPart<A extends unknown[], R>(tab: Tab, part: string, fn: (element: Element, ...args: A) => R, ...args: A): Promise<R | null> {
  for (const root of await closedRoots(tab)) {
    const reply = await tab.bidi.send<EvaluateResult>('script.callFunction', {
      functionDeclaration: `function (root, json) { const __name = (f) => f; const el = (${partIn})(root, ${JSON.stringify(part)}); return el ? JSON.stringify((${fn.toString()})(el, ...JSON.parse(json)) ?? null) : undefined; }`,
      arguments: [{ sharedId: root }, { type: 'string', value: JSON.stringify(args) }],
      target: { context: tab.context },
      awaitPromise: false,
      resultOwnership: 'none',
    });
    if (reply.type === 'exception') throw new Error(`In the page: ${reply.exceptionDetails?.text ?? 'exception'}`);
    if (reply.result?.type === 'string') return JSON.parse(String(reply.result.value)) as R;
  }
  return null;
}

/** Waits until a part of the composer is shown. */
export async function waitForPart(tab: Tab, part: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!(await onPart(tab, part, (el) => el.checkVisibility()))) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for the composer's "${part}" in ${await tab.url().catch(() => '?')}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * A person's click on a part of the composer: once it is visible, enabled, still, and on top at
 * its centre (asked of its own root), a real pointer press at the element (trusted events).
 */
export async function clickPart(tab: Tab, part: string): Promise<void> {
  await waitForPart(tab, part);
  const deadline = Date.now() + 10_000;
  let last = '';
  for (;;) {
    const state = await onPart(tab, part, (el) => {
      el.scrollIntoView({ block: 'center' });
      const box = el.getBoundingClientRect();
      const x = box.left + box.width / 2, y = box.top + box.height / 2;
      const hit = (el.getRootNode() as ShadowRoot).elementFromPoint(x, y);
      const onTop = !!hit && (hit === el || el.contains(hit));
      return { where: [box.left, box.top, box.width, box.height].join(), ready: onTop && !(el as HTMLButtonElement).disabled };
    });
    if (state?.ready && state.where === last) break;
    last = state?.where ?? '';
    if (Date.now() > deadline) throw new Error(`the composer's "${part}" is not clickable`);
    await new Promise((r) => setTimeout(r, 50));
  }
  let element: string | undefined;
  for (const root of await closedRoots(tab)) {
    const reply = await tab.bidi.send<EvaluateResult>('script.callFunction', {
      functionDeclaration: `function (root) { return (${partIn})(root, ${JSON.stringify(part)}); }`,
      arguments: [{ sharedId: root }],
      target: { context: tab.context },
      awaitPromise: false,
      resultOwnership: 'none',
    });
    element = reply.result?.sharedId;
    if (element) break;
  }
  if (!element) throw new Error(`the composer's "${part}" went away`);
  await tab.bidi.send('input.performActions', {
    context: tab.context,
    actions: [
      {
        type: 'pointer',
        id: 'mouse',
        parameters: { pointerType: 'mouse' },
        actions: [
          { type: 'pointerMove', x: 0, y: 0, origin: { type: 'element', element: { sharedId: element } } },
          { type: 'pointerDown', button: 0 },
          { type: 'pointerUp', button: 0 },
        ],
      },
    ],
  });
}
