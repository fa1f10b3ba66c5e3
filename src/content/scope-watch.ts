// Watches only where an invite dialog can appear, so the feed, notifications and the profile
// itself cost Rapport nothing: the body's own child list (no subtree: a new outlet, host or
// native dialog arrives there), and the subtrees of the body children that are not the
// application (LinkedIn's modal outlets, the 2026 interop shadow root, toasts, menus). Where those
// are is linkedin/dialog-containers.ts's call. Pages that need the application's own changes
// (the sent-invitations list) ask for them with watchApp().
import { dialogContainers, type Scope } from '../linkedin';

export interface ScopeWatch {
  /** Looks for containers again: a shadow root attached after load, a renamed outlet. */
  adopt(): void;
  /** Also watch a dialog found outside every known container (a layout we do not know yet). */
  include(scope: Scope): void;
  /** On pages whose content Rapport reads as it loads, the application is watched too. */
  watchApp(on: boolean): void;
}

const SUBTREE: MutationObserverInit = { childList: true, subtree: true };

export function watchScopes(
  doc: Document,
  onDialogBatch: (records: MutationRecord[]) => void,
  onAppBatch: (records: MutationRecord[]) => void,
  signal: AbortSignal,
): ScopeWatch {
  const scopeObserver = new MutationObserver(onDialogBatch);
  const appObserver = new MutationObserver(onAppBatch);
  let scopes: Scope[] = [];
  const extra = new Set<Scope>();
  let app: Element[] = [];
  let appWatched = false;

  const sameList = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((x, i) => x === b[i]);

  function observeScopes(next: Scope[]): void {
    // Records already queued belong to the containers we are about to stop watching.
    const pending = scopeObserver.takeRecords();
    scopeObserver.disconnect();
    scopes = next;
    for (const scope of scopes) scopeObserver.observe(scope, SUBTREE);
    for (const scope of extra) if (scope.isConnected) scopeObserver.observe(scope, SUBTREE);
    if (pending.length) onDialogBatch(pending);
  }

  function observeApp(next: Element[], on: boolean): void {
    if (on === appWatched && sameList(next, app)) return;
    appObserver.disconnect();
    app = next;
    appWatched = on;
    if (on) for (const el of app) appObserver.observe(el, SUBTREE);
  }

  function adopt(): void {
    if (signal.aborted) return;
    const found = dialogContainers(doc);
    if (!sameList(found.scopes, scopes)) observeScopes(found.scopes);
    observeApp(found.app, appWatched);
  }

  const bodyObserver = new MutationObserver((records) => {
    adopt();
    onDialogBatch(records);
  });
  if (doc.body) bodyObserver.observe(doc.body, { childList: true });
  adopt();

  signal.addEventListener('abort', () => {
    bodyObserver.disconnect();
    scopeObserver.disconnect();
    appObserver.disconnect();
  }, { once: true });

  return {
    adopt,
    include(scope) {
      if (extra.has(scope) || scopes.some((s) => s === scope || (s as Node).contains(scope as Node))) return;
      extra.add(scope);
      scopeObserver.observe(scope, SUBTREE);
    },
    watchApp(on) {
      observeApp(app, on);
    },
  };
}
