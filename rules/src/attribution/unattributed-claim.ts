import { analyseAttribution } from '../analysis/attribution';
import type { Rule } from '../rule';
import { appendToClause } from './clause-end';

const SIGNAL_NAMES: Record<string, string> = {
  figure: 'a figure',
  accusation: 'an accusation',
  causal: 'a causal claim',
  prediction: 'a prediction',
  evaluative: 'a judgment',
  superlative: 'a superlative',
  generalisation: 'a generalisation',
};

/** A sentence that asserts what a reader needs a source for, with no attribution in or around it. */
export const unattributedClaim: Rule = {
  meta: {
    id: 'attribution/unattributed-claim',
    defaultSeverity: 'information',
    description: 'A claim (figure, accusation, prediction, judgment) with no attribution in its sentence or paragraph.',
    rationale: 'AP: facts that are not common knowledge or the reporter\'s own observation need a source. ' +
      'Say who says so, or how the reporter knows.',
    fixable: true,
  },
  check(context) {
    const { doc } = context;
    const analysis = analyseAttribution(doc, context.style);
    for (const index of analysis.unattributedClaims) {
      const sentence = doc.sentences[index];
      const kinds = [...new Set(analysis.sentences[index].claimSignals.map((s) => SIGNAL_NAMES[s.kind]))];
      context.report({
        start: sentence.start,
        end: sentence.end,
        message: `Unattributed claim (${kinds.join(', ')}): who says so?`,
        fixes: [{ title: 'Add attribution', safe: false, edits: [appendToClause(doc, Math.max(sentence.start, sentence.end - 1), ', according to [SOURCE]')] }],
      });
    }
  },
};
