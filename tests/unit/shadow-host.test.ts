import { describe, expect, test } from 'vitest';
import { mountShadowHost } from '../../src/composer/shadow-host';

describe('mountShadowHost', () => {
  test('adds one host after the anchor, with an open shadow root holding style and container', () => {
    document.body.replaceChildren();
    const anchor = document.createElement('textarea');
    document.body.append(anchor);
    const mount = mountShadowHost(anchor, '.x { color: red }');
    expect(anchor.nextElementSibling).toBe(mount.host);
    expect(mount.host.getAttribute('data-rapport')).toBe('composer');
    expect(mount.host.shadowRoot).toBe(mount.shadow);
    expect(mount.shadow.querySelector('style')?.textContent).toContain(':host { all: initial');
    expect(mount.container.parentNode).toBe(mount.shadow);
    expect(document.body.children.length).toBe(2);
    mount.remove();
    expect(document.body.children.length).toBe(1);
  });
});
