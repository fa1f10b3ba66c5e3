// The passive invitation lifecycle: what the person's own use of LinkedIn tells Rapport about
// invitations, without Rapport doing anything on LinkedIn. The sent-invitations page reports its
// rows; a Withdraw the person confirms (there, or from a profile's Pending control) is recorded.
// Accepted invitations are noticed from profile views (page-profile.ts, profile.observed).
// The reader of rows and withdrawals is in composer.js (composer/lifecycle/): fetched at once on
// the sent page, and on a profile at the person's first click that may start a withdrawal. Clicks
// made while it is on its way are kept and handed over, so a quick Pending → Withdraw still counts.
import type { PageFeature } from '../page';
import { mayStartWithdrawal, withdrawClickAt, type WithdrawClick } from '../../linkedin';
import type { LifecycleDeps, LifecycleWatch } from '../../composer/lifecycle';

export const lifecycle: PageFeature = {
  init(signal, page) {
    if (page.kind !== 'sent-invitations' && page.kind !== 'profile') return;
    const sentPage = page.kind === 'sent-invitations';
    const person = () => {
      const read = page.profile.person();
      return read?.profileUrl ? { profileUrl: read.profileUrl, name: read.fullName } : null;
    };
    const deps: LifecycleDeps = {
      sentPage,
      person,
    };
    let watch: LifecycleWatch | null = null;
    /**
     * The person's clicks while composer.js is on its way (null: not asked for), each taken as it
     * happened: by the time composer.js is here LinkedIn may have closed the confirmation dialog.
     */
    let early: WithdrawClick[] | null = null;
    const start = (): WithdrawClick[] => {
      const clicks: WithdrawClick[] = (early = []);
      void page.app.composer.load().then((module) => {
        early = null; // not loaded: a later click asks again
        if (!module || signal.aborted) return;
        watch = module.watchLifecycle(document, deps, signal);
        for (const taken of clicks) watch.click(taken);
      });
      return clicks;
    };
    document.addEventListener('click', (event) => {
      if (watch || !event.isTrusted) return; // once here, the reader hears clicks itself
      const taken = withdrawClickAt(event.composedPath()[0]);
      if (!taken) return;
      (early ?? (mayStartWithdrawal(taken.control, person()?.name ?? null) ? start() : null))?.push(taken);
    }, { capture: true, signal });
    if (!sentPage) return;
    start();
    // Per mutation batch: a timer check on the sent page.
    return { appBatch: () => watch?.batch() };
  },
};
