// Reaching UI inside a closed shadow root the way a person and assistive technology do, in
// Chromium: the DevTools protocol sees the whole tree (`DOM.getDocument` with `pierce`), finds a
// part by its `data-part` there, and a click is a real mouse press at the part's position on
// screen (`Input.dispatchMouseEvent`, trusted like a person's; see closed-part.ts). Nothing here
// needs a hook in the extension: the page's own scripts cannot do any of this (they have no CDP).
import type { CDPSession, Page } from 'playwright-core';

/** A node of `DOM.getDocument({ depth: -1, pierce: true })`. */
export interface DomNode {
  nodeId: number;
  backendNodeId: number;
  nodeType: number;
  nodeName: string;
  nodeValue?: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
  shadowRootType?: 'open' | 'closed' | 'user-agent';
  contentDocument?: DomNode;
  templateContent?: DomNode;
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();

/** One DevTools session per page, opened on first use. */
export function cdpOf(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) {
    session = page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  return session;
}

export const attr = (node: DomNode, name: string): string | null => {
  const list = node.attributes ?? [];
  for (let i = 0; i < list.length; i += 2) if (list[i] === name) return list[i + 1] ?? '';
  return null;
};

export function* walk(node: DomNode): Generator<DomNode> {
  yield node;
  for (const root of node.shadowRoots ?? []) yield* walk(root);
  if (node.contentDocument) yield* walk(node.contentDocument);
  for (const child of node.children ?? []) yield* walk(child);
}

/** The text a node holds (its text nodes in document order; shadow and <style> text left out). */
export function textOf(node: DomNode): string {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  if (node.nodeName === 'STYLE' || node.nodeName === 'SCRIPT') return '';
  return (node.children ?? []).map(textOf).join('');
}

/** Every closed shadow root in the page, with its host. */
export async function closedRoots(page: Page): Promise<{ host: DomNode; root: DomNode }[]> {
  const cdp = await cdpOf(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as unknown as { root: DomNode };
  const found: { host: DomNode; root: DomNode }[] = [];
  for (const node of walk(root)) {
    for (const shadow of node.shadowRoots ?? []) if (shadow.shadowRootType === 'closed') found.push({ host: node, root: shadow });
  }
  return found;
}

/**
 * What has focus, looking through open and closed shadow roots (as assistive technology sees
 * it): the innermost focused element's aria-label and data-part.
 */
export async function focusedElement(page: Page): Promise<{ label: string | null; part: string | null; tag: string } | null> {
  const cdp = await cdpOf(page);
  let { result } = await cdp.send('Runtime.evaluate', { expression: 'document.activeElement' });
  for (let depth = 0; result.objectId && depth < 20; depth += 1) {
    const { node } = await cdp.send('DOM.describeNode', { objectId: result.objectId, depth: 1, pierce: true });
    const shadow = (node as unknown as DomNode).shadowRoots?.[0];
    if (!shadow) break;
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    const inner = await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId!, functionDeclaration: 'function () { return this.activeElement; }' });
    if (!inner.result.objectId) break;
    result = inner.result;
  }
  if (!result.objectId) return null;
  const described = await cdp.send('Runtime.callFunctionOn', {
    objectId: result.objectId,
    functionDeclaration: 'function () { return { label: this.getAttribute("aria-label"), part: this.getAttribute("data-part"), tag: this.tagName }; }',
    returnByValue: true,
  });
  return described.result.value as { label: string | null; part: string | null; tag: string };
}
