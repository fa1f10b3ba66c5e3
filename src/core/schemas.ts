// The stored data model. Every record that enters storage, a backup or a message is parsed
// through these schemas; nothing is trusted because it "came from us".
import { z } from 'zod';
import { AboutYou, emptyAboutYou } from './about-you';

export const shortText = (max: number) => z.string().max(max);
export const isoDate = z.iso.datetime({ offset: true });

export const invitationStatuses = ['pending', 'accepted', 'replied', 'declined', 'withdrawn'] as const;
export const InvitationStatus = z.enum(invitationStatuses);
export type InvitationStatus = z.infer<typeof InvitationStatus>;

export const invitationSources = ['composer', 'import', 'manual'] as const;
export const InvitationSource = z.enum(invitationSources);
export type InvitationSource = z.infer<typeof InvitationSource>;

export const Template = z.object({
  id: shortText(64).min(1),
  name: shortText(120).min(1),
  body: shortText(2000),
  kind: z.enum(['invitation', 'follow-up', 'conversation', 'conversation-follow-up']).default('invitation'),
  updatedAt: isoDate.optional(),
});
export type Template = z.infer<typeof Template>;

export const conversationStages = ['requested', 'replied', 'met', 'closed'] as const;
export const ConversationStage = z.enum(conversationStages);
export type ConversationStage = z.infer<typeof ConversationStage>;

export const Conversation = z.object({
  stage: ConversationStage,
  /** When the person clicked LinkedIn's Send on the request (or marked it sent by hand). */
  requestedAt: isoDate,
  /** The one follow-up on the request, when sent. */
  followedUpAt: isoDate.optional(),
  stageChangedAt: isoDate.optional(),
  templateId: shortText(64).optional(),
  /** The idempotency key of the last report applied (a second delivery changes nothing). */
  reportId: shortText(64).optional(),
});
export type Conversation = z.infer<typeof Conversation>;

export const Invitation = z.object({
  id: shortText(64).min(1),
  /** Canonical `https://www.linkedin.com/in/<key>/` URL (see profile-key.ts). */
  profileUrl: z.url().max(300),
  vanity: shortText(200).optional(),
  name: shortText(200),
  company: shortText(200).optional(),
  headline: shortText(400).optional(),
  note: shortText(2000).default(''),
  templateId: shortText(64).optional(),
  sentAt: isoDate,
  status: InvitationStatus.default('pending'),
  followedUpAt: isoDate.optional(),
  statusChangedAt: isoDate.optional(),
  source: InvitationSource.default('manual'),
  /** The first name the note greeted ("Anu Priya"), so a follow-up greets the same (issue #17). */
  greetedFirstName: shortText(200).optional(),
  /** After acceptance: the request for a conversation and how it went (issue #21). */
  conversation: Conversation.optional(),
});
export type Invitation = z.infer<typeof Invitation>;

export const NoteLimitSetting = z.enum(['auto', '200', '300']);

export const Settings = z.object({
  followUpAfterDays: z.number().int().min(1).max(365).default(7),
  giveUpAfterDays: z.number().int().min(1).max(730).default(21),
  /** After the request for a conversation: follow up once after this many calendar days… */
  conversationFollowUpAfterDays: z.number().int().min(1).max(365).default(7),
  /** …and consider it unanswered (closed) after this many. Also how long an acceptance counts as fresh. */
  conversationCloseAfterDays: z.number().int().min(1).max(730).default(14),
  myName: shortText(120).default(''),
  myInterest: shortText(200).default(''),
  noteLimit: NoteLimitSetting.default('auto'),
  defaultTemplateId: shortText(64).optional(),
  /** Free accounts: personalized notes per calendar month, when the dialog does not say. */
  monthlyNoteQuota: z.number().int().min(0).max(1000).default(5),
  /** A self-imposed ceiling on invitations per week (LinkedIn restricts heavy senders). */
  weeklyInviteBudget: z.number().int().min(1).max(1000).default(100),
  /** Insights count an invitation toward a rate only once it is this many days old (time to answer). */
  insightsMinAgeDays: z.number().int().min(1).max(365).default(21),
  /** 'dialog' mounts the composer in LinkedIn's dialog; 'side-panel' injects nothing. */
  composerMode: z.enum(['dialog', 'side-panel']).default('dialog'),
  /** Offer on-device writing help (Chrome's built-in model) where the browser has it; false hides it everywhere. */
  writingHelp: z.boolean().default(true),
  /** Your own background for talking points (about-you.ts); absent in older records → empty. */
  about: AboutYou.default(emptyAboutYou),
});
export type Settings = z.infer<typeof Settings>;
export const defaultSettings: Settings = Settings.parse({});

type WithoutDefault<T> = T extends z.ZodDefault<infer Inner> ? Inner : T;

/**
 * `schema` as a patch: every field optional and without its default, so a parsed patch holds
 * exactly the fields it sets (zod's `.partial()` would fill the others in with their defaults).
 */
function patchOf<Shape extends z.ZodRawShape>(schema: z.ZodObject<Shape>) {
  const fields = Object.entries(schema.shape).map(([key, field]) => [key, z.optional(field instanceof z.ZodDefault ? field.unwrap() : field)]);
  return z.object(Object.fromEntries(fields)) as unknown as z.ZodObject<{ [K in keyof Shape]: z.ZodOptional<WithoutDefault<Shape[K]>> }>;
}

/** Some settings: what a settings change or a merged backup sets, nothing else. */
export const SettingsPatch = patchOf(Settings);
export type SettingsPatch = z.infer<typeof SettingsPatch>;
