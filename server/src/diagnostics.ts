import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { docsUrl, type Finding, type Severity } from '../../rules/src';

export const DIAGNOSTIC_SOURCE = 'copydesk';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  hint: DiagnosticSeverity.Hint,
  information: DiagnosticSeverity.Information,
  warning: DiagnosticSeverity.Warning,
  error: DiagnosticSeverity.Error,
};

/** Offsets are UTF-16 code units, which is what TextDocument (and LSP) count in. */
export function rangeOf(document: TextDocument, start: number, end: number): Range {
  return { start: document.positionAt(start), end: document.positionAt(end) };
}

/**
 * `code` + `codeDescription.href` is how LSP carries VS Code's `code: {value, target}`:
 * the rule id in the Problems panel links to the rule's documentation.
 */
export function toDiagnostic(document: TextDocument, finding: Finding): Diagnostic {
  const diagnostic: Diagnostic = {
    range: rangeOf(document, finding.start, finding.end),
    severity: SEVERITY[finding.severity],
    source: DIAGNOSTIC_SOURCE,
    code: finding.ruleId,
    codeDescription: { href: docsUrl(finding.ruleId) },
    message: finding.message,
  };
  if (finding.related && finding.related.length > 0) {
    diagnostic.relatedInformation = finding.related.map((r) => ({
      location: { uri: document.uri, range: rangeOf(document, r.start, r.end) },
      message: r.message,
    }));
  }
  return diagnostic;
}

const keyOf = (code: unknown, range: Range, message: string) => `${String(code)}@${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character} ${message}`;

/**
 * Finds the finding behind a diagnostic the client sends back (same rule, range and message).
 * Indexed once per request: a "fix all problems" request may carry thousands of diagnostics.
 */
export function findingIndex(document: TextDocument, findings: readonly Finding[]): (diagnostic: Diagnostic) => Finding | undefined {
  const index = new Map<string, Finding>();
  for (const finding of findings) {
    const key = keyOf(finding.ruleId, rangeOf(document, finding.start, finding.end), finding.message);
    if (!index.has(key)) index.set(key, finding);
  }
  return (diagnostic) => index.get(keyOf(diagnostic.code, diagnostic.range, diagnostic.message));
}

/**
 * The findings behind the last published diagnostics, per document and version, so code
 * actions and hover reuse them instead of checking again (and never mix versions).
 */
export class FindingStore {
  private readonly byUri = new Map<string, { version: number; findings: Finding[] }>();

  set(uri: string, version: number, findings: Finding[]): void {
    this.byUri.set(uri, { version, findings });
  }

  /** The findings for exactly this version, or undefined. */
  get(uri: string, version: number): Finding[] | undefined {
    const entry = this.byUri.get(uri);
    return entry && entry.version === version ? entry.findings : undefined;
  }

  delete(uri: string): void {
    this.byUri.delete(uri);
  }
}
