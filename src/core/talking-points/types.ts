// What talking points are worked out from: a background (yours, from settings; theirs, from the
// page the person is looking at). Plain data, no DOM: the LinkedIn reader and the "About you"
// settings both produce it.

/** A calendar month; `month` (1-12) is absent when only the year is known. */
export interface YearMonth {
  year: number;
  month?: number;
}

/** A stretch of time at a school or employer. */
export interface Stint {
  /** The name as shown (page text or what the person typed). */
  name: string;
  /**
   * The organisation's own page on LinkedIn as `kind/id` (`company/5049`, `school/lmu`), when a
   * link to it was seen. Two different names are only ever the same organisation through this.
   */
  pageKey?: string | null;
  /** A job title (employers only). */
  title?: string | null;
  start?: YearMonth | null;
  end?: YearMonth | null;
  /** Still there ("Present"); `end` is then ignored. */
  current?: boolean;
}

export interface Background {
  schools: readonly Stint[];
  employers: readonly Stint[];
  /** "Munich, Bavaria, Germany" as LinkedIn writes it, or what the person typed. */
  location?: string | null;
  languages?: readonly string[];
}

/** The person being written to: their background and the names the page gave. */
export interface Them extends Background {
  /** Named mutual connections, first the one LinkedIn named first. */
  mutualNames?: readonly string[];
}

export type NoteLanguage = 'en' | 'de';

export type TalkingPointKind = 'school' | 'employer' | 'new-role' | 'mutual' | 'anniversary' | 'city' | 'region' | 'language';

export interface TalkingPoint {
  kind: TalkingPointKind;
  /** Higher is a better reason to connect; the list is sorted by it. */
  score: number;
  /** Worth mentioning on its own (the coach suggests it when the note uses none). */
  strong: boolean;
  /** The name the point is about: the school, employer, city, person, language. */
  subject: string;
  /** Whether your years there overlapped theirs; null when the years do not say. */
  overlap?: boolean | null;
  /** One line saying why this is a point, for the list. */
  reason: string;
  /** The value a template variable takes: the school, the employer, "CTO at Globex". */
  value: string;
  /** A short phrase ready for a note ("we both studied at X"), lower-case start, no end stop. */
  phrase: string;
}
