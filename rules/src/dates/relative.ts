import { addDays, dayOfWeek } from '../analysis/dates/calendar';
import { formatFullDate, formatMonthDay } from '../analysis/dates/format';
import { weekdayLexicon } from '../analysis/dates/weekdays';
import { documentRecognition } from '../analysis/recognition/document';
import { memoByStyle, scanProseAt } from '../analysis/recognition/scan-at';
import type { DatesStyle } from '../house-style/sections/dates';
import type { Rule } from '../rule';
import type { CalendarDate, Fix } from '../types';

const WS = '[ \\t\\u00a0]+';

// Tried only where the document's marks found a word that can open one.
const expression = memoByStyle((dates: DatesStyle) => {
  const names = dates.weekdays.join('|');
  return new RegExp(
    `(?<![\\p{L}\\d'’-])(?:(?<day>[Yy]esterday|[Tt]omorrow)|(?<week>[Ll]ast${WS}week|[Aa]${WS}week${WS}ago)|(?<month>(?:(?<part>[Ll]ate|[Ee]arly)${WS})?[Ll]ast${WS}month)|(?<past>(?:[Ll]ast|[Tt]his${WS}past)${WS}(?<pastDay>${names}))|(?<next>[Nn]ext${WS}(?<nextDay>${names})))(?![\\p{L}\\d-])`,
    'uy',
  );
});

/**
 * AP "days of the week" / "today, tonight": within a week of publication use the day of the
 * week, beyond that the date; avoid "yesterday", "tomorrow", "last Tuesday". When the
 * publication date is known the message resolves the expression ("'yesterday' = Thursday,
 * Oct. 1") and a fix offers the AP wording.
 *
 * The fix is NOT safe: it turns words relative to the reader into a fixed day computed from
 * the publication date, and that date may be the draft's, an embargo's or last night's
 * edition. Writing the wrong day is a factual error, so "fix all" never applies it; the
 * editor accepts it after checking the date.
 */
export const relative: Rule = {
  meta: {
    id: 'dates/relative',
    defaultSeverity: 'information',
    description: 'Use the day of the week (within a week) or the date, not "yesterday", "tomorrow", "last Tuesday", "last month".',
    rationale: 'AP Stylebook, "days of the week": use the day of the week for dates within seven days before or after the current date, and the month and day beyond that; avoid "yesterday" and "tomorrow" in copy.',
    fixable: true,
  },
  check(context) {
    const { dates } = context.style;
    const weekdays = weekdayLexicon(dates);
    const published = context.doc.publicationDate;
    const candidates = documentRecognition(context.doc, dates).relativeWords;
    for (const m of scanProseAt(context, expression(dates), candidates, { skipHeadings: true })) {
      const g = m.groups ?? {};
      const start = m.index;
      const end = start + m[0].length;
      const written = m[0];
      const before = context.doc.prose.slice(Math.max(0, start - 4), start);
      // "the leaders of tomorrow" is not a date.
      if (g.day && /\bof[ \t\u00a0]$/i.test(before)) continue;
      if (!published) {
        context.report({
          start,
          end,
          message: `AP uses the day of the week (within a week) or the date instead of "${written}". Set a publication date to resolve it.`,
          fixes: [],
        });
        continue;
      }
      const resolved = resolve(published, g, (name) => weekdays.lookup(name)!.index);
      const fixes: Fix[] = [];
      let meaning: string;
      if (resolved.kind === 'day') {
        const distance = Math.abs(resolved.offset);
        const replacement = distance <= 6 ? dates.weekdays[dayOfWeek(resolved.date)] : formatMonthDay(dates, resolved.date.month, resolved.date.day);
        meaning = formatFullDate(dates, resolved.date, dayOfWeek(resolved.date));
        fixes.push({ title: `Change to "${replacement}"`, safe: false, edits: [{ start, end, newText: replacement }] });
      } else if (resolved.kind === 'week') {
        meaning = `the week of ${formatMonthDay(dates, resolved.date.month, resolved.date.day)}`;
      } else {
        const month = dates.months[resolved.date.month - 1].name;
        const phrase = g.part ? `${g.part.toLowerCase()} ${month}` : month;
        meaning = phrase;
        // "since last month" → "since September"; "resigned last month" → "resigned in September".
        const prepositional = /\b(?:in|since|until|till|through|of|for|from|by|during|before|after|to|since|throughout)[ \t\u00a0]+$/i.test(
          context.doc.prose.slice(Math.max(0, start - 12), start),
        );
        const replacement = prepositional ? phrase : `in ${phrase}`;
        fixes.push({ title: `Change to "${replacement}"`, safe: false, edits: [{ start, end, newText: replacement }] });
      }
      // "Late last month, a judge…" → "In late September, a judge…"
      if (/^\p{Lu}/u.test(written)) for (const fix of fixes) fix.edits[0].newText = capitalise(fix.edits[0].newText);
      context.report({
        start,
        end,
        message: `'${written}' = ${meaning} (publication date ${formatMonthDay(dates, published.month, published.day)}, ${published.year}). AP uses the day of the week within a week and the date beyond.`,
        fixes,
      });
    }
  },
};

type Resolved = { kind: 'day'; date: CalendarDate; offset: number } | { kind: 'week'; date: CalendarDate } | { kind: 'month'; date: CalendarDate };

function resolve(published: CalendarDate, g: Record<string, string | undefined>, weekdayIndex: (name: string) => number): Resolved {
  const today = dayOfWeek(published);
  const day = (offset: number): Resolved => ({ kind: 'day', date: addDays(published, offset), offset });
  if (g.day) return day(/^[Yy]/.test(g.day) ? -1 : 1);
  if (g.week) {
    if (/^[Aa]/.test(g.week)) return day(-7);
    // Last week: the Sunday-to-Saturday week before this one.
    return { kind: 'week', date: addDays(published, -today - 7) };
  }
  if (g.pastDay) return day(-(((today - weekdayIndex(g.pastDay) + 7) % 7) || 7));
  if (g.nextDay) return day(((weekdayIndex(g.nextDay) - today + 7) % 7) || 7);
  const lastMonth = published.month === 1 ? { year: published.year - 1, month: 12, day: 1 } : { year: published.year, month: published.month - 1, day: 1 };
  return { kind: 'month', date: lastMonth };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
