import { monthLexicon } from '../analysis/months';
import { isEmbedCredit } from '../analysis/dates/where';
import { documentRecognition } from '../analysis/recognition/document';
import { memoByStyle, scanProseAt } from '../analysis/recognition/scan-at';
import type { DatesStyle } from '../house-style/sections/dates';
import type { Rule } from '../rule';

const patterns = memoByStyle((dates: DatesStyle) => {
  const months = monthLexicon(dates).pattern;
  return {
    // "Oct. 2nd", "October 21st": the edit only drops the ending, so it never collides
    // with dates/month-abbreviation's edit of the month word in the same date.
    monthFirst: new RegExp(`(?<![\\p{L}\\d])(?:${months})\\.?[ \\t\\u00a0]+(\\d{1,2})(st|nd|rd|th)(?!\\p{L})`, 'uy'),
    // "the 2nd of October", "2nd October 2020": rewrite as the AP date.
    // The month's period is taken only when a year follows: in "born on the 3rd of May." or
    // "the 2nd Oct. The talks…" it also ends the sentence and must survive the rewrite.
    dayFirst: new RegExp(`(?<![\\p{L}\\d])(?:(?:[Tt]he)[ \\t\\u00a0]+)?(\\d{1,2})(st|nd|rd|th)[ \\t\\u00a0]+(?:of[ \\t\\u00a0]+)?(${months})\\b(?:(\\.?),?[ \\t\\u00a0]+(\\d{4})(?!\\d))?`, 'uy'),
  };
});

const isBlank = (code: number): boolean => code === 32 || code === 9 || code === 160;

/** Where "the 2nd of October" can start: each digit run, and a "the" right before one. */
function dayFirstCandidates(prose: string, digitRuns: readonly number[]): number[] {
  const out: number[] = [];
  for (const run of digitRuns) {
    let gap = run;
    while (gap > 0 && isBlank(prose.charCodeAt(gap - 1))) gap--;
    const t = prose.charCodeAt(gap - 3);
    if (gap < run && (t === 84 || t === 116) && prose.startsWith('he', gap - 2)) out.push(gap - 3);
    out.push(run);
  }
  return out;
}

/** AP "dates": use figures without st, nd, rd or th ("Oct. 2", not "Oct. 2nd"). */
export const ordinal: Rule = {
  meta: {
    id: 'dates/ordinal',
    defaultSeverity: 'warning',
    description: 'No ordinal endings in dates: "Oct. 2nd" → "Oct. 2"; "the 2nd of October" → "Oct. 2".',
    rationale: 'AP Stylebook, "dates": always use Arabic figures, without st, nd, rd or th.',
    fixable: true,
  },
  check(context) {
    const months = monthLexicon(context.style.dates);
    const { monthFirst, dayFirst } = patterns(context.style.dates);
    const recognition = documentRecognition(context.doc, context.style.dates);
    for (const m of scanProseAt(context, monthFirst, recognition.monthWords)) {
      if (isEmbedCredit(context.doc, m.index)) continue; // "— Name (@handle) Nov. 19, 2019": embed furniture
      const day = Number(m[1]);
      if (day < 1 || day > 31) continue;
      const suffixEnd = m.index + m[0].length;
      const suffixStart = suffixEnd - m[2].length;
      context.report({
        start: m.index,
        end: suffixEnd,
        message: `No ordinal in a date: "${m[0].slice(0, -m[2].length)}", not "${m[0]}" (AP dates).`,
        fixes: [{ title: `Remove "${m[2]}"`, safe: true, edits: [{ start: suffixStart, end: suffixEnd, newText: '' }] }],
      });
    }
    for (const m of scanProseAt(context, dayFirst, dayFirstCandidates(context.doc.prose, recognition.digitRuns))) {
      if (isEmbedCredit(context.doc, m.index)) continue; // "— Name (@handle) Nov. 19, 2019": embed furniture
      const entry = months.lookup(m[3]);
      const day = Number(m[1]);
      if (!entry || day < 1 || day > 31) continue;
      const year = m[5] ? `, ${m[5]}` : '';
      const expected = `${entry.month.withDate} ${day}${year}`;
      context.report({
        start: m.index,
        end: m.index + m[0].length,
        message: `Write the date as "${expected}" (AP dates: month first, no ordinal).`,
        fixes: [{ title: `Change to "${expected}"`, safe: true, edits: [{ start: m.index, end: m.index + m[0].length, newText: expected }] }],
      });
    }
  },
};
