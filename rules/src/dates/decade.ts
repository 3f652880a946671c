import { documentRecognition } from '../analysis/recognition/document';
import { memoByStyle, scanProseAt } from '../analysis/recognition/scan-at';
import { escapeRegExp } from '../analysis/scan';
import type { DatesStyle } from '../house-style/sections/dates';
import { sentenceAt } from '../model/queries';
import type { Rule } from '../rule';
import type { TextEdit } from '../types';

const DECADE = /(?<![\p{L}\d'’‘.,$])(['’]?)(1[5-9]\d0|20[0-9]0|[1-9]0|00)(['’]?)s(?![\p{L}\d])/uy;
const INTRODUCED = /(?:\b[Tt]he|\b(?:early|mid|late))[ \t\u00a0-]*$/u;

const notNearPattern = memoByStyle((dates: DatesStyle) => {
  const avoid = dates.decadeNotNear ?? [];
  return avoid.length > 0 ? new RegExp(`\\b(?:${avoid.map(escapeRegExp).join('|')})`, 'iu') : undefined;
});

/** Where a decade can start: each digit run, and an apostrophe right before one ("'90s"). */
function decadeCandidates(prose: string, digitRuns: readonly number[]): number[] {
  const out: number[] = [];
  for (const run of digitRuns) {
    const code = prose.charCodeAt(run - 1);
    if (code === 39 || code === 0x2019) out.push(run - 1);
    out.push(run);
  }
  return out;
}

/**
 * AP "years" / "decades": "the 1990s" (no apostrophe before the s) and "the '90s" (the
 * apostrophe marks the dropped century). Only decades introduced by "the" (or "the early",
 * "mid-", "late") are read as decades: "1990's budget" may be the year's possessive, and
 * "in the 90s" is a temperature or a score in a sentence about weather or points, where
 * AP writes "90s" with no apostrophe (house-style list `dates.decadeNotNear`).
 */
export const decade: Rule = {
  meta: {
    id: 'dates/decade',
    defaultSeverity: 'warning',
    description: 'Decades: "the 1990s" and "the \'90s", not "the 1990\'s", "the 90s" or "the \'90\'s".',
    rationale: 'AP Stylebook, "decades": use Arabic figures to indicate decades, with an apostrophe for omitted numerals and an s without an apostrophe, as in "the 1990s" and "the \'90s".',
    fixable: true,
  },
  check(context) {
    const { prose, text } = context.doc;
    const notNear = notNearPattern(context.style.dates);
    let curly: boolean | undefined;
    const digitRuns = documentRecognition(context.doc, context.style.dates).digitRuns;
    for (const m of scanProseAt(context, DECADE, decadeCandidates(prose, digitRuns), { skipHeadings: true })) {
      const [whole, lead, digits, inner] = m;
      const start = m.index;
      const end = start + whole.length;
      const full = digits.length === 4;
      if (full && lead) continue;
      if (!lead && !INTRODUCED.test(prose.slice(Math.max(0, start - 12), start))) continue;
      // "the mid-20s" without any apostrophe is a poll, a temperature or an age far more often than a decade.
      if (!full && !lead && !inner && !/\b[Tt]he[ \t\u00a0]+$/u.test(prose.slice(Math.max(0, start - 6), start))) continue;
      if (!full && !lead && notNear) {
        const sentence = sentenceAt(context.doc, start);
        if (sentence && notNear.test(prose.slice(sentence.start, sentence.end))) continue;
      }
      const edits: TextEdit[] = [];
      const innerAt = start + lead.length + digits.length;
      if (inner) edits.push({ start: innerAt, end: innerAt + 1, newText: '' });
      // Counted only when a decade needs an apostrophe (two passes over the whole prose).
      if (!full && !lead && !inner) curly ??= (prose.match(/’/g)?.length ?? 0) > (prose.match(/'/g)?.length ?? 0);
      if (!full && !lead) edits.push({ start, end: start, newText: inner || (curly ? '’' : "'") });
      if (edits.length === 0) continue;
      edits.sort((a, b) => a.start - b.start);
      const expected = full ? `${digits}s` : `${lead || inner || (curly ? '’' : "'")}${digits}s`;
      context.report({
        start,
        end,
        message: `Write the decade as "${expected}", not "${text.slice(start, end)}" (AP decades).`,
        fixes: [{ title: `Change to "${expected}"`, safe: true, edits }],
      });
    }
  },
};
