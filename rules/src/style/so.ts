import { writeGoodRule } from './write-good-rule';

export const so = writeGoodRule({
  suffix: 'so',
  description: 'A sentence that starts with "So" (write-good).',
  rationale: '"So" at the start of a sentence adds no meaning.',
});
