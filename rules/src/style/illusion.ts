import type { RuleContext } from '../rule';
import { writeGoodRule } from './write-good-rule';

// Doubled words that are grammatical English ("she had had enough", "that that").
const GRAMMATICAL_DOUBLES = new Set(['had', 'that']);

function repeatedWord(context: RuleContext, start: number, end: number) {
  const word = context.doc.text.slice(start, end);
  let gapStart = start;
  while (gapStart > 0 && /\s/.test(context.doc.prose[gapStart - 1])) gapStart--;
  // A blanked region (a link target, inline code) between the two words is not a repeat to delete.
  const cleanGap = /^\s*$/.test(context.doc.text.slice(gapStart, start));
  return { word, gapStart, cleanGap };
}

export const illusion = writeGoodRule({
  suffix: 'illusion',
  description: 'A word repeated by mistake: "the the" (write-good); fixable.',
  rationale: 'Readers skip the second of two identical words, especially across a line break, so the error survives proofreading.',
  // Only a lowercase word made of letters: repeated scores ("6-2, 6-2"), table headers
  // ("Change Change %") and names ("Sirhan Sirhan", "Duran Duran") are not slips.
  accept: (context, start, end) => {
    const { word } = repeatedWord(context, start, end);
    return /^\p{Ll}+$/u.test(word) && !GRAMMATICAL_DOUBLES.has(word);
  },
  fix: (context, start, end) => {
    const { word, gapStart, cleanGap } = repeatedWord(context, start, end);
    if (!cleanGap) return undefined;
    return { title: `Delete the repeated "${word}"`, safe: true, edits: [{ start: gapStart, end, newText: '' }] };
  },
});
