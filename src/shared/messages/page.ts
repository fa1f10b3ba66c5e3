// A page Rapport could not read: the content script's diagnostics, for the popup's quiet mark.
import { z } from 'zod';
import {
  DIAGNOSTIC_COUNTS, DIAGNOSTIC_ERAS, DIAGNOSTIC_KINDS, DIAGNOSTIC_PARTS, DIAGNOSTIC_PROBLEMS, DIAGNOSTIC_SIGNALS,
} from '../../core/diagnostic-vocabulary';

/** A page Rapport could not read (linkedin/diagnostics.ts): Rapport's own words and counts only. */
export const PageDiagnostics = z.strictObject({
  problem: z.enum(DIAGNOSTIC_PROBLEMS),
  kind: z.enum(DIAGNOSTIC_KINDS),
  era: z.enum(DIAGNOSTIC_ERAS).nullable(),
  signals: z.array(z.enum(DIAGNOSTIC_SIGNALS)).max(DIAGNOSTIC_SIGNALS.length),
  found: z.array(z.enum(DIAGNOSTIC_PARTS)).max(DIAGNOSTIC_PARTS.length),
  missing: z.array(z.enum(DIAGNOSTIC_PARTS)).max(DIAGNOSTIC_PARTS.length),
  counts: z.partialRecord(z.enum(DIAGNOSTIC_COUNTS), z.number().int().min(0).max(10_000_000)),
});
export type PageDiagnostics = z.infer<typeof PageDiagnostics>;

/** The last page Rapport could not read (recent ones only), for the popup's quiet mark. */
export interface PageHealthNotice {
  at: string;
  report: PageDiagnostics;
}

/** The page in view could not be read (no name on a profile, a dialog without its parts). */
const health = z.object({ type: z.literal('page.health'), report: PageDiagnostics });
type HealthReply = { noted: true };

export const pageRequests = [health] as const;
export interface PageReplies {
  'page.health': HealthReply;
}
