// "About you": the person's own background (schools, employers, city, languages), kept locally
// with the settings and in backups, so talking points can say what you share with someone.
// Bounded so the settings record stays small (it may live in storage.sync, 8 KB per item).
// Added to the settings after version 1 with a default, so older settings and backups load as
// "nothing known about you" without a migration step.
import { z } from 'zod';

export const ABOUT_LIMITS = { schools: 10, employers: 15, languages: 10, name: 120, title: 120, location: 120, language: 40 } as const;

const YearMonth = z.object({
  year: z.number().int().min(1900).max(2100),
  month: z.number().int().min(1).max(12).optional(),
});

/** A LinkedIn page key as the reader writes it: `company/5049`, `school/lmu-munich`. */
export const PageKey = z.string().max(120).regex(/^(company|school)\/[\p{L}\p{N}_.%-]+$/u);

export const AboutStint = z.object({
  name: z.string().trim().min(1).max(ABOUT_LIMITS.name),
  pageKey: PageKey.optional(),
  title: z.string().trim().max(ABOUT_LIMITS.title).optional(),
  start: YearMonth.optional(),
  end: YearMonth.optional(),
  current: z.boolean().optional(),
});
export type AboutStint = z.infer<typeof AboutStint>;

export const AboutYou = z.object({
  schools: z.array(AboutStint).max(ABOUT_LIMITS.schools).default([]),
  employers: z.array(AboutStint).max(ABOUT_LIMITS.employers).default([]),
  location: z.string().trim().max(ABOUT_LIMITS.location).default(''),
  languages: z.array(z.string().trim().min(1).max(ABOUT_LIMITS.language)).max(ABOUT_LIMITS.languages).default([]),
  /** When it was last taken from the person's own profile (shown with a one-click delete). */
  capturedAt: z.iso.datetime({ offset: true }).optional(),
});
export type AboutYou = z.infer<typeof AboutYou>;

export const emptyAboutYou = (): AboutYou => ({ schools: [], employers: [], location: '', languages: [] });
