// The note composer as content.js's invite-dialog feature mounts it (content/invite-dialog.ts):
// one mounter per page, given the page's person, data and outbox. Here, in composer.js, because
// only an open dialog needs it: what an invitation's reports say, and LinkedIn's weekly-limit
// dialog right after a Send taking that invitation back (it was never sent).
import type { InviteDialog } from '../linkedin';
import type { RequestInputOf } from '../shared/messages';
import { mountComposer, type ComposerDeps, type MountedComposer } from './mount';
import { stepHosts } from './step-hosts';

/** LinkedIn's weekly-limit dialog this soon after a Send means that invitation was never sent. */
const REFUSAL_WITHIN_MS = 60_000;

export type InviteReport = RequestInputOf<'invitation.sent'> | RequestInputOf<'invitation.refused'> | RequestInputOf<'profile.correct'>;

export interface InviteHost extends Pick<ComposerDeps, 'profile' | 'data' | 'refresh' | 'current'> {
  /** Whether `dialog`'s step may have been painted without a composer yet (placement.ts). */
  painted(dialog: InviteDialog): boolean;
  /** The outbox (composer/reports.ts); `who` names the person in its notice, null: no notice. */
  record(report: InviteReport, who: string | null): void;
  newReportId(): string;
}

export function inviteMounter(host: InviteHost): (dialog: InviteDialog) => MountedComposer | null {
  let lastReported: { profileUrl: string; name: string; reportId: string; at: number } | null = null;
  // One dialog's steps hand the composer's host on (step-hosts.ts).
  const hosts = stepHosts();
  return (dialog) => {
    if (dialog.stage === 'weekly-limit' && lastReported && Date.now() - lastReported.at <= REFUSAL_WITHIN_MS) {
      const { profileUrl, name, reportId } = lastReported;
      host.record({ type: 'invitation.refused', profileUrl, sentReportId: reportId, reportId: host.newReportId() }, name);
      lastReported = null;
    }
    return mountComposer(dialog, {
      profile: host.profile,
      data: host.data,
      refresh: host.refresh,
      current: host.current,
      painted: () => host.painted(dialog),
      now: Date.now,
      hosts,
      report: (sent) => {
        const at = Date.now();
        const reportId = host.newReportId();
        lastReported = { profileUrl: sent.profileUrl, name: sent.name, reportId, at };
        // The time of the click, not of a delivery that may come after retries.
        host.record({ ...sent, sentAt: new Date(at).toISOString(), reportId }, sent.name);
      },
      correct: (profileUrl, corrections) => host.record({ type: 'profile.correct', profileUrl, corrections, reportId: host.newReportId() }, null),
    });
  };
}
