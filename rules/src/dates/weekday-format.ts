import { weekdayLexicon } from '../analysis/dates/weekdays';
import { checkedDates, isCheckedProse } from '../analysis/dates/where';
import { documentRecognition } from '../analysis/recognition/document';
import { matchesAt } from '../analysis/recognition/marks';
import { memoByStyle } from '../analysis/recognition/scan-at';
import type { DatesStyle } from '../house-style/sections/dates';
import type { Rule } from '../rule';
import type { TextEdit } from '../types';

// An abbreviated day without a date ("Fri. night"): tried only at the weekday spellings the marks found.
const abbreviationAlone = memoByStyle((dates: DatesStyle) => {
  const abbreviations = Object.keys(dates.weekdayAbbreviations).map((a) => a.replace(/\.$/, ''));
  if (abbreviations.length === 0) return undefined;
  return new RegExp(`(?<![\\p{L}\\d.])(${abbreviations.sort((a, b) => b.length - a.length).join('|')})\\.(?=,|[ \\t\\u00a0]+[\\p{Ll}\\d])`, 'uy');
});

/**
 * AP "days of the week": "Friday, Oct. 2" — a comma, not parentheses or nothing, between
 * the day and the date, and the day is never abbreviated in text ("Fri." → "Friday").
 * "Friday (Oct. 2) that…" becomes "Friday, Oct. 2, that…": the date is an appositive,
 * so it is closed by a comma when the sentence goes on.
 */
export const weekdayFormat: Rule = {
  meta: {
    id: 'dates/weekday-format',
    defaultSeverity: 'warning',
    description: 'Weekday with a date: "Friday, Oct. 2", not "Friday (Oct. 2)" or "Friday Oct. 2"; never abbreviate the day ("Fri." → "Friday").',
    rationale: 'AP Stylebook, "days of the week": capitalize them and do not abbreviate, except in tabular format; with a date, write "Friday, Oct. 2".',
    fixable: true,
  },
  check(context) {
    const { prose, text } = context.doc;
    const attached = new Set<number>();
    for (const mention of checkedDates(context)) {
      const weekday = mention.weekday;
      if (!weekday) continue;
      attached.add(weekday.start);
      if (weekday.abbreviated) reportAbbreviation(weekday.start, weekday.end, weekday.text, weekday.name);
      if (weekday.joint === 'comma') continue;
      const edits: TextEdit[] = [{ start: weekday.separator.start, end: weekday.separator.end, newText: ', ' }];
      if (weekday.closing) {
        const goesOn = /^[ \t\u00a0]+[\p{L}\d]/u.test(prose.slice(weekday.closing.end, weekday.closing.end + 3));
        edits.push({ start: weekday.closing.start, end: weekday.closing.end, newText: '' });
        // The closing comma goes after the old ")" (outside the date as written), so the
        // date itself reads "Friday, Oct. 2" and the sentence "Friday, Oct. 2, that…".
        if (goesOn) edits.push({ start: weekday.closing.end, end: weekday.closing.end, newText: ',' });
      }
      const written = text.slice(mention.start, mention.end);
      context.report({
        start: mention.start,
        end: mention.end,
        message:
          weekday.joint === 'parentheses'
            ? `Set the date off with commas, not parentheses: "${weekday.name}, ${written.slice(weekday.separator.end - mention.start, (weekday.closing?.start ?? mention.end) - mention.start)}" (AP days of the week).`
            : `Put a comma between the day and the date: "${weekday.text},${written.slice(weekday.end - mention.start)}" (AP days of the week).`,
        fixes: [{ title: weekday.joint === 'parentheses' ? 'Replace the parentheses with commas' : 'Add the comma after the day', safe: true, edits }],
      });
    }

    // An abbreviated day without a date: only mid-sentence ("Fri. night"), since "the Sun."
    // ending a sentence is more often a newspaper than a Sunday.
    const weekdays = weekdayLexicon(context.style.dates);
    const alone = abbreviationAlone(context.style.dates);
    if (!alone) return;
    for (const m of matchesAt(alone, prose, documentRecognition(context.doc, context.style.dates).weekdayWords)) {
      const start = m.index;
      const end = start + m[0].length;
      if (attached.has(start) || !isCheckedProse(context, start, end)) continue;
      const entry = weekdays.lookup(m[1]);
      if (entry) reportAbbreviation(start, end, m[0], entry.name);
    }

    function reportAbbreviation(start: number, end: number, written: string, name: string): void {
      context.report({
        start,
        end,
        message: `Do not abbreviate the day of the week in text: "${name}", not "${written}" (AP days of the week).`,
        fixes: [{ title: `Change to "${name}"`, safe: true, edits: [{ start, end, newText: name }] }],
      });
    }
  },
};
