// The core's public vocabulary. Nothing here knows about VS Code or LSP:
// offsets are UTF-16 code-unit indices into the original text (what JS strings use),
// so the server and CLI can map them to LSP positions without re-reading the text.

export type Severity = 'hint' | 'information' | 'warning' | 'error';
export type SeveritySetting = Severity | 'off';

export const SEVERITY_RANK: Record<Severity, number> = { hint: 0, information: 1, warning: 2, error: 3 };

/** Replace text[start, end) with newText. */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /**
   * Deterministic formatting fixes are safe ("fix all" applies them).
   * Fixes that insert placeholders or change facts (which day an event happened) are not.
   */
  safe: boolean;
}

export interface RelatedLocation {
  start: number;
  end: number;
  message: string;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  start: number;
  end: number;
  message: string;
  fixes: Fix[];
  related?: RelatedLocation[];
}

/** What a rule reports; the engine adds ruleId and severity. */
export type Report = Omit<Finding, 'ruleId' | 'severity'> & { fixes?: Fix[] };

export type RuleFamily = 'sourcing' | 'attribution' | 'dates' | 'times' | 'figures' | 'style';

export interface RuleMeta {
  /** Stable public id, e.g. "dates/ordinal". Never rename. */
  id: string;
  defaultSeverity: SeveritySetting;
  /** One line, shown in settings and the README rules table. */
  description: string;
  /** Hover text: what the rule enforces and the AP entry behind it, one or two sentences. */
  rationale: string;
  fixable: boolean;
}

export type DocumentKind = 'markdown' | 'plaintext';

export interface CalendarDate {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
}

export interface PublicationDate extends CalendarDate {
  source: 'front-matter' | 'dateline' | 'setting';
}

export interface CheckOptions {
  kind?: DocumentKind;
  /** House style name (a file in rules/styles) or an already-loaded style object. */
  style?: string;
  /** Per-rule severity overrides; 'off' disables. */
  rules?: Record<string, SeveritySetting>;
  /** YYYY-MM-DD; used when the document itself carries no date. */
  publicationDate?: string;
  numericDateOrder?: 'mdy' | 'dmy';
  checkInsideQuotes?: boolean;
}
