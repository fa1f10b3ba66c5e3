// The three questions the panel asks the background, behind one small interface so the panel
// can be rendered in tests without a browser. Every call is a cheap message: nothing leaves the
// browser, and the background answers from memory or storage.
import type { Invitation, Settings, Template } from '../core/schemas';
import type { ObservedProfile, ResponseOf } from '../shared/messages';
import type { Corrections } from '../core/corrections';
import { send } from '../shared/send';

export type ComposerMode = Settings['composerMode'];

export interface PanelClient {
  /** The last LinkedIn profile the person viewed (reported by the content script), or null. */
  lastProfile(): Promise<ObservedProfile | null>;
  templatesAndSettings(): Promise<{ templates: Template[]; settings: Settings }>;
  setComposerMode(mode: ComposerMode): Promise<Settings>;
  /** Turns on-device writing help on or off (absent: the panel offers no switch). */
  setWritingHelp?(on: boolean): Promise<Settings>;
  /** What the person typed over what was read about this profile, kept from earlier ({} when nothing). */
  corrections?(profileUrl: string): Promise<Corrections>;
  /** Keeps the person's corrections for this profile (the whole set; {} removes them). */
  correct?(profileUrl: string, corrections: Corrections): Promise<Corrections>;
  /** Recording by hand (absent: the panel offers none): is anyone tracked at this address? */
  isTracked?(profileUrl: string): Promise<boolean>;
  /** Records an invitation the person says they sent today (a report the page could not deliver). */
  recordByHand?(profile: ObservedProfile, name: string): Promise<Invitation>;
  /** Undo of `recordByHand`. */
  unrecord?(id: string): Promise<boolean>;
}

// The corrections and whether anyone is tracked both come with one composer.load. The facts line
// and the record-by-hand offer ask in the same moment when a profile comes on screen, so while an
// answer for that profile is on its way they share it: one message per profile, not one each.
let loading: { profileUrl: string; reply: Promise<ResponseOf<'composer.load'>> } | null = null;

function loadFor(profileUrl: string): Promise<ResponseOf<'composer.load'>> {
  if (loading?.profileUrl === profileUrl) return loading.reply;
  const entry = { profileUrl, reply: send({ type: 'composer.load', profileUrl }) };
  loading = entry;
  // Answered (or failed): the next question asks again, so a later one never gets an old answer.
  const done = () => { if (loading === entry) loading = null; };
  entry.reply.then(done, done);
  return entry.reply;
}

export const backgroundClient: PanelClient = {
  async lastProfile() {
    return (await send({ type: 'profile.last' })).profile;
  },
  async templatesAndSettings() {
    const [list, got] = await Promise.all([send({ type: 'templates.list' }), send({ type: 'settings.get' })]);
    return { templates: list.templates, settings: got.settings };
  },
  async setComposerMode(composerMode) {
    return (await send({ type: 'settings.set', patch: { composerMode } })).settings;
  },
  async setWritingHelp(writingHelp) {
    return (await send({ type: 'settings.set', patch: { writingHelp } })).settings;
  },
  async corrections(profileUrl) {
    return (await loadFor(profileUrl)).corrections;
  },
  async correct(profileUrl, corrections) {
    return (await send({ type: 'profile.correct', profileUrl, corrections })).corrections;
  },
  async isTracked(profileUrl) {
    return (await loadFor(profileUrl)).guard?.tracked != null;
  },
  async recordByHand(profile, name) {
    const { profileUrl, company, headline } = profile;
    return (await send({ type: 'invitation.sent', source: 'manual', profileUrl, name, company, headline, note: '' })).invitation;
  },
  async unrecord(id) {
    return (await send({ type: 'invitation.unrecord', id })).removed;
  },
};
