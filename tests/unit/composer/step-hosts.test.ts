// One dialog's steps hand the composer's host on (composer/step-hosts.ts), through the real
// mounter content.js uses (composer/invite-mounter.ts): LinkedIn replaces the first step's content
// with the note box in the same [role=dialog], as the simulator and the 2024/2026 markup do.
import { expect, test } from 'vitest';
import { h, render } from 'preact';
import { findInviteDialog, type InviteDialog } from '../../../src/linkedin';
import { inviteMounter } from '../../../src/composer/invite-mounter';
import { stepHosts } from '../../../src/composer/step-hosts';
import { data, lastShadowRoot, shadowRoots, step1, step2, useMountPage } from './mount-page';

useMountPage();

function pageMounter() {
  return inviteMounter({
    profile: () => null,
    data: () => data(),
    refresh: () => new Promise(() => undefined),
    current: () => findInviteDialog(document),
    painted: () => false,
    record: () => undefined,
    newReportId: () => 'id',
  });
}

/** LinkedIn moving the open dialog on: the same dialog element, its content replaced. */
function moveToNoteStep(dialog: InviteDialog): InviteDialog {
  const next = new DOMParser().parseFromString(step2(300), 'text/html').querySelector('[role="dialog"]')!;
  dialog.root.replaceChildren(...next.childNodes);
  return findInviteDialog(document)!;
}

const hostsIn = (dialog: InviteDialog) => Array.from(dialog.root.querySelectorAll('div')).filter((el) => el.attributes.length === 0);
const part = (name: string) => lastShadowRoot()?.querySelector(`[data-part="${name}"]`) ?? null;
const microtasks = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

test('the note step draws in the host the first step left: one host, at the note step\'s place, the note composer alone in it', async () => {
  document.body.innerHTML = step1('Ada Lovelace');
  const mount = pageMounter();
  const first = findInviteDialog(document)!;
  const prompt = mount(first)!;
  const [host] = hostsIn(first);
  expect(part('show-add-note')).not.toBeNull();

  const note = moveToNoteStep(first);
  prompt.unmount();
  const composer = mount(note)!;
  expect(note.root).toBe(first.root);
  expect(shadowRoots).toHaveLength(1); // no second root, no second stylesheet
  expect(hostsIn(note)).toEqual([host]);
  expect(host!.nextElementSibling).toBe(document.querySelector('.artdeco-modal__actionbar'));
  expect(part('show-add-note')).toBeNull();
  expect(part('composer')?.getAttribute('data-step')).toBe('note');
  expect((part('insert') as HTMLButtonElement).disabled).toBe(false);
  expect(part('counter')?.textContent).toBe('0/300');
  expect(lastShadowRoot()!.querySelectorAll('style')).toHaveLength(1);
  await microtasks();
  expect(part('composer')?.getAttribute('data-step')).toBe('note'); // not taken down after the task
  expect(composer.isConnected()).toBe(true);
  composer.unmount();
  expect(host!.isConnected).toBe(false);
});

test('a host nobody takes (the dialog closed) leaves the page at once and its tree is taken down after the task', async () => {
  document.body.innerHTML = step1('Ada Lovelace');
  const first = findInviteDialog(document)!;
  const prompt = pageMounter()(first)!;
  const [host] = hostsIn(first);
  const root = lastShadowRoot()!;
  prompt.unmount();
  expect(host!.isConnected).toBe(false);
  expect(root.querySelector('[data-part="composer"]')).not.toBeNull(); // still waiting for a next step
  await microtasks();
  expect(root.querySelector('[data-part="composer"]')).toBeNull();
});

test('another dialog gets a host of its own; a waiting host goes once a second one is released', async () => {
  const hosts = stepHosts();
  const [a, b] = [document.createElement('div'), document.createElement('div')];
  const first = hosts.take(a, document);
  expect(first.host.isConnected).toBe(false); // placed by the composer once drawn
  render(h('p', null, 'first'), first.container);
  hosts.release(a, first);
  const other = hosts.take(b, document);
  expect(other.host).not.toBe(first.host);
  hosts.release(b, other);
  expect(first.container.textContent).toBe(''); // taken down: another host waits now
  expect(hosts.take(a, document).host).not.toBe(first.host);
  const again = hosts.take(b, document);
  expect(again.host).toBe(other.host);
  expect(again.container).not.toBe(other.container); // an empty one, in the same root
  expect(again.container.parentNode).toBe(other.shadow);
  expect(other.shadow.querySelectorAll('div')).toHaveLength(1);
  await microtasks();
});
