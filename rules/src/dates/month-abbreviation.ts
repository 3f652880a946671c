import { monthLexicon } from '../analysis/months';
import { groupEnd, groupStart, scanProse } from '../analysis/scan';
import { isEmbedCredit } from '../analysis/dates/where';
import type { Rule } from '../rule';

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
    const withDay = new RegExp(`(?<![\\p{L}\\d])(${months.pattern})(\\.?)(?=[ \\t\\u00a0]+(?:\\d{1,2})(?:st|nd|rd|th)?(?![\\d:/]|[.,]\\d)(?!\\p{L}))`, 'gdu');
    for (const m of scanProse(context, withDay)) {
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

    // A month alone or with a year: "Oct. 2020" → "October 2020", "in Aug." → "in August".
    // Bare forms without a period ("Jan", "Mar") are left alone unless a year follows: they are names and words too.
    const alone = new RegExp(`(?<![\\p{L}\\d])(${months.pattern})(\\.?)(?![\\p{L}])(?![ \\t\\u00a0]*\\d{1,2}(?:st|nd|rd|th)?(?!\\d))(?:([ \\t\\u00a0]+)(\\d{4})(?!\\d))?`, 'gdu');
    for (const m of scanProse(context, alone)) {
      if (isEmbedCredit(context.doc, m.index)) continue; // "— Name (@handle) Nov. 19, 2019": embed furniture
      const entry = months.lookup(m[1]);
      if (!entry) continue;
      const written = m[1] + m[2];
      const hasYear = m[4] !== undefined;
      if (written === entry.month.name) continue;
      if (!hasYear && m[2] !== '.') continue;
      if (!hasYear && written === entry.month.name + '.') continue;
      const start = groupStart(m, 1);
      const end = m[2] ? groupEnd(m, 2) : groupEnd(m, 1);
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
