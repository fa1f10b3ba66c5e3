// A part of the composer's view drawn apart from the rest: the composer's tree holds an empty
// slot that Preact never updates, and the part is rendered into it as its own small root. A
// keystroke then redraws only what follows each keystroke (the count), not the whole composer.
// The slot is `display: contents` (styles.ts): the part lays out as if it sat in the tree itself.
import { Component, render, type ComponentChildren } from 'preact';

class Slot extends Component<{ into: (el: HTMLElement | null) => void }> {
  override shouldComponentUpdate(): boolean {
    return false;
  }
  override render() {
    return <span class="slot" ref={this.props.into} />;
  }
}

export interface OwnRoot {
  /** Put this where the part belongs in the composer's tree. */
  slot(): ComponentChildren;
  /** Draws the part (after the composer's tree was rendered, so the slot is there). */
  draw(node: ComponentChildren): void;
  clear(): void;
}

export function createOwnRoot(): OwnRoot {
  let el: HTMLElement | null = null;
  let drawnInto: HTMLElement | null = null;
  const into = (node: HTMLElement | null) => {
    el = node;
  };
  return {
    slot: () => <Slot into={into} />,
    draw(node) {
      if (!el) return;
      drawnInto = el;
      render(node, el);
    },
    clear() {
      if (drawnInto) render(null, drawnInto);
      drawnInto = null;
    },
  };
}
