import { isInHeading, isInsideQuote } from '../../model/queries';
import type { RuleContext } from '../../rule';
import type { ScanOptions } from '../scan';
import { matchesAt } from './marks';

/**
 * scanProse for a sticky regex tried only at `candidates` (ascending document offsets that
 * include every offset where it can match, from the document's marks): the same matches,
 * without running the regex over the whole prose.
 */
export function scanProseAt(context: RuleContext, re: RegExp, candidates: readonly number[], options: ScanOptions = {}): RegExpExecArray[] {
  const { doc } = context;
  const skipQuotes = options.skipQuotes ?? !context.options.checkInsideQuotes;
  if (!re.sticky) throw new Error('scanProseAt needs a sticky regex');
  return matchesAt(re, doc.prose, candidates).filter((m) => {
    if (skipQuotes && isInsideQuote(doc, m.index, m.index + m[0].length)) return false;
    return !(options.skipHeadings && isInHeading(doc, m.index));
  });
}

/** Per house-style section, values built once (regexes from the style's word lists). */
export function memoByStyle<S extends object, V>(build: (section: S) => V): (section: S) => V {
  const memo = new WeakMap<S, V>();
  return (section) => {
    let value = memo.get(section);
    if (value === undefined) {
      value = build(section);
      memo.set(section, value);
    }
    return value;
  };
}
