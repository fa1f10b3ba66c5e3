// The person's own Withdraw, noticed and never made: a capture-phase click listener sees the
// click on a row's Withdraw (sent-invitations page) or on a profile's Pending control, remembers
// whom it was for, and reports the withdrawal when the person confirms in LinkedIn's dialog.
// Eras without a confirmation count once the row has gone and no dialog is open. Only the person's
// own clicks count (event.isTrusted): a page script's click() neither arms nor confirms.
// Part of composer.js: content.js hands over the person's clicks made before it arrived (`click`).
import { confirmsWithdrawal, isPendingControl, pendingName, withdrawClickAt, withdrawDialogOpen, withdrawnName, type SentInvitation, type WithdrawClick } from '../../linkedin';
import { profileKey } from '../../core/profile-key';

export interface Person {
  profileUrl: string;
  name: string | null;
}

export interface WithdrawOptions {
  /** The profile page's person, for a withdrawal started from its Pending control. */
  person(): Person | null;
  /** `name`: whom the person saw it for, when known (the notice names them if it cannot be recorded). */
  report(profileUrl: string, name: string | null): void;
  /** The sent-invitations page, whose rows hold Withdraw controls (elsewhere clicks skip them). */
  sentPage: boolean;
  /** The sent page's rows as they are now (composer.js's reader; none before it is here). */
  rows(): SentInvitation[];
  now?: () => number;
  /** How long after a row's Withdraw an era without confirmation must have removed the row. */
  settleMs?: number;
}

/** A confirmation counts only this soon after the Withdraw it confirms. */
const ARMED_FOR_MS = 2 * 60_000;

const same = (a: string | null, b: string | null) => !a || !b || a.toLowerCase() === b.toLowerCase();

export interface WithdrawWatch {
  /** A click of the person's own (already checked trusted), as taken when it happened (withdrawClickAt). */
  click(taken: WithdrawClick): void;
}

export function watchWithdraws(doc: Document, options: WithdrawOptions, signal: AbortSignal): WithdrawWatch {
  const now = options.now ?? Date.now;
  let armed: (Person & { at: number }) | null = null;
  // A double click on the confirmation, or a dialog that lingers, reports a person once.
  const reported = new Set<string>();
  const fire = (profileUrl: string, name: string | null) => {
    armed = null;
    if (!reported.has(profileUrl)) options.report(profileUrl, name);
    reported.add(profileUrl);
  };
  const rows = () => options.rows();

  const click = ({ control, inDialog }: WithdrawClick) => {
    const named = withdrawnName(control);

    if (inDialog) {
      if (!confirmsWithdrawal(control, named)) {
        armed = null; // Cancel, Dismiss: this withdrawal is off
        return;
      }
      const who = armed && now() - armed.at < ARMED_FOR_MS && same(armed.name, named) ? armed : named ? byName(named) : null;
      if (who) fire(who.profileUrl, who.name);
      return;
    }

    const row = options.sentPage ? rows().find((r) => r.withdrawControl?.contains(control)) : undefined;
    if (row?.profileUrl) {
      const at = now();
      armed = { profileUrl: row.profileUrl, name: row.name, at };
      const gone = () => armed?.at === at && !rows().some((r) => r.profileUrl === row.profileUrl) && !openDialog();
      setTimeout(() => !signal.aborted && gone() && fire(row.profileUrl!, row.name), options.settleMs ?? 1500);
      return;
    }

    const pendingFor = pendingName(control);
    const person = isPendingControl(control, pendingFor) ? options.person() : null;
    // A Pending control for someone else (a sidebar card) is not this page's person: its link
    // (2026: the profile itself) or the name in its label must be the person's.
    const href = profileKey(control.getAttribute('href') ?? '');
    armed = person && (href ? href === profileKey(person.profileUrl) : same(person.name, pendingFor)) ? { ...person, at: now() } : null;
  };

  /** The row or the page's person a labelled confirmation names. */
  function byName(name: string): Person | null {
    const row = rows().find((r) => r.profileUrl && r.name && same(r.name, name));
    if (row?.profileUrl) return { profileUrl: row.profileUrl, name: row.name };
    const person = options.person();
    return person?.name && same(person.name, name) ? person : null;
  }

  const openDialog = () => withdrawDialogOpen(doc);

  doc.addEventListener('click', (event) => {
    const taken = event.isTrusted ? withdrawClickAt(event.composedPath()[0]) : null;
    if (taken) click(taken);
  }, { capture: true, signal });
  return { click };
}
