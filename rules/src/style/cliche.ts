import { writeGoodRule } from './write-good-rule';

export const cliche = writeGoodRule({
  suffix: 'cliche',
  description: 'Clichés (write-good).',
  rationale: 'Clichés are stale; say it plainly.',
});
