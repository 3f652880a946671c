import { checkText, type EngineOptions, type Finding, type RuleFailure, type TextEdit } from '../../rules/src';
import { fixAllEdits } from './fix-all-edits';

// The work a check worker does, as plain functions over plain (structured-cloneable) data,
// so the same code runs in the worker and, as a fallback, on the main thread.

export type CheckJob =
  | { kind: 'check'; text: string; options: EngineOptions }
  | { kind: 'fixAll'; text: string; options: EngineOptions; findings?: Finding[] };

export type CheckJobResult =
  | { kind: 'check'; findings: Finding[]; failures: RuleFailure[] }
  | { kind: 'fixAll'; edits: TextEdit[] };

export function runCheckJob(job: CheckJob): CheckJobResult {
  if (job.kind === 'fixAll') return { kind: 'fixAll', edits: fixAllEdits(job.text, job.options, job.findings).edits };
  const { findings, failures } = checkText(job.text, job.options);
  return { kind: 'check', findings, failures };
}
