import { describe, expect, test, vi } from 'vitest';
import { mountShadowHost } from '../../../src/composer/shadow-host';

describe('mountShadowHost', () => {
  test('adds one bare host after the anchor, with a closed shadow root holding style and container', () => {
    document.body.replaceChildren();
    const anchor = document.createElement('textarea');
    document.body.append(anchor);
    const attach = vi.spyOn(Element.prototype, 'attachShadow');
    const mount = mountShadowHost(anchor, '.x { color: red }');
    expect(attach).toHaveBeenCalledWith({ mode: 'closed' });
    attach.mockRestore();
    expect(anchor.nextElementSibling).toBe(mount.host);
    // Nothing the page could read: a <div> with no attribute, no child, no shadowRoot to open.
    expect(mount.host.tagName).toBe('DIV');
    expect(mount.host.attributes).toHaveLength(0);
    expect(mount.host.childNodes).toHaveLength(0);
    expect(mount.host.shadowRoot).toBeNull();
    expect(mount.shadow.host).toBe(mount.host);
    expect(mount.shadow.querySelector('style')?.textContent).toContain(':host { all: initial');
    expect(mount.container.parentNode).toBe(mount.shadow);
    expect(document.body.children.length).toBe(2);
    mount.remove();
    expect(document.body.children.length).toBe(1);
  });
});
