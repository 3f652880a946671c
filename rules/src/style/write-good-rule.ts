import { proseSuggestions } from '../analysis/write-good-run';
import { isInHeading, isInsideQuote } from '../model/queries';
import type { Rule, RuleContext } from '../rule';
import type { Fix } from '../types';

export interface WriteGoodRuleSpec {
  /** Copydesk id suffix: style/<suffix>. */
  suffix: string;
  description: string;
  rationale: string;
  defaultOff?: boolean;
  fix?: (context: RuleContext, start: number, end: number) => Fix | undefined;
  /** Drop suggestions that are right in news copy. */
  accept?: (context: RuleContext, start: number, end: number) => boolean;
}

/** A style/* hint backed by one write-good check; quotes and headlines are left alone. */
export function writeGoodRule(spec: WriteGoodRuleSpec): Rule {
  const id = `style/${spec.suffix}`;
  return {
    meta: { id, defaultSeverity: spec.defaultOff ? 'off' : 'hint', description: spec.description, rationale: spec.rationale, fixable: spec.fix !== undefined },
    check(context) {
      const check = context.style.prose.writeGoodChecks[spec.suffix];
      for (const s of proseSuggestions(context)) {
        if (s.check !== check) continue;
        if (!context.options.checkInsideQuotes && isInsideQuote(context.doc, s.start, s.end)) continue;
        if (isInHeading(context.doc, s.start)) continue;
        if (spec.accept && !spec.accept(context, s.start, s.end)) continue;
        const fix = spec.fix?.(context, s.start, s.end);
        context.report({ start: s.start, end: s.end, message: `${s.reason}.`, fixes: fix ? [fix] : [] });
      }
    },
  };
}
