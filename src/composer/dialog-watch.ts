// Mounts one composer per open invite dialog and removes it when the dialog closes or changes
// step. Called on every mutation batch of the page's one observer, so the work per call is a
// few id/attribute lookups, and nothing at all while no dialog is open.

export interface WatchedDialog {
  /** The dialog element; identity tells "the same dialog" from a new one. */
  root: Element;
  /** Changes when LinkedIn moves the dialog to another step in place. */
  stage: string;
}

export interface Mounted {
  unmount(): void;
  /** False once LinkedIn re-rendered the part of the dialog holding our host. */
  isConnected(): boolean;
  /** The node it put in the page. */
  host?: Node;
}

export function createDialogWatch<D extends WatchedDialog>(
  find: () => D | null,
  mount: (dialog: D) => Mounted | null,
): { scan(): void; stop(): void } {
  let current: { dialog: D; mounted: Mounted | null } | null = null;

  const unmountCurrent = () => {
    current?.mounted?.unmount();
    current = null;
  };

  return {
    scan() {
      if (current && !current.dialog.root.isConnected) unmountCurrent();
      const dialog = find();
      if (!dialog) {
        unmountCurrent();
        return;
      }
      const same = current && current.dialog.root === dialog.root && current.dialog.stage === dialog.stage;
      if (same && current?.mounted?.isConnected() !== false) return;
      unmountCurrent();
      current = { dialog, mounted: mount(dialog) };
    },
    stop: unmountCurrent,
  };
}
