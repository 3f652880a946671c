import { isRealDate } from '../analysis/dates/calendar';
import { formatDate } from '../analysis/dates/format';
import { checkedDates } from '../analysis/dates/where';
import type { Rule } from '../rule';
import type { Fix } from '../types';

/**
 * AP "dates": numeric dates do not belong in prose. "10/2/2020" and "2020-10-02" →
 * "Oct. 2, 2020". The month/day order of slashed dates follows copydesk.numericDateOrder;
 * when that reading is impossible ("25/10/2020" under "mdy") the rule flags without a fix.
 * Fractions ("1/2"), scores ("5-4") and version numbers ("1.2.3") never match the recogniser.
 */
export const numeric: Rule = {
  meta: {
    id: 'dates/numeric',
    defaultSeverity: 'warning',
    description: 'Write dates in words, not figures: "10/2/2020" → "Oct. 2, 2020"; "2020-10-02" → "Oct. 2, 2020".',
    rationale: 'AP Stylebook, "dates": write the month (abbreviated when used with a date) followed by figures for the day and year, as in "Oct. 2, 2020", not numeric forms.',
    fixable: true,
  },
  check(context) {
    const { dates } = context.style;
    const order = context.options.numericDateOrder;
    for (const mention of checkedDates(context)) {
      if (mention.form !== 'numeric' && mention.form !== 'iso') continue;
      const written = context.doc.text.slice(mention.start, mention.end);
      const fixes: Fix[] = [];
      let note = '';
      if (mention.form === 'iso') {
        const expected = formatDate(dates, { year: mention.year, month: mention.month, day: mention.day! });
        fixes.push({ title: `Change to "${expected}"`, safe: true, edits: [{ start: mention.start, end: mention.end, newText: expected }] });
      } else if (mention.year === undefined) {
        note = ' Give the full year: a two-digit year cannot be read safely.';
      } else {
        const first = mention.first!;
        const second = mention.second!;
        const asSet = order === 'dmy' ? { month: second, day: first } : { month: first, day: second };
        const swapped = { month: asSet.day, day: asSet.month };
        if (isRealDate({ year: mention.year, ...asSet })) {
          // The newsroom's order setting decides between two possible readings; when the
          // swapped reading is the same day ("5/5/2020") there was nothing to decide.
          const expected = formatDate(dates, { year: mention.year, ...asSet });
          fixes.push({ title: `Change to "${expected}"`, safe: true, edits: [{ start: mention.start, end: mention.end, newText: expected }] });
        } else if (isRealDate({ year: mention.year, ...swapped })) {
          note = ` It only makes sense as ${order === 'dmy' ? 'month/day' : 'day/month'} (${formatDate(dates, { year: mention.year, ...swapped })}), against the numericDateOrder setting ("${order}"): check it.`;
        }
      }
      context.report({
        start: mention.start,
        end: mention.end,
        message: `Write the date in words, not "${written}" (AP dates).${note}`,
        fixes,
      });
    }
  },
};
