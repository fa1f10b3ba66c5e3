// The words and numbers Insights shows: group names for charts and tables, the subject that
// opens a takeaway, percentages and week dates in the browser's language.
import { DELETED_TEMPLATE, NO_TEMPLATE, type BreakdownId, type Interval, type Rate } from '../../core/insights';
import type { Template } from '../../core/schemas';
import { t, uiLocale } from '../i18n';

let percentFormat: Intl.NumberFormat | null = null;
let weekdayFormat: Intl.DateTimeFormat | null = null;
let dayFormat: Intl.DateTimeFormat | null = null;

export function percent(value: number): string {
  percentFormat ??= new Intl.NumberFormat(uiLocale(), { style: 'percent', maximumFractionDigits: 0 });
  return percentFormat.format(value);
}

export function rangeText(interval: Interval): string {
  return t('options_ins_range', { low: percent(interval.low), high: percent(interval.high) });
}

export function rateText(rate: Rate): string {
  return rate.kind === 'rate' ? percent(rate.value) : t('options_ins_too_few');
}

export function rateRangeText(rate: Rate): string {
  return rate.kind === 'rate' ? rangeText(rate.interval) : '—';
}

/** Monday 0 … Sunday 6 by name (5 January 2026 was a Monday). */
export function weekdayName(weekday: number): string {
  weekdayFormat ??= new Intl.DateTimeFormat(uiLocale(), { weekday: 'long', timeZone: 'UTC' });
  return weekdayFormat.format(Date.UTC(2026, 0, 5 + weekday));
}

/** A day number (days since 1970-01-01 of a calendar date) as a short date. */
export function dayText(dayNumber: number): string {
  dayFormat ??= new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'medium', timeZone: 'UTC' });
  return dayFormat.format(dayNumber * 86_400_000);
}

export type Namer = (key: string) => string;

/** The name of each group of a breakdown, as charts and tables show it. */
export function groupNamer(id: BreakdownId, templates: readonly Template[]): Namer {
  const names = new Map(templates.map((tpl) => [tpl.id, tpl.name]));
  return (key) => {
    if (id === 'weekday') return weekdayName(Number(key));
    if (id !== 'template') return t(`options_ins_group_${id}_${key.replace(/-/g, '_')}`);
    if (key === NO_TEMPLATE) return t('options_ins_group_template_none');
    return key === DELETED_TEMPLATE ? t('options_ins_group_template_deleted') : names.get(key) ?? key;
  };
}

/** What opens the takeaway sentence: "Notes from “Warm intro”", "Invitations sent on Tuesday". */
export function subjectOf(id: BreakdownId, key: string, name: string): string {
  if (id === 'template') {
    if (key === NO_TEMPLATE) return t('options_ins_subject_template_none');
    return key === DELETED_TEMPLATE ? t('options_ins_subject_template_deleted') : t('options_ins_subject_template', { group: name });
  }
  if (id === 'weekday') return t('options_ins_subject_weekday', { group: name });
  return t(`options_ins_subject_${id}_${key.replace(/-/g, '_')}`);
}
