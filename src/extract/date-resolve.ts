/**
 * Calendar helpers for resolving relative dates against an article's publication date. Days are
 * handled as local-noon `Date`s so date-fns arithmetic never slips across midnight.
 */
import { addDays, format, getDay, isValid, subDays } from 'date-fns';

/** A calendar day. */
export interface Day {
  year: number;
  month: number;
  day: number;
}

/** Read `YYYY-MM-DD` (or a full ISO timestamp) into a calendar day; null when unreadable. */
export function parseDay(iso: string | null | undefined): Day | null {
  if (!iso || iso.length < 10) return null;
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  const day = Number(iso.slice(8, 10));
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (iso[4] !== '-' || iso[7] !== '-' || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const d = toDate({ year, month, day });
  return isValid(d) && d.getDate() === day ? { year, month, day } : null;
}

/** Local-noon Date of a calendar day. */
export function toDate(day: Day): Date {
  return new Date(day.year, day.month - 1, day.day, 12, 0, 0, 0);
}

function fromDate(date: Date): Day {
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}

/** `YYYY-MM-DD`. */
export function formatDay(day: Day): string {
  return format(toDate(day), 'yyyy-MM-dd');
}

/** `YYYY-MM`. */
export function formatMonth(year: number, month: number): string {
  return format(new Date(year, month - 1, 1, 12), 'yyyy-MM');
}

/** Shift a day by whole days. */
export function shiftDays(day: Day, days: number): Day {
  return fromDate(days >= 0 ? addDays(toDate(day), days) : subDays(toDate(day), -days));
}

/**
 * The weekday (0 = Sunday) nearest the reference in the given direction: `'past'` is on or before
 * (news copy: "on Thursday" in a past-tense story), `'last'` strictly before, `'next'` strictly after,
 * `'future'` on or after ("will walk out on Thursday").
 */
export function resolveWeekday(reference: Day, weekday: number, direction: 'past' | 'last' | 'next' | 'future'): Day {
  const ref = getDay(toDate(reference));
  if (direction === 'next' || direction === 'future') {
    let ahead = (weekday - ref + 7) % 7;
    if (direction === 'next' && ahead === 0) ahead = 7;
    return shiftDays(reference, ahead);
  }
  let back = (ref - weekday + 7) % 7;
  if (direction === 'last' && back === 0) back = 7;
  return shiftDays(reference, -back);
}

/** The most recent occurrence of a month on or before the reference (a bare "in March"). */
export function resolveMonth(reference: Day, month: number): { year: number; month: number } {
  return { year: month <= reference.month ? reference.year : reference.year - 1, month };
}
