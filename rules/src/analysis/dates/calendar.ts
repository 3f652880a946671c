import type { CalendarDate } from '../../types';

/**
 * Calendar arithmetic on plain { year, month, day } values. Date.UTC does the work: it
 * knows the Gregorian leap years (2000 yes, 1900 no) and never shifts with the time zone.
 */

const DAY_MS = 86_400_000;

export function isRealDate({ year, month, day }: CalendarDate): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function toUtc({ year, month, day }: CalendarDate): number {
  const ms = Date.UTC(year, month - 1, day);
  // Date.UTC maps years 0-99 to 1900-1999; correct so year 20 stays year 20.
  if (year >= 0 && year < 100) return new Date(ms).setUTCFullYear(year);
  return ms;
}

function fromUtc(ms: number): CalendarDate {
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday (the order of the house style's `weekdays`). */
export function dayOfWeek(date: CalendarDate): number {
  return new Date(toUtc(date)).getUTCDay();
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromUtc(toUtc(date) + days * DAY_MS);
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return Math.round((toUtc(b) - toUtc(a)) / DAY_MS);
}

/**
 * The year of a month and day written without one, read against the publication date:
 * the publication year, except across the new year (Dec. 31 in a story published Jan. 2
 * is last year's; Jan. 3 in a story published Dec. 30 is next year's), within two months.
 * Not a guess: without a publication date the caller has no year at all.
 */
export function yearNear(month: number, day: number, reference: CalendarDate): number | undefined {
  const sameYear = { year: reference.year, month, day };
  for (const year of [reference.year - 1, reference.year + 1]) {
    const candidate = { year, month, day };
    if (isRealDate(candidate) && Math.abs(daysBetween(reference, candidate)) <= 62) return year;
  }
  if (isRealDate(sameYear)) return reference.year;
  // Feb. 29 outside a leap year: the nearest leap year's.
  for (let offset = 1; offset <= 4; offset++) {
    for (const year of [reference.year - offset, reference.year + offset]) if (isRealDate({ year, month, day })) return year;
  }
  return undefined;
}

/** The date nearest to `date` that falls on `weekday` (ties go to the later one). */
export function nearestWithWeekday(date: CalendarDate, weekday: number): CalendarDate {
  const forward = (weekday - dayOfWeek(date) + 7) % 7;
  return forward <= 3 ? addDays(date, forward) : addDays(date, forward - 7);
}
