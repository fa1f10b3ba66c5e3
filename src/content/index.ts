// Content script entry: runs on https://www.linkedin.com/* only, reads what the person sees,
// mounts the note composer in the invite dialog, and never clicks, scrolls or requests anything.
// What lives as long as the document is set up here (the observers, the composer's code and
// data); everything about the page in view is one page object per URL (page.ts).
import { pageKind } from '../linkedin';
import { createComposerData } from '../composer/data';
import { runPerPage } from './lifetime';
import { isExtensionAlive } from './runtime';
import { createComposerLoader } from './composer-loader';
import { send } from './send';
import { reportsDelivered } from './reports';
import { watchScopes } from './scope-watch';
import { startPage, type App, type StartedPage } from './page';
import { NO_ONE_SEEN } from './page-profile';

function main(): void {
  const root = new AbortController();
  let page: StartedPage | null = null;
  const scopes = watchScopes(
    document,
    (records) => {
      check();
      page?.hooks.forEach((h) => h.dialogBatch?.(records));
    },
    () => {
      check();
      page?.hooks.forEach((h) => h.appBatch?.());
    },
    root.signal,
  );
  const app: App = {
    scopes,
    composer: createComposerLoader(),
    // After this page's own reports: the composer's guard and counts then include them.
    data: createComposerData(async (profileUrl) => {
      await reportsDelivered();
      return send({ type: 'composer.load', profileUrl });
    }),
  };
  const check = runPerPage((lifetime) => {
    page = startPage(lifetime, app, page?.seen() ?? NO_ONE_SEEN);
  }, isExtensionAlive, root);
}

// composer.js's own-profile reading asks here, so it needs no top-card reader of its own.
(globalThis as { __rapportOwnProfile?: () => boolean }).__rapportOwnProfile = () => pageKind(location.href, document) === 'own-profile';

main();
