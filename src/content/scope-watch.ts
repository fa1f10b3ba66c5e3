// Watches only where an invite dialog can appear, so the feed, notifications and the profile
// itself cost Rapport nothing: the body's own child list (no subtree: a new outlet, host or
// native dialog arrives there), and the subtrees of the body children that are not the
// application (LinkedIn's modal outlets, the 2026 interop shadow root, toasts, menus). Where those
// are is linkedin/dialog-containers.ts's call. Pages that need the application's own changes
// (the sent-invitations list) ask for them with watchApp(). A body change that only adds or
// removes scripts, styles or text (pages do that all day) cannot bring or take a dialog or a
// container: it is dropped before any lookup — except while a known shadow host (the interop
// outlet) has no root yet: attaching one makes no mutation record, so the next body batch,
// whatever it holds, is when the root is found (a look at those few hosts, no query).
import { dialogContainers, isInert, isShadowHost, type DialogContainers, type Scope } from '../linkedin';

export interface ScopeWatch {
  /** Looks for containers again (a shadow root attached after load, a renamed outlet) and returns them. */
  adopt(): DialogContainers;
  /** Also watch a dialog found outside every known container (a layout we do not know yet). */
  include(scope: Scope): void;
  /** On pages whose content Rapport reads as it loads, the application is watched too. */
  watchApp(on: boolean): void;
}

const SUBTREE: MutationObserverInit = { childList: true, subtree: true };
const NONE: DialogContainers = { scopes: [], app: [] };
/** Whether `nodes` holds an element that could be (or hold) a container or a dialog. Allocates nothing. */
function hasLiveElement(nodes: NodeList): boolean {
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node.nodeType === 1 && !isInert(node as Element)) return true;
  }
  return false;
}

/** Whether a batch of body child-list records added or removed such an element. */
export function changesBodyChildren(records: readonly MutationRecord[]): boolean {
  for (let r = 0; r < records.length; r++) {
    const record = records[r]!;
    if (hasLiveElement(record.addedNodes) || hasLiveElement(record.removedNodes)) return true;
  }
  return false;
}

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
  /** Known shadow hosts among the containers whose root was not there at the last adopt(). */
  let rootless: Element[] = [];

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

  function adopt(): DialogContainers {
    if (signal.aborted) return NONE;
    const found = dialogContainers(doc);
    if (!sameList(found.scopes, scopes)) observeScopes(found.scopes);
    observeApp(found.app, appWatched);
    rootless = found.scopes.filter((s): s is Element => s.nodeType === 1 && !(s as Element).shadowRoot && isShadowHost(s as Element));
    return found;
  }

  const bodyObserver = new MutationObserver((records) => {
    if (!changesBodyChildren(records)) {
      if (rootless.some((host) => host.shadowRoot)) adopt();
      return;
    }
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
