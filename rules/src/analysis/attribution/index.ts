// The attribution analysis shared by the sourcing and attribution rules and the Sources summary.
export { analyseAttribution, CLAIM_THRESHOLD, clearAttributionCache } from './analyse';
export { MIN_QUOTE_WORDS } from './quotes';
export type * from './types';
export { summarizeSources, type SourcesSummary, type NamedSourceSummary, type AnonymousSourceSummary, type SpanSummary, type SummaryOptions, type Citation } from './summary';
