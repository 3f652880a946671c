import { analyseAttribution } from '../analysis/attribution';
import type { Rule } from '../rule';

/**
 * "[NAME], a China trade official…": the name goes first and the description becomes an
 * appositive, so a capitalised determiner at the start is lowered ("A" → "[NAME], a").
 */
function nameEdit(start: number, text: string) {
  const determiner = /^(A|An|The)\s/.exec(text);
  if (determiner) return { start, end: start + determiner[1].length, newText: `[NAME], ${determiner[1].toLowerCase()}` };
  return { start, end: start, newText: '[NAME], ' };
}

/** AP "anonymous sources": flag every source whose identity the story withholds. */
export const anonymousSource: Rule = {
  meta: {
    id: 'sourcing/anonymous-source',
    defaultSeverity: 'information',
    description: 'A source whose identity is withheld ("a source", "officials said", "people familiar with the matter").',
    rationale:
      'AP: "We use anonymous sources only when the material is information, not opinion or speculation, and is vital to the report." ' +
      'Describe an unnamed source as specifically as possible: position, and why the source knows.',
    fixable: true,
  },
  check(context) {
    for (const source of analyseAttribution(context.doc, context.style).anonymous) {
      const message = source.bare
        ? `Anonymous source "${source.text}": describe the source as specifically as possible (position, why they know).`
        : `Anonymous source: "${source.text}". Name the source, or make sure AP's conditions for anonymity are met.`;
      context.report({
        start: source.start,
        end: source.end,
        message,
        // A placeholder for the editor to fill in: never applied by "fix all".
        fixes: [{ title: 'Name the source', safe: false, edits: [nameEdit(source.start, source.text)] }],
      });
    }
  },
};
