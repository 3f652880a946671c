import { writeGoodRule } from './write-good-rule';

export const ePrime = writeGoodRule({
  suffix: 'e-prime',
  description: 'Forms of "to be" (write-good E-Prime); off by default.',
  rationale: 'E-Prime avoids "to be"; a strict exercise, off unless a desk wants it.',
  defaultOff: true,
});
