import type { ArticleDocument } from './model/article';
import type { CheckOptions, Report, RuleMeta } from './types';
import type { HouseStyle } from './house-style/house-style';

/** Everything a rule may read. Rules never see editor or protocol types. */
export interface RuleContext {
  readonly doc: ArticleDocument;
  readonly style: HouseStyle;
  readonly options: Readonly<Required<Pick<CheckOptions, 'numericDateOrder' | 'checkInsideQuotes'>>> & CheckOptions;
  /** Ids of the rules that are switched on for this run (some rules defer to others). */
  readonly enabledRules: ReadonlySet<string>;
  report(report: Report): void;
}

export interface Rule {
  readonly meta: RuleMeta;
  check(context: RuleContext): void;
}

/** Where each rule's documentation lives; generated from the catalogue into docs/rules/. */
export const DOCS_BASE = 'https://github.com/copydesk/copydesk/blob/main/docs/rules/';

export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE}${ruleId}.md`;
}
