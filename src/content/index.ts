// Content script entry: runs on https://www.linkedin.com/* only, reads what the person sees,
// and never clicks, scrolls or requests anything.
import { pageKind, readProfile, findInviteDialog } from '../linkedin';
import { profileKey } from '../core/profile-key';
import { runPerPage, type PageLifetime } from './lifetime';
import { isExtensionAlive } from './runtime';
import { forgetOpener, lastConnectOpener, trackOpeners } from './opener';
import { debugState } from './debug-state';
import { batchMayTouchDialog } from './dialog-hint';

function onPage(page: PageLifetime): void {
  debugState.url = page.url;
  debugState.pages += 1;
  forgetOpener();
  debugState.kind = pageKind(page.url, document);
  readCurrentProfile();
}

// Never keep the previous person: the profile is read afresh for every URL, and re-read on
// later batches while the top card still shows the previous page's person (LinkedIn changes
// the URL first and renders the new person a moment later).
let profileStale = false;
let previousVanity: string | null = null;
function readCurrentProfile(): void {
  const profile = debugState.kind === 'profile' ? readProfile(document, location.href) : null;
  const wanted = profileKey(location.href);
  profileStale = Boolean(profile?.vanity && profile.vanity === previousVanity && wanted !== previousVanity);
  debugState.profile = profileStale ? null : profile;
  if (!profileStale) previousVanity = profile?.vanity ?? null;
}

// LinkedIn's 2026 dialogs render inside the open shadow root of #interop-outlet, which a
// document observer does not see into: observe that root too, once it exists.
const observedShadows = new WeakSet<ShadowRoot>();
function observeShadowOutlet(): void {
  const shadow = document.getElementById('interop-outlet')?.shadowRoot;
  if (!shadow || observedShadows.has(shadow)) return;
  observedShadows.add(shadow);
  observer.observe(shadow, { childList: true, subtree: true });
}

let openDialog: Element | null = null;

function onMutations(records: MutationRecord[]): void {
  check();
  observeShadowOutlet();
  if (profileStale) readCurrentProfile();
  if (!batchMayTouchDialog(records, openDialog)) return;
  const dialog = findInviteDialog(document, { opener: lastConnectOpener(), pageUrl: location.href });
  openDialog = dialog?.root ?? null;
  debugState.dialog = dialog ? { stage: dialog.stage, limit: dialog.noteLimit, invitee: dialog.invitee } : null;
}

const root = new AbortController();
const check = runPerPage(onPage, isExtensionAlive, root);
trackOpeners(root.signal);

// One observer for the whole page, doing almost nothing per batch.
const observer = new MutationObserver(onMutations);
observer.observe(document, { childList: true, subtree: true });
observeShadowOutlet();
root.signal.addEventListener('abort', () => observer.disconnect(), { once: true });
