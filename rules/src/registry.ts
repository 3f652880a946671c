import { anonymityUnexplained } from './sourcing/anonymity-unexplained';
import { anonymousSource } from './sourcing/anonymous-source';
import { unattributedClaim } from './attribution/unattributed-claim';
import { unattributedQuote } from './attribution/unattributed-quote';
import { vague } from './attribution/vague';
import { monthAbbreviation } from './dates/month-abbreviation';
import { ordinal } from './dates/ordinal';
import { numeric } from './dates/numeric';
import { yearComma } from './dates/year-comma';
import { weekdayFormat } from './dates/weekday-format';
import { weekdayMismatch } from './dates/weekday-mismatch';
import { relative } from './dates/relative';
import { decade } from './dates/decade';
import { timesFormat } from './times/format';
import { spellOut } from './figures/spell-out';
import { useNumerals } from './figures/use-numerals';
import { sentenceStart } from './figures/sentence-start';
import { largeNumbers } from './figures/large-numbers';
import { percent } from './figures/percent';
import { thousandsSeparator } from './figures/thousands-separator';
import { inconsistent } from './figures/inconsistent';
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
  // sourcing
  anonymousSource,
  anonymityUnexplained,
  // attribution
  vague,
  unattributedClaim,
  unattributedQuote,
  // dates
  monthAbbreviation,
  ordinal,
  numeric,
  yearComma,
  weekdayFormat,
  weekdayMismatch,
  relative,
  decade,
  // times
  timesFormat,
  // figures
  spellOut,
  useNumerals,
  sentenceStart,
  largeNumbers,
  percent,
  thousandsSeparator,
  inconsistent,
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
