// The background's answers about the queue, checked where they enter the popup. The background
// built them itself from records it validated (zod, at storage and at every message), so a light
// check of their shape is the proportionate one here: it turns an answer from a worker of another
// version, or a broken one, into the "could not load" error instead of a list that reads
// undefined — without loading zod and the message schemas with the popup.
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
  const { id, name, profileUrl, sentAt, status, note, daysSinceSent } = value;
  return isText(id) && isText(name) && isText(profileUrl) && isText(sentAt) && isText(status) && isText(note) && Number.isInteger(daysSinceSent);
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
