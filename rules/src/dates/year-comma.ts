import { checkedDates } from '../analysis/dates/where';
import type { Rule } from '../rule';

/**
 * AP "dates": in a full date the year is set off by commas ("Oct. 2, 2020, was"); a month
 * and year alone take no comma ("October 2020"). The comma after the year is not needed
 * when the sentence or clause already ends there (period, comma, dash, parenthesis…).
 */
export const yearComma: Rule = {
  meta: {
    id: 'dates/year-comma',
    defaultSeverity: 'warning',
    description: 'Set off the year of a full date with commas ("Oct. 2, 2020, was"); no comma between month and year ("October 2020").',
    rationale: 'AP Stylebook, "dates": when a phrase refers to a month, day and year, set off the year with commas; when it lists only a month and a year, do not separate them with commas.',
    fixable: true,
  },
  check(context) {
    const { prose } = context.doc;
    for (const mention of checkedDates(context)) {
      if (mention.form === 'month-year' && mention.commaBeforeYear && mention.monthText) {
        const comma = mention.monthText.end;
        context.report({
          start: mention.start,
          end: mention.end,
          message: `No comma between a month and a year alone: "${mention.monthText.text} ${mention.year}" (AP dates).`,
          fixes: [{ title: 'Remove the comma', safe: true, edits: [{ start: comma, end: comma + 1, newText: '' }] }],
        });
        continue;
      }
      if (mention.form !== 'month-day' || !mention.yearText) continue;
      if (!mention.commaBeforeYear) {
        // "March 18 1986," → "March 18, 1986,"
        let gap = mention.yearText.start;
        while (gap > 0 && /[ \t\u00a0]/.test(prose[gap - 1])) gap--;
        context.report({
          start: mention.monthText!.start,
          end: mention.yearText.end,
          message: 'Put a comma between the day and the year (AP dates).',
          fixes: [{ title: 'Add the comma before the year', safe: true, edits: [{ start: gap, end: mention.yearText.start, newText: ', ' }] }],
        });
      }
      // The sentence goes on after the year with a word: the year needs its closing comma.
      const after = prose.slice(mention.yearText.end, mention.yearText.end + 4);
      // A timeline label ("June 16, 2015 Trump joins the race.") opens its line with the date
      // and goes on with a capital: a heading, not a sentence that needs the comma.
      const lineStart = prose.lastIndexOf('\n', mention.start - 1) + 1;
      const label = /^[ \t\u00a0]*$/.test(prose.slice(lineStart, mention.start)) && /^[ \t\u00a0]+\p{Lu}/u.test(after);
      if (!label && /^[ \t\u00a0]+[\p{L}\d]/u.test(after)) {
        const at = mention.yearText.end;
        context.report({
          start: mention.monthText!.start,
          end: at,
          message: `A full date takes a comma after the year when the sentence goes on: "${context.doc.text.slice(mention.monthText!.start, at)}," (AP dates).`,
          fixes: [{ title: 'Add the comma after the year', safe: true, edits: [{ start: at, end: at, newText: ',' }] }],
        });
      }
    }
  },
};
