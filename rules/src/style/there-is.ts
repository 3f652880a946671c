import { writeGoodRule } from './write-good-rule';

export const thereIs = writeGoodRule({
  suffix: 'there-is',
  description: 'A sentence that starts with "There is/are" (write-good).',
  rationale: '"There is" and "there are" delay the subject; start with what the sentence is about.',
});
