// The Copydesk core: text in, findings out. No editor or protocol types here.
export * from './types';
export type { Rule, RuleContext } from './rule';
export { docsUrl } from './rule';
export { allRules, ruleById } from './registry';
export { checkText, check, fixText, type CheckResult, type EngineOptions, type FixResult, type RuleFailure } from './engine/engine';
export { applyEdits, chooseEdits, safeEdits, safeFixOf } from './engine/fixes';
export { effectiveSeverity, isSeveritySetting, SEVERITY_SETTINGS } from './engine/severity';
export { loadStyle, builtInStyle, builtInStyleNames, HouseStyleError } from './house-style/load';
export type { HouseStyle } from './house-style/house-style';
export type { ArticleDocument, Paragraph, Sentence, Quotation, SkippedRegion, Directive } from './model/article';
export { parseArticle, lineAt, lineStartsOf } from './model/parse';
export { sentenceAt, quoteAt, isInsideQuote, isSkipped } from './model/queries';
export { summarizeSources, type SourcesSummary, type NamedSourceSummary, type AnonymousSourceSummary, type SpanSummary, type SummaryOptions, type Citation } from './analysis/attribution/summary';
export { SETTINGS, DEFAULT_SETTINGS, normalizeSettings, type CopydeskSettings, type SettingSpec, type SettingsProblem } from './settings';
