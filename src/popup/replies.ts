// The background's answers the popup keeps in its state — the queue, the templates and the
// settings — checked where they enter the popup. The background
// built them itself from records it validated (zod, at storage and at every message), so a light
// check of their shape is the proportionate one here: it turns an answer from a worker of another
// version, or a broken one, into the "could not load" error instead of a list that reads
// undefined — without loading zod and the message schemas with the popup.
import type { Settings, Template } from '../core/schemas';
import { bucketNames } from '../core/reminders';
import type { InvitationView, QueueOpening, QueuePage, QueueSummary } from '../shared/messages';
import { RapportError } from '../shared/rapport-error';
import { BUCKETS } from './queue-cache';

type Loose = Record<string, unknown>;
const isRecord = (value: unknown): value is Loose => typeof value === 'object' && value !== null;
const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;
const isText = (value: unknown): value is string => typeof value === 'string';
const SUMMARY_COUNTS = ['due', 'waiting', 'stale', 'total', 'ask', 'requestDue', 'noReply', 'sentThisWeek', 'weeklyInviteBudget', 'notesThisMonth', 'monthlyNoteQuota'] as const;

/** What the list, its rows and the action panel read of a view. */
function isView(value: unknown): value is InvitationView {
  if (!isRecord(value)) return false;
  const { id, name, profileUrl, sentAt, status, note, daysSinceSent, bucket, conversation } = value;
  return isText(id) && isText(name) && isText(profileUrl) && isText(sentAt) && isText(status) && isText(note) && Number.isInteger(daysSinceSent)
    && (bucketNames as readonly unknown[]).includes(bucket) && (conversation === undefined || isRecord(conversation));
}

/** What Copy and the template chooser read of a template. */
function isTemplate(value: unknown): value is Template {
  if (!isRecord(value)) return false;
  const { id, name, body, kind } = value;
  return isText(id) && isText(name) && isText(body) && (kind === undefined || isText(kind));
}

function unreadable(what: string): RapportError {
  return new RapportError('internal', `Rapport’s background answered the popup in a form it cannot read (${what}). Reload the extension and try again.`);
}

export function checkedPage(reply: unknown, limit: number): QueuePage {
  if (!isRecord(reply) || !isCount(reply.total) || !Array.isArray(reply.items) || reply.items.length > limit || !reply.items.every(isView)) {
    throw unreadable('a page of the queue');
  }
  return reply as unknown as QueuePage;
}

export function checkedOpening(reply: unknown, limit: number): QueueOpening {
  const summary = isRecord(reply) ? reply.summary : undefined;
  const sections = isRecord(reply) ? reply.sections : undefined;
  if (!isRecord(summary) || !SUMMARY_COUNTS.every((key) => isCount(summary[key])) || !isRecord(sections)) throw unreadable('the summary');
  for (const bucket of BUCKETS) checkedPage(sections[bucket], limit);
  return { summary: summary as unknown as QueueSummary, sections: sections as unknown as QueueOpening['sections'] };
}

export function checkedTemplates(reply: unknown): Template[] {
  const templates = isRecord(reply) ? reply.templates : undefined;
  if (!Array.isArray(templates) || !templates.every(isTemplate)) throw unreadable('the templates');
  return templates;
}

/** The settings Copy fills a message with (your name and interest). */
export function checkedSettings(reply: unknown): Settings {
  const settings = isRecord(reply) ? reply.settings : undefined;
  if (!isRecord(settings) || !isText(settings.myName) || !isText(settings.myInterest)) throw unreadable('the settings');
  return settings as unknown as Settings;
}
