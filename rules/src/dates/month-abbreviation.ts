import { monthLexicon } from '../analysis/months';
import { isEmbedCredit } from '../analysis/dates/where';
import { documentRecognition } from '../analysis/recognition/document';
import { memoByStyle, scanProseAt } from '../analysis/recognition/scan-at';
import type { DatesStyle } from '../house-style/sections/dates';
import type { Rule } from '../rule';

// Both start at a month spelling: tried only where the document's marks found one.
const patterns = memoByStyle((dates: DatesStyle) => {
  const months = monthLexicon(dates).pattern;
  return {
    withDay: new RegExp(`(?<![\\p{L}\\d])(${months})(\\.?)(?=[ \\t\\u00a0]+(?:\\d{1,2})(?:st|nd|rd|th)?(?![\\d:/]|[.,]\\d)(?!\\p{L}))`, 'uy'),
    // A month alone or with a year: "Oct. 2020" → "October 2020", "in Aug." → "in August".
    // Bare forms without a period ("Jan", "Mar") are left alone unless a year follows: they are names and words too.
    alone: new RegExp(`(?<![\\p{L}\\d])(${months})(\\.?)(?![\\p{L}])(?![ \\t\\u00a0]*\\d{1,2}(?:st|nd|rd|th)?(?!\\d))(?:([ \\t\\u00a0]+)(\\d{4})(?!\\d))?`, 'uy'),
  };
});

/**
 * AP "months": with a specific date abbreviate only Jan., Feb., Aug., Sept., Oct., Nov.,
 * Dec. and spell out the rest; a month alone or with a year alone is spelled out.
 * Only a capitalised month counts ("may 5 people", "march 10 miles" are not dates).
 */
export const monthAbbreviation: Rule = {
  meta: {
    id: 'dates/month-abbreviation',
    defaultSeverity: 'warning',
    description: 'Abbreviate Jan., Feb., Aug., Sept., Oct., Nov., Dec. with a date; spell out other months and months without a day.',
    rationale: 'AP Stylebook, "months": with a specific date, abbreviate only Jan., Feb., Aug., Sept., Oct., Nov. and Dec.; spell out a month used alone or with a year alone.',
    fixable: true,
  },
  check(context) {
    const months = monthLexicon(context.style.dates);
    const { withDay, alone } = patterns(context.style.dates);
    const monthWords = documentRecognition(context.doc, context.style.dates).monthWords;
    for (const m of scanProseAt(context, withDay, monthWords)) {
      if (isEmbedCredit(context.doc, m.index)) continue; // "— Name (@handle) Nov. 19, 2019": embed furniture
      const written = m[1] + m[2];
      const entry = months.lookup(m[1]);
      if (!entry || written === entry.month.withDate) continue;
      const day = Number(/\d{1,2}/.exec(context.doc.prose.slice(m.index + written.length, m.index + written.length + 6))?.[0]);
      if (!(day >= 1 && day <= 31)) continue;
      const expected = entry.month.withDate;
      const abbreviates = expected !== entry.month.name;
      context.report({
        start: m.index,
        end: m.index + written.length,
        message: abbreviates
          ? `With a specific date, write "${expected}", not "${written}" (AP months).`
          : `Spell out "${expected}" even with a date; AP abbreviates only Jan., Feb., Aug., Sept., Oct., Nov. and Dec.`,
        fixes: [{ title: `Change to "${expected}"`, safe: true, edits: [{ start: m.index, end: m.index + written.length, newText: expected }] }],
      });
    }

    for (const m of scanProseAt(context, alone, monthWords)) {
      if (isEmbedCredit(context.doc, m.index)) continue; // "— Name (@handle) Nov. 19, 2019": embed furniture
      const entry = months.lookup(m[1]);
      if (!entry) continue;
      const written = m[1] + m[2];
      const hasYear = m[4] !== undefined;
      if (written === entry.month.name) continue;
      if (!hasYear && m[2] !== '.') continue;
      if (!hasYear && written === entry.month.name + '.') continue;
      // Group 1 opens the match (the lookbehind takes no text).
      const start = m.index;
      const end = start + m[1].length + m[2].length;
      // "left in Aug. The talks…": the period also ends the sentence, so it stays.
      const after = context.doc.prose.slice(end, end + 3);
      const endsSentence = m[2] === '.' && !hasYear && (/^\s*$/.test(after) || /^\s+\p{Lu}/u.test(after) || /^\s*\n/.test(after));
      const replacement = entry.month.name + (endsSentence ? '.' : '');
      context.report({
        start,
        end,
        message: hasYear
          ? `Spell out the month with a year alone: "${entry.month.name} ${m[4]}" (AP months).`
          : `Spell out a month used without a date: "${entry.month.name}" (AP months).`,
        fixes: [{ title: `Change to "${entry.month.name}"`, safe: true, edits: [{ start, end, newText: replacement }] }],
      });
    }
  },
};
