import { writeGoodRule } from './write-good-rule';

export const adverb = writeGoodRule({
  suffix: 'adverb',
  description: 'Adverbs that weaken meaning (write-good).',
  rationale: 'A precise verb beats a verb propped up by an adverb.',
});
