import type { DatesStyle } from '../../house-style/sections/dates';
import type { CalendarDate } from '../../types';

/** "Oct. 2" in the house form. */
export function formatMonthDay(dates: DatesStyle, month: number, day: number): string {
  return `${dates.months[month - 1].withDate} ${day}`;
}

/** "Oct. 2, 2020" (or "Oct. 2" without a year). */
export function formatDate(dates: DatesStyle, date: Partial<CalendarDate> & { month: number; day: number }): string {
  const monthDay = formatMonthDay(dates, date.month, date.day);
  return date.year === undefined ? monthDay : `${monthDay}, ${date.year}`;
}

/** "Friday, Oct. 2, 2020" — used in messages. */
export function formatFullDate(dates: DatesStyle, date: CalendarDate, weekday: number): string {
  return `${dates.weekdays[weekday]}, ${formatDate(dates, date)}`;
}
