// Pieces every area's messages use: ids, profile addresses, the outbox's report key.
import { z } from 'zod';
import { shortText } from '../../core/schemas';

export const id = shortText(64).min(1);
export const profileUrl = z.string().min(1).max(2000);

/**
 * The idempotency key of a report from the content script's outbox (src/composer/outbox.ts): a
 * report retried after a worker restart carries the same key, so the background applies it once.
 */
export const REPORT_ID = /^[0-9a-z]{12}$/;
export const reportId = z.string().regex(REPORT_ID);
