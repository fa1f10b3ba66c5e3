// A part of the composer's view that is drawn again only when its content changed. The composer
// is redrawn on every keystroke (its counter must always be right); parts that do not follow each
// keystroke (the request checklist, the facts line) hand the same node until they change, and
// Preact then leaves them as they are.
import { Component, type ComponentChildren } from 'preact';

export class Unchanged extends Component<{ node: ComponentChildren }> {
  override shouldComponentUpdate(next: { node: ComponentChildren }): boolean {
    return next.node !== this.props.node;
  }
  override render() {
    return this.props.node;
  }
}
