import { describe, expect, test, vi } from 'vitest';
import { createDialogWatch, type WatchedDialog } from '../../../src/composer/dialog-watch';

function setup() {
  let open: WatchedDialog | null = null;
  const hosts: HTMLElement[] = [];
  const mount = vi.fn((dialog: WatchedDialog) => {
    const host = document.createElement('div');
    dialog.root.append(host);
    hosts.push(host);
    return { unmount: () => host.remove(), isConnected: () => host.isConnected };
  });
  const watch = createDialogWatch(() => open, mount);
  return { watch, mount, hosts, setOpen: (d: WatchedDialog | null) => (open = d) };
}

describe('createDialogWatch', () => {
  test('mounts once per dialog however many mutation batches arrive', () => {
    const { watch, mount, setOpen } = setup();
    const root = document.createElement('div');
    document.body.append(root);
    setOpen({ root, stage: 'note' });
    for (let i = 0; i < 10; i++) watch.scan();
    expect(mount).toHaveBeenCalledTimes(1);
  });

  test('remounts when the step changes in place, and unmounts when the dialog closes', () => {
    const { watch, mount, hosts, setOpen } = setup();
    const root = document.createElement('div');
    document.body.append(root);
    setOpen({ root, stage: 'add-note-prompt' });
    watch.scan();
    setOpen({ root, stage: 'note' });
    watch.scan();
    expect(mount).toHaveBeenCalledTimes(2);
    expect(hosts[0]!.isConnected).toBe(false);
    setOpen(null);
    watch.scan();
    expect(hosts[1]!.isConnected).toBe(false);
  });

  test('remounts when LinkedIn re-rendered our host away, and unmounts a detached dialog', () => {
    const { watch, mount, hosts, setOpen } = setup();
    const root = document.createElement('div');
    document.body.append(root);
    setOpen({ root, stage: 'note' });
    watch.scan();
    hosts[0]!.remove();
    watch.scan();
    expect(mount).toHaveBeenCalledTimes(2);
    root.remove();
    setOpen(null);
    watch.scan();
    expect(hosts[1]!.isConnected).toBe(false);
  });
});
