// One Firefox tab driven over BiDi: run a function in the page, wait for a condition, click
// an element with a real (trusted) pointer, type with real key events.
import type { Bidi } from './bidi';

/** A function run in the page. It is sent as source text, so it must not close over anything. */
export type PageFunction<A extends unknown[], R> = (...args: A) => R | Promise<R>;

export interface EvaluateResult {
  type: 'success' | 'exception';
  result?: { type: string; value?: unknown; sharedId?: string };
  exceptionDetails?: { text: string };
}

/** Page-side: the first match in the document or in any open shadow root below it. */
const deepQuery = String((selector: string): Element | null => {
  const roots: (Document | ShadowRoot)[] = [document];
  for (let i = 0; i < roots.length; i += 1) {
    const root = roots[i]!;
    const hit = root.querySelector(selector);
    if (hit) return hit;
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
  }
  return null;
});

/** WebDriver codes of the non-printing keys the tests use. */
export const Keys = { backspace: '\uE003', shift: '\uE008', alt: '\uE00A' } as const;

export class Tab {
  constructor(
    /** The BiDi connection (firefox/closed-root.ts drives the composer's closed root through it). */
    readonly bidi: Bidi,
    readonly context: string,
  ) {}

  /** Calls the function whose source is `fn`; `json` returns its result as JSON text. */
  private async call(fn: string, args: unknown[], json: boolean): Promise<EvaluateResult['result']> {
    // Arguments travel as one JSON string, results as JSON text: no remote-value mapping needed.
    // `__name`: tsx/esbuild's keepNames wraps named functions in it; the page has none.
    const source = json
      ? `async function (json) { const __name = (f) => f; const value = await (${fn})(...JSON.parse(json)); return value === undefined ? undefined : JSON.stringify(value); }`
      : `function (json) { const __name = (f) => f; return (${fn})(...JSON.parse(json)); }`;
    const reply = await this.bidi.send<EvaluateResult>('script.callFunction', {
      functionDeclaration: source,
      arguments: [{ type: 'string', value: JSON.stringify(args) }],
      target: { context: this.context },
      awaitPromise: true,
      resultOwnership: 'none',
    });
    if (reply.type === 'exception') throw new Error(`In the page: ${reply.exceptionDetails?.text ?? 'exception'}`);
    return reply.result;
  }

  /** Runs `fn` in the page and returns its JSON-serialisable result. */
  async evaluate<A extends unknown[], R>(fn: PageFunction<A, R>, ...args: A): Promise<R> {
    return this.evaluateSource<R>(fn.toString(), args);
  }

  /** Evaluates an expression (awaited) in the page; returns its JSON value. */
  evaluateExpression<R>(expression: string): Promise<R> {
    return this.evaluateSource<R>(`async () => (${expression})`, []);
  }

  private async evaluateSource<R>(fn: string, args: unknown[]): Promise<R> {
    const result = await this.call(fn, args, true);
    return (result?.type === 'string' ? JSON.parse(String(result.value)) : undefined) as R;
  }

  /** Polls `fn` in the page until it returns something truthy; returns that value. */
  waitFor<A extends unknown[], R>(what: string, fn: PageFunction<A, R>, ...args: A): Promise<NonNullable<R>> {
    return this.waitForSource<R>(what, fn.toString(), args);
  }

  private async waitForSource<R>(what: string, fn: string, args: unknown[]): Promise<NonNullable<R>> {
    const deadline = Date.now() + 10_000;
    let problem = '';
    for (;;) {
      // A page that is still loading may throw; remember why, in case it never stops.
      const value = await this.evaluateSource<R>(fn, args).catch((error: Error) => void (problem = error.message));
      if (value) return value as NonNullable<R>;
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what} in ${await this.url().catch(() => '?')}${problem ? ` (${problem})` : ''}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  url(): Promise<string> {
    return this.evaluate(() => location.href);
  }

  /**
   * Runs `fn` on the first element matching `selector` in the document or any open shadow root
   * (LinkedIn's 2026 dialog and Rapport's composer both live in one); null when none matches.
   */
  onElement<A extends unknown[], R>(selector: string, fn: (element: Element, ...args: A) => R, ...args: A): Promise<R | null> {
    return this.evaluateSource<R | null>(`(selector, ...a) => { const el = (${deepQuery})(selector); return el ? (${fn.toString()})(el, ...a) : null; }`, [selector, ...args]);
  }

  /** Waits until `selector` matches a visible element (through open shadow roots). */
  async waitForElement(selector: string): Promise<void> {
    await this.waitForSource(selector, `(selector) => { const el = (${deepQuery})(selector); return !!el && el.checkVisibility(); }`, [selector]);
  }

  /**
   * Clicks the element `selector` matches (through open shadow roots) with a real pointer, once
   * it is visible, has stopped moving and nothing covers its centre: the page sees trusted
   * pointer and click events. Like Playwright's actionability checks, a covered element is
   * waited for, then reported.
   */
  async click(selector: string): Promise<void> {
    await this.waitForElement(selector);
    await this.evaluate(() => void delete (window as { __rapportClickAt?: string }).__rapportClickAt);
    const hit = await this.waitForSource<string>(`${selector} to be clickable`, `(selector) => {
      const el = (${deepQuery})(selector);
      el.scrollIntoView({ block: 'center' });
      const box = el.getBoundingClientRect();
      const x = box.left + box.width / 2, y = box.top + box.height / 2;
      // Stable: the same place as at the last check (a dialog that is still growing moves it).
      const where = [box.left, box.top, box.width, box.height].join();
      const moved = window.__rapportClickAt !== where;
      window.__rapportClickAt = where;
      if (moved) return '';
      let top = document.elementFromPoint(x, y);
      while (top && top.shadowRoot) {
        const inner = top.shadowRoot.elementFromPoint(x, y);
        if (!inner || inner === top) break;
        top = inner;
      }
      for (let node = top; node; node = node.parentNode instanceof ShadowRoot ? node.parentNode.host : node.parentElement) {
        if (node === el) return 'ok';
      }
      window.__rapportCovered = top ? [top.tagName, top.id, top.getAttribute('data-rapport'), top.getAttribute('aria-label'), top.className].filter(Boolean).join(' ') : 'nothing';
      return '';
    }`, [selector]).catch(async (error: Error) => {
      const cover = await this.evaluate(() => (window as { __rapportCovered?: string }).__rapportCovered);
      throw new Error(cover ? `${error.message}; last covered by: ${cover}` : error.message);
    });
    if (hit !== 'ok') throw new Error(`${selector} is not clickable`);
    const element = await this.call(`(selector) => (${deepQuery})(selector)`, [selector], false);
    if (!element?.sharedId) throw new Error(`${selector}: not an element`);
    await this.bidi.send('input.performActions', {
      context: this.context,
      actions: [
        {
          type: 'pointer',
          id: 'mouse',
          parameters: { pointerType: 'mouse' },
          actions: [
            { type: 'pointerMove', x: 0, y: 0, origin: { type: 'element', element: { sharedId: element.sharedId } } },
            { type: 'pointerDown', button: 0 },
            { type: 'pointerUp', button: 0 },
          ],
        },
      ],
    });
  }

  /** Types `text` into whatever has focus, one real key press per character. */
  async type(text: string): Promise<void> {
    const actions = [...text].flatMap((value) => [
      { type: 'keyDown', value },
      { type: 'keyUp', value },
    ]);
    await this.bidi.send('input.performActions', { context: this.context, actions: [{ type: 'key', id: 'keyboard', actions }] });
  }

  /** Presses one key: a character or a WebDriver key code such as Keys.backspace. */
  press(key: string): Promise<void> {
    return this.type(key);
  }

  /** Holds each key down in order, then lets go in reverse: `chord(Keys.alt, Keys.shift, 'I')`. */
  async chord(...keys: string[]): Promise<void> {
    const actions = [...keys.map((value) => ({ type: 'keyDown', value })), ...[...keys].reverse().map((value) => ({ type: 'keyUp', value }))];
    await this.bidi.send('input.performActions', { context: this.context, actions: [{ type: 'key', id: 'keyboard', actions }] });
  }

  async close(): Promise<void> {
    await this.bidi.send('browsingContext.close', { context: this.context }).catch(() => undefined);
  }
}
