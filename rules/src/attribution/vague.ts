import { analyseAttribution } from '../analysis/attribution';
import type { Rule } from '../rule';
import type { Fix } from '../types';
import { appendToClause } from './clause-end';

/** AP: attribute specifically; "reportedly", "critics say", "it is believed" pin a claim on nobody. */
export const vague: Rule = {
  meta: {
    id: 'attribution/vague',
    defaultSeverity: 'warning',
    description: 'A claim pinned on nobody in particular: "reportedly", "critics say", "it is believed".',
    rationale: 'AP asks for specific attribution: say who reported, believes or says it. ' +
      '"Reportedly", "critics say" and "it is believed" leave the reader asking "says who?".',
    fixable: true,
  },
  check(context) {
    const { doc } = context;
    for (const v of analyseAttribution(doc, context.style).vague) {
      const fixes: Fix[] = [];
      if (v.kind === 'reportedly') {
        // Drop the word (and the space before it), then source the clause.
        const removeFrom = /\s$/.test(doc.text.slice(v.start - 1, v.start)) ? v.start - 1 : v.start;
        fixes.push({
          title: 'Remove "reportedly" and add ", according to [SOURCE]"',
          safe: false,
          edits: [{ start: removeFrom, end: v.end, newText: '' }, appendToClause(doc, v.end, ', according to [SOURCE]')],
        });
      } else {
        fixes.push({ title: 'Name the source', safe: false, edits: [appendToClause(doc, v.end, ', according to [SOURCE]')] });
      }
      context.report({
        start: v.start,
        end: v.end,
        message: v.kind === 'reportedly' ? '"Reportedly": reported by whom? Name the source.' : `Vague attribution "${v.text}": who, specifically? Name the source.`,
        fixes,
      });
    }
  },
};
