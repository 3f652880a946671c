import type { Finding, Fix } from '../../../rules/src';
import { LineIndex, type Position } from '../positions';
import type { FileReport } from '../report';

/**
 * The JSON contract other tools rely on (issue 2 §5): version 1. Offsets are UTF-16
 * code-unit offsets into the file's text (after a UTF-8 BOM, which is not part of the
 * text); `range` is the LSP range (0-based line and character, CRLF one line break).
 * Field order is fixed so that output diffs stay readable. Do not add, rename or remove
 * fields without bumping `version`.
 */
export interface JsonReport {
  version: 1;
  files: JsonFile[];
}

export interface JsonFile {
  path: string;
  diagnostics: JsonDiagnostic[];
}

export interface JsonDiagnostic {
  ruleId: string;
  severity: Finding['severity'];
  message: string;
  offset: [number, number];
  range: { start: Position; end: Position };
  text: string;
  fixes: JsonFix[];
}

export interface JsonFix {
  title: string;
  safe: boolean;
  edits: { offset: [number, number]; newText: string }[];
}

export function toJsonReport(reports: readonly FileReport[]): JsonReport {
  return {
    version: 1,
    files: reports.map(({ file, findings }) => {
      const index = new LineIndex(file.text);
      return {
        path: file.displayPath,
        diagnostics: findings.map((f) => ({
          ruleId: f.ruleId,
          severity: f.severity,
          message: f.message,
          offset: [f.start, f.end] as [number, number],
          range: { start: index.positionAt(f.start), end: index.positionAt(f.end) },
          text: file.text.slice(f.start, f.end),
          fixes: f.fixes.map(toJsonFix),
        })),
      };
    }),
  };
}

function toJsonFix(fix: Fix): JsonFix {
  return { title: fix.title, safe: fix.safe, edits: fix.edits.map((e) => ({ offset: [e.start, e.end] as [number, number], newText: e.newText })) };
}

export function formatJson(reports: readonly FileReport[]): string {
  return JSON.stringify(toJsonReport(reports)) + '\n';
}
