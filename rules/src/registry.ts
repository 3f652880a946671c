import { monthAbbreviation } from './dates/month-abbreviation';
import { ordinal } from './dates/ordinal';
import type { Rule } from './rule';
import { adverb } from './style/adverb';
import { cliche } from './style/cliche';
import { ePrime } from './style/e-prime';
import { illusion } from './style/illusion';
import { passive } from './style/passive';
import { so } from './style/so';
import { thereIs } from './style/there-is';
import { weasel } from './style/weasel';
import { wordy } from './style/wordy';

/** Every rule, in catalogue order. The settings schema and README tables are generated from this list. */
export const allRules: readonly Rule[] = [
  // dates
  monthAbbreviation,
  ordinal,
  // style (write-good)
  passive,
  weasel,
  adverb,
  illusion,
  so,
  thereIs,
  wordy,
  cliche,
  ePrime,
];

const byId = new Map(allRules.map((rule) => [rule.meta.id, rule]));

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}
