import adverbWhere from 'adverb-where';
import ePrime from 'e-prime';
import passiveVoice from 'passive-voice';
import weaselWords from 'weasel-words';
import thereIs from 'write-good/lib/there-is';
import startsWithSo from 'write-good/lib/starts-with-so';
import { lexicalIllusions } from './lexical-illusions';
import { packageMatcherRegex } from './package-regex';
import { phraseRegexMatcher } from './phrase-regex-matcher';

/** One write-good suggestion, offsets in the checked text. */
export interface CheckedSuggestion {
  /** write-good check name, e.g. "passive". */
  check: string;
  start: number;
  end: number;
  /** write-good's reason for the check that keeps the span, e.g. '"very" is a weasel word'. */
  reason: string;
}

type Checker = (text: string) => { index: number; offset: number }[];

/**
 * write-good 1.0.8's checks in its own order (the order decides which check keeps a span
 * two of them flag), with its explanations. write-good itself is not called: it runs every
 * checker over the text and no-cliches' ~700-phrase regex is ~90% of its time; here that
 * regex and too-wordy's run only where a phrase can start (phrase-regex-matcher.ts), and the repeated-word
 * check compares words in place (lexical-illusions.ts), with the same results.
 */
const CHECKS: readonly { name: string; explanation: string; run: Checker }[] = [
  { name: 'weasel', explanation: 'is a weasel word', run: weaselWords },
  { name: 'illusion', explanation: 'is repeated', run: lexicalIllusions },
  { name: 'so', explanation: 'adds no meaning', run: startsWithSo },
  { name: 'thereIs', explanation: 'is unnecessary verbiage', run: thereIs },
  { name: 'passive', explanation: 'may be passive voice', run: passiveVoice },
  { name: 'adverb', explanation: 'can weaken meaning', run: adverbWhere },
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  { name: 'tooWordy', explanation: 'is wordy or unneeded', run: fastPhraseChecker('too-wordy', () => require('too-wordy')) },
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  { name: 'cliches', explanation: 'is a cliche', run: fastPhraseChecker('no-cliches', () => require('no-cliches')) },
  { name: 'eprime', explanation: "is a form of 'to be'", run: ePrime },
];

/**
 * The package's own regex run only where it can match, or the package itself if that regex
 * cannot be had. Made on first use: building the package's regex and its sticky copy takes
 * ~100 ms (as write-good's own first call does), which a server should not pay at start-up.
 */
function fastPhraseChecker(specifier: string, loadPackageChecker: () => Checker): Checker {
  let checker: Checker | undefined;
  return (text) => {
    if (!checker) {
      const regex = packageMatcherRegex(specifier);
      checker = (regex && phraseRegexMatcher(regex)) ?? loadPackageChecker();
    }
    return checker(text);
  };
}

/**
 * What `writeGood(text, options)` returns, as Copydesk keeps it: every check runs unless
 * `options[name] === false` (e-prime only when `options.eprime` is true), a span flagged by
 * several checks goes to the first of them, and the result is in text order.
 */
export function writeGoodSuggestions(text: string, options: Readonly<Record<string, boolean>>): CheckedSuggestion[] {
  const taken = new Set<string>();
  const found: (CheckedSuggestion & { order: number })[] = [];
  CHECKS.forEach((check, order) => {
    const enabled = check.name in options ? options[check.name] !== false : check.name !== 'eprime';
    if (!enabled) return;
    for (const { index, offset } of check.run(text)) {
      const key = `${index}:${offset}`;
      if (taken.has(key)) continue;
      taken.add(key);
      found.push({ check: check.name, start: index, end: index + offset, reason: reasonFor(text, index, offset, check.explanation), order });
    }
  });
  found.sort((a, b) => a.start - b.start || a.order - b.order);
  return found.map(({ check, start, end, reason }) => ({ check, start, end, reason }));
}

/**
 * write-good's reason, `"<flagged text>" <explanation>`, one check's explanation per hint (each
 * style/* rule reports its own check). Line breaks inside the flagged words become spaces, so
 * the message reads on one line in the Problems panel and the CLI.
 */
function reasonFor(text: string, index: number, offset: number, explanation: string): string {
  return `"${text.substr(index, offset).replace(/\s+/g, ' ')}" ${explanation}`;
}
