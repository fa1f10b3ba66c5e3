// Templates and settings the composer needs. Fetched from the background ahead of time (on
// pages where a Connect control can be), so an opening dialog gets the composer at once, and
// refreshed whenever a dialog opens (templates may have changed in another tab). Without a
// background (updated, or not answering) the composer works with the starter templates and
// the default settings.
import type { Settings, Template } from '../core/schemas';
import type { ProfileGuard } from '../shared/messages';
import type { Corrections } from '../core/corrections';

export interface ComposerData {
  templates: Template[];
  settings: Settings;
  /** What the background knows about this person (earlier invitation, quotas); null if nothing. */
  guard: ProfileGuard | null;
  /** The profile the guard and corrections are about (one person's never show for another). */
  guardFor: string | null;
  /** What the person typed over what is read about that profile (absent: nothing). */
  corrections?: Corrections;
}

/**
 * What content.js's store holds (createComposerData): the background's answer as it came, settings
 * null until it has come. The composer sees it whole (deps.ts withStarters: the defaults below), so
 * content.js, on every LinkedIn page, carries no copy of the defaults.
 */
export interface StoredComposerData extends Omit<ComposerData, 'settings'> {
  settings: Settings | null;
}

export type LoadComposerData = (profileUrl: string | undefined) => Promise<{ templates: Template[]; settings: Settings; guard: ProfileGuard | null; corrections?: Corrections }>;

/**
 * The schema's defaults (src/core/schemas.ts), written out: the content script cannot import zod.
 * tests/unit/composer/composer-data.test.ts checks they stay equal.
 */
export const fallbackSettings: Settings = {
  followUpAfterDays: 7,
  giveUpAfterDays: 21,
  conversationFollowUpAfterDays: 7,
  conversationCloseAfterDays: 14,
  myName: '',
  myInterest: '',
  noteLimit: 'auto',
  monthlyNoteQuota: 5,
  weeklyInviteBudget: 100,
  insightsMinAgeDays: 21,
  composerMode: 'dialog',
  writingHelp: true,
  about: { schools: [], employers: [], location: '', languages: [] },
};

export interface ComposerDataStore {
  /** What the composer has now (no templates until the background answers: the starters then). */
  current(): StoredComposerData;
  /**
   * Asks the background for the composer's data about `profileUrl`. Keeps what it had when the
   * background does not answer. (An empty template list makes the composer offer the starters.)
   */
  refresh(profileUrl?: string): Promise<StoredComposerData>;
}

/**
 * One per document (content/index.ts): templates and settings are the person's own, not the
 * page's; the guard names the profile it is about, so it never shows for another person.
 */
export function createComposerData(load: LoadComposerData): ComposerDataStore {
  let cached: StoredComposerData = { templates: [], settings: null, guard: null, guardFor: null, corrections: {} };
  let latest = 0;
  return {
    current: () => cached,
    async refresh(profileUrl) {
      const request = ++latest;
      try {
        const reply = await load(profileUrl);
        // An older request answering late (the person moved on) must not overwrite a newer one.
        if (request !== latest) return cached;
        cached = {
          templates: reply.templates,
          settings: reply.settings,
          guard: reply.guard,
          guardFor: profileUrl ?? null,
          corrections: reply.corrections ?? {},
        };
      } catch {
        // The loader (content/index.ts) has already reported the failure.
        if (request === latest) cached = { ...cached, guard: null, guardFor: null, corrections: {} };
      }
      return cached;
    },
  };
}
