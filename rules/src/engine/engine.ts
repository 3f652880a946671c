import { loadStyle } from '../house-style/load';
import type { HouseStyle } from '../house-style/house-style';
import type { ArticleDocument } from '../model/article';
import { parseArticle } from '../model/parse';
import { allRules } from '../registry';
import type { RuleContext } from '../rule';
import type { CheckOptions, Finding, Report, Severity } from '../types';
import { applyEdits, safeEdits, safeFixOf } from './fixes';
import { effectiveSeverity } from './severity';
import { filterSuppressed } from './suppression';

export interface RuleFailure {
  ruleId: string;
  message: string;
}

export interface CheckResult {
  document: ArticleDocument;
  style: HouseStyle;
  findings: Finding[];
  /** Rules that threw; the others still ran. */
  failures: RuleFailure[];
}

export interface EngineOptions extends CheckOptions {
  /** An already-loaded house style; wins over `style`. */
  houseStyle?: HouseStyle;
  /** Folder that a relative `style` path is resolved against. */
  styleBaseDir?: string;
}

/** Checks one article with every enabled rule. Never throws for a rule's bug: see `failures`. */
export function checkText(text: string, options: EngineOptions = {}): CheckResult {
  const style = options.houseStyle ?? loadStyle(options.style, options.styleBaseDir);
  const document = parseArticle(text, style, { kind: options.kind, publicationDate: options.publicationDate });
  const enabled = new Map<string, Severity>();
  for (const rule of allRules) {
    const severity = effectiveSeverity(rule.meta, options.rules);
    if (severity !== 'off') enabled.set(rule.meta.id, severity);
  }
  const findings: Finding[] = [];
  const failures: RuleFailure[] = [];
  const enabledRules = new Set(enabled.keys());
  const ruleOptions = { ...options, numericDateOrder: options.numericDateOrder ?? 'mdy', checkInsideQuotes: options.checkInsideQuotes ?? false };
  for (const rule of allRules) {
    const severity = enabled.get(rule.meta.id);
    if (!severity) continue;
    const reports: Report[] = [];
    const context: RuleContext = { doc: document, style, options: ruleOptions, enabledRules, report: (r) => reports.push(r) };
    try {
      rule.check(context);
    } catch (error) {
      failures.push({ ruleId: rule.meta.id, message: (error as Error)?.message ?? String(error) });
      continue;
    }
    for (const r of reports) {
      if (!inBounds(r, text.length)) {
        failures.push({ ruleId: rule.meta.id, message: `reported an out-of-range span ${r.start}-${r.end}` });
        continue;
      }
      const finding: Finding = { ruleId: rule.meta.id, severity, start: r.start, end: r.end, message: r.message, fixes: r.fixes ?? [] };
      if (r.related) finding.related = r.related;
      findings.push(finding);
    }
  }
  const kept = filterSuppressed(document, findings);
  kept.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
  return { document, style, findings: kept, failures };
}

export function check(text: string, options: EngineOptions = {}): Finding[] {
  return checkText(text, options).findings;
}

/** The report's span and every fix edit's span are whole offsets inside the text. */
function inBounds(report: Report, length: number): boolean {
  if (!spanInBounds(report, length)) return false;
  for (const fix of report.fixes ?? []) {
    for (const edit of fix.edits) if (!spanInBounds(edit, length)) return false;
  }
  return true;
}

function spanInBounds(span: { start: number; end: number }, length: number): boolean {
  return Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.end <= length && span.start <= span.end;
}

export interface FixResult {
  text: string;
  /** Number of fixes applied over all passes. */
  applied: number;
  passes: number;
}

/**
 * Applies every safe fix. Fixes that collide are left for another pass, as ESLint does
 * (vscode-eslint #1745: neighbouring fixes can corrupt text), until nothing safe is left.
 */
export function fixText(text: string, options: EngineOptions = {}, maxPasses = 10): FixResult {
  const style = options.houseStyle ?? loadStyle(options.style, options.styleBaseDir);
  let current = text;
  let applied = 0;
  let passes = 0;
  while (passes < maxPasses) {
    const findings = check(current, { ...options, houseStyle: style });
    const edits = safeEdits(findings);
    if (edits.length === 0) break;
    current = applyEdits(current, edits);
    // Count fixes, not edits: one fix ("Friday (Oct. 2)" → "Friday, Oct. 2,") may be several edits.
    const chosen = new Set(edits);
    applied += findings.filter((f) => {
      const fix = safeFixOf(f);
      return fix !== undefined && fix.edits.length > 0 && fix.edits.every((edit) => chosen.has(edit));
    }).length;
    passes++;
  }
  return { text: current, applied, passes };
}
