// A part of a UI inside a closed shadow root, found through CDP (closed-root.ts) and used the way
// a person does: read, waited for, clicked with a real mouse press at its position, chosen from
// with the keyboard. Shaped like a Playwright locator, so composer tests read the same.
import type { Page } from 'playwright-core';
import { attr, cdpOf, closedRoots, textOf, walk, type DomNode } from './closed-root';

export interface PartFilter {
  hasText?: string | RegExp;
}

/** A snapshot of one matching element: what the tree says about it. */
export interface PartNode {
  backendNodeId: number;
  text: string;
  attribute(name: string): string | null;
  node: DomNode;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The elements with `data-part="<part>"` inside the closed shadow roots that `scope` picks
 * (default: every closed root holding a `data-part="composer"`), like a Playwright locator:
 * looked up again at every call, waiting where Playwright's would.
 */
export class ClosedPart {
  constructor(
    private readonly page: Page,
    readonly part: string,
    private readonly options: PartFilter & { rootHas?: string; index?: number } = {},
  ) {}

  filter(filter: PartFilter): ClosedPart {
    return new ClosedPart(this.page, this.part, { ...this.options, ...filter });
  }

  /** The match at `index` (in document order), as Playwright's locator.nth(). */
  nth(index: number): ClosedPart {
    return new ClosedPart(this.page, this.part, { ...this.options, index });
  }

  /** The matches now, in document order. */
  async nodes(): Promise<PartNode[]> {
    const rootHas = this.options.rootHas ?? 'composer';
    const matches: PartNode[] = [];
    for (const { root } of await closedRoots(this.page)) {
      const inRoot = [...walk(root)];
      if (!inRoot.some((n) => attr(n, 'data-part') === rootHas)) continue;
      for (const node of inRoot) {
        if (attr(node, 'data-part') !== this.part) continue;
        const text = textOf(node);
        const want = this.options.hasText;
        if (want !== undefined && !(typeof want === 'string' ? text.includes(want) : want.test(text))) continue;
        matches.push({ backendNodeId: node.backendNodeId, text, attribute: (name) => attr(node, name), node });
      }
    }
    if (this.options.index === undefined) return matches;
    const one = matches[this.options.index];
    return one ? [one] : [];
  }

  async count(): Promise<number> {
    return (await this.nodes()).length;
  }

  /** Polls until the first match passes `ready`; fails with `what` after `timeout` ms. */
  private async first(what: string, ready: (node: PartNode) => Promise<boolean> | boolean = () => true, timeout = 10_000): Promise<PartNode> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const [node] = await this.nodes();
      if (node && (await ready(node))) return node;
      if (Date.now() > deadline) throw new Error(`Timed out after ${timeout} ms waiting for the composer's "${this.part}" ${what}`);
      await sleep(50);
    }
  }

  /** Where the element is on screen: the centre of its first content quad, or null if not rendered. */
  private async centre(node: PartNode): Promise<{ x: number; y: number } | null> {
    const cdp = await cdpOf(this.page);
    const reply = await cdp.send('DOM.getContentQuads', { backendNodeId: node.backendNodeId }).catch(() => null);
    const quad = reply?.quads[0];
    if (!quad) return null;
    const xs = [quad[0]!, quad[2]!, quad[4]!, quad[6]!];
    const ys = [quad[1]!, quad[3]!, quad[5]!, quad[7]!];
    const width = Math.max(...xs) - Math.min(...xs);
    const height = Math.max(...ys) - Math.min(...ys);
    if (width < 1 || height < 1) return null;
    return { x: xs.reduce((a, b) => a + b) / 4, y: ys.reduce((a, b) => a + b) / 4 };
  }

  async isVisible(): Promise<boolean> {
    const [node] = await this.nodes();
    return !!node && (await this.centre(node)) !== null;
  }

  async waitFor(options: { state?: 'attached' | 'visible' | 'detached'; timeout?: number } = {}): Promise<void> {
    const state = options.state ?? 'visible';
    const timeout = options.timeout ?? 10_000;
    if (state === 'detached') {
      const deadline = Date.now() + timeout;
      while ((await this.count()) > 0) {
        if (Date.now() > deadline) throw new Error(`Timed out waiting for the composer's "${this.part}" to go`);
        await sleep(50);
      }
      return;
    }
    await this.first(state === 'visible' ? 'to be visible' : 'to exist', async (n) => state === 'attached' || (await this.centre(n)) !== null, timeout);
  }

  // Text is read from the live element: CDP's tree cuts long text nodes at 10,000 characters.
  async textContent(): Promise<string> {
    return this.evaluateOn(await this.first('to exist'), (el) => el.textContent ?? '');
  }

  async allTextContents(): Promise<string[]> {
    const nodes = await this.nodes();
    return Promise.all(nodes.map((n) => this.evaluateOn(n, (el) => el.textContent ?? '')));
  }

  async getAttribute(name: string): Promise<string | null> {
    return (await this.first('to exist')).attribute(name);
  }

  async isDisabled(): Promise<boolean> {
    return (await this.first('to exist')).attribute('disabled') !== null;
  }

  /**
   * Runs `fn` on the first match through the DevTools protocol (Runtime.callFunctionOn on the
   * node CDP resolved): for what only the live element knows, such as its computed style.
   */
  async evaluate<R>(fn: (element: Element) => R): Promise<R> {
    return this.evaluateOn(await this.first('to exist'), fn);
  }

  private async evaluateOn<R, A extends unknown[]>(node: PartNode, fn: (element: Element, ...args: A) => R, ...args: A): Promise<R> {
    const cdp = await cdpOf(this.page);
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: node.backendNodeId });
    const reply = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      functionDeclaration: `function (...args) { return (${fn.toString()})(this, ...args); }`,
      arguments: args.map((value) => ({ value })),
      returnByValue: true,
    });
    await cdp.send('Runtime.releaseObject', { objectId: object.objectId! }).catch(() => undefined);
    if (reply.exceptionDetails) throw new Error(`In the page: ${reply.exceptionDetails.exception?.description ?? reply.exceptionDetails.text}`);
    return reply.result.value as R;
  }

  /**
   * A person's click: waits until the element is visible, enabled, has stopped moving and is
   * what the page shows at its centre (nothing covers it), then presses the mouse there.
   */
  async click(): Promise<void> {
    const cdp = await cdpOf(this.page);
    let last = '';
    let at: { x: number; y: number } | null = null;
    await this.first('to be clickable', async (node) => {
      if (node.attribute('disabled') !== null) return false;
      await cdp.send('DOM.scrollIntoViewIfNeeded', { backendNodeId: node.backendNodeId }).catch(() => undefined);
      const centre = await this.centre(node);
      if (!centre) return false;
      const where = `${centre.x},${centre.y}`;
      const stable = where === last;
      last = where;
      if (!stable) return false;
      // What is shown at the centre, asked of the part's own (closed) root, which CDP handed us.
      const onTop = await this.evaluateOn(node, (el, x, y) => {
        const hit = (el.getRootNode() as ShadowRoot).elementFromPoint(x, y);
        return !!hit && (hit === el || el.contains(hit));
      }, centre.x, centre.y);
      if (!onTop) return false;
      at = centre;
      return true;
    });
    const point = at as { x: number; y: number } | null;
    if (!point) throw new Error(`the composer's "${this.part}" is not clickable`);
    await this.page.mouse.click(point.x, point.y);
  }

  /** The labels of a <select>'s options, as shown. */
  async optionLabels(): Promise<string[]> {
    const [node] = await this.nodes();
    return (node?.node.children ?? []).filter((c) => c.nodeName === 'OPTION').map(textOf);
  }

  /** Focuses the element as Tab would reach it (DOM.focus through the protocol). */
  async focus(): Promise<void> {
    const node = await this.first('to exist');
    const cdp = await cdpOf(this.page);
    await cdp.send('DOM.focus', { backendNodeId: node.backendNodeId });
  }

  /**
   * Chooses an option of a <select> with the keyboard, as a person without a mouse does:
   * focus, then arrow keys (real key events, so the page sees a trusted `change`).
   */
  async selectOption(choice: string | { label: string }): Promise<void> {
    const node = await this.first('to exist');
    const options = (node.node.children ?? []).filter((c) => c.nodeName === 'OPTION');
    const values = options.map((c) => (typeof choice === 'string' ? attr(c, 'value') : textOf(c)));
    const value = typeof choice === 'string' ? choice : choice.label;
    const target = values.indexOf(value);
    if (target < 0) throw new Error(`the composer's "${this.part}" has no option ${value} (has ${values.join(', ')})`);
    await this.focus();
    for (let i = 0; i < values.length + 1; i += 1) {
      const current = await this.evaluate((el) => (el as HTMLSelectElement).selectedIndex);
      if (current === target) return;
      await this.page.keyboard.press(current < target ? 'ArrowDown' : 'ArrowUp');
    }
    throw new Error(`could not choose ${value} in the composer's "${this.part}"`);
  }
}
