// What the composer needs from the content script (content/invite-dialog.ts gives it), and the
// composer's view of the data: kept apart from mount.tsx so the controller stays one concern.
import type { InviteDialog, ProfileRead } from '../linkedin';
import type { Corrections } from '../core/corrections';
import { invitationTemplates } from '../core/template-choice';
import type { AiPort } from './writing-help';
import { fallbackSettings, type ComposerData, type StoredComposerData } from './data';
import type { InvitationSent } from './note-context';
import type { StepHosts } from './step-hosts';
import { memoLast } from './memo-last';

export interface ComposerDeps {
  /** This page's person (null when it is not a profile page or not read yet). */
  profile(): ProfileRead | null;
  data(): StoredComposerData;
  /** Asks the background again, about this person; resolves with the (possibly unchanged) data. */
  refresh(profileUrl: string | undefined): Promise<StoredComposerData>;
  report(sent: InvitationSent): void;
  /** The dialog as the page shows it now (LinkedIn may have re-rendered its buttons). */
  current(): InviteDialog | null;
  now(): number;
  /** Whether this dialog step may have been painted without a composer yet (placement.ts). */
  painted?(): boolean;
  /** Where writing help asks Chrome's model (default: the worker, by message). */
  ai?: AiPort;
  /** The talking point chosen for this person, if any (offered to "Weave in"). */
  talkingPoint?(): string | null;
  /** Draws the note step whole in its first draw (the warm-up: nothing waits for it, all of it is to be compiled). */
  wholeAtOnce?: boolean;
  /** Keeps the person's corrections of what was read about this profile (the whole set). */
  correct?(profileUrl: string, corrections: Corrections): void;
  /** Where the host comes from and goes to (step-hosts.ts): one dialog's steps hand theirs on; default a host of its own. */
  hosts?: StepHosts;
}

/** A mounted composer (dialog-watch.ts removes it when its dialog closes or moves on). */
export interface MountedComposer {
  unmount(): void;
  /** False once LinkedIn re-rendered the part of the dialog holding our host. */
  isConnected(): boolean;
  /** The one node it put in LinkedIn's page (content/invite-dialog.ts knows its own insertion). */
  host?: Element;
}

/**
 * The composer's view of the data: the invitation templates (Rapport's starters when the person
 * has none, or the background has not answered yet) and the settings over their defaults.
 */
export function withStarters(data: StoredComposerData): ComposerData {
  return { ...data, settings: { ...fallbackSettings, ...data.settings }, templates: invitationTemplates(data.templates) };
}


/** The same stored data (each dialog's, until a refresh answers) gives the same view of it, made once. */
export const composerData = /* @__PURE__ */ memoLast(withStarters);
