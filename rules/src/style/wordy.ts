import { writeGoodRule } from './write-good-rule';

export const wordy = writeGoodRule({
  suffix: 'wordy',
  description: 'Wordy phrases (write-good): "in order to", "a number of".',
  rationale: 'AP favors tight copy: "to", not "in order to".',
});
