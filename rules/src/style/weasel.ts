import { writeGoodRule } from './write-good-rule';

export const weasel = writeGoodRule({
  suffix: 'weasel',
  description: 'Weasel words (write-good): "many", "very", "fairly".',
  rationale: 'Words like "very" and "fairly" weaken a statement; news copy is specific.',
});
