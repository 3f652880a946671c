import { writeGoodRule } from './write-good-rule';

export const passive = writeGoodRule({
  suffix: 'passive',
  description: 'Passive voice (write-good): say who did it.',
  rationale: 'AP favors the active voice: a passive sentence can hide who acted ("mistakes were made").',
});
