import { dayOfWeek, isRealDate, nearestWithWeekday, yearNear } from '../analysis/dates/calendar';
import { formatDate, formatMonthDay } from '../analysis/dates/format';
import { checkedDates } from '../analysis/dates/where';
import type { Rule } from '../rule';
import type { CalendarDate, TextEdit } from '../types';

/**
 * A weekday that disagrees with its date ("Thursday, Oct. 2, 2020": it was a Friday).
 * The year comes from the date, else from the publication date (the occurrence nearest
 * to it); without either the check is silent: a year is never guessed. Both fixes are
 * unsafe on purpose: only the editor knows whether the day or the date is wrong.
 */
export const weekdayMismatch: Rule = {
  meta: {
    id: 'dates/weekday-mismatch',
    defaultSeverity: 'error',
    description: 'The day of the week does not match the date ("Thursday, Oct. 2, 2020" was a Friday).',
    rationale: 'AP Stylebook, "dates" and "days of the week": a weekday given with a date must be that date\'s day; a mismatch is a factual error the desk must resolve.',
    fixable: true,
  },
  check(context) {
    const { dates } = context.style;
    const published = context.doc.publicationDate;
    for (const mention of checkedDates(context)) {
      const weekday = mention.weekday;
      if (!weekday || mention.form !== 'month-day' || mention.day === undefined) continue;
      const year = mention.year ?? (published ? yearNear(mention.month, mention.day, published) : undefined);
      if (year === undefined) continue;
      const date: CalendarDate = { year, month: mention.month, day: mention.day };
      if (!isRealDate(date)) continue;
      const actual = dayOfWeek(date);
      if (actual === weekday.index) continue;
      const yearNote = mention.year === undefined ? ` (year ${year} from the publication date)` : '';
      const fixes = [
        {
          title: `Change the day to "${dates.weekdays[actual]}"`,
          safe: false,
          edits: [{ start: weekday.start, end: weekday.end, newText: dates.weekdays[actual] }],
        },
      ];
      // A range ("Friday, Oct. 2-4") cannot move as one date; offer only the weekday fix.
      if (mention.rangeEnd === undefined && mention.monthText && mention.dayText) {
        const target = nearestWithWeekday(date, weekday.index);
        const edits: TextEdit[] = [{ start: mention.monthText.start, end: mention.ordinal?.end ?? mention.dayText.end, newText: formatMonthDay(dates, target.month, target.day) }];
        if (mention.yearText && target.year !== year) edits.push({ start: mention.yearText.start, end: mention.yearText.end, newText: String(target.year) });
        const shown = formatDate(dates, mention.yearText ? target : { month: target.month, day: target.day });
        fixes.push({ title: `Change the date to ${weekday.name}'s date, "${shown}"`, safe: false, edits });
      }
      context.report({
        start: mention.start,
        end: mention.end,
        message: `${formatDate(dates, date)} is a ${dates.weekdays[actual]}, not a ${weekday.name}${yearNote}. Check which is right.`,
        fixes,
      });
    }
  },
};
