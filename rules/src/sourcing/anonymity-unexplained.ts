import { analyseAttribution } from '../analysis/attribution';
import type { Rule } from '../rule';

/** AP: the story must say why an anonymous source was granted anonymity. */
export const anonymityUnexplained: Rule = {
  meta: {
    id: 'sourcing/anonymity-unexplained',
    defaultSeverity: 'warning',
    description: 'An anonymous source with no reason for the anonymity in the same sentence or the next one.',
    rationale: 'AP: "We must explain in the story why the source requested anonymity." ' +
      'For example: "who spoke on condition of anonymity because he was not authorized to discuss the talks."',
    fixable: true,
  },
  check(context) {
    const { text } = context.doc;
    for (const source of analyseAttribution(context.doc, context.style).anonymous) {
      // A later reference ("the source") counts as explained when an earlier one was (see the analysis).
      if (source.reasonGiven) continue;
      const at = source.reasonInsertAt;
      const commaFollows = /^\s*,/.test(text.slice(at, at + 3));
      const newText = source.anonymityStated ? ' because [REASON]' : `, who spoke on condition of anonymity because [REASON]${commaFollows ? '' : ','}`;
      context.report({
        start: source.start,
        end: source.end,
        message: source.repeat
          ? `The story never says why "${source.text}" was granted anonymity (AP: explain why the source requested anonymity).`
          : `Say why "${source.text}" was granted anonymity (AP: explain in the story why the source requested anonymity).`,
        fixes: [{ title: 'Add the reason for anonymity', safe: false, edits: [{ start: at, end: at, newText }] }],
      });
    }
  },
};
