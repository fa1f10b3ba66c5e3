// composer/shadow-host.ts as a plain element (vi.mock stand-in for the notice's tests): the notice's
// content is read whatever the real root's mode; shadow-host.test.ts covers the real host.
export function mountShadowHost(anchor: Element) {
  const host = anchor.ownerDocument.createElement('section');
  const container = anchor.ownerDocument.createElement('div');
  host.append(container);
  anchor.after(host);
  return { host, shadow: null, container, remove: () => host.remove() };
}
