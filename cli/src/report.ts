import { SEVERITY_RANK, type Finding } from '../../rules/src';
import type { InputFile } from './files';

/** One checked file, as every output format receives it. */
export interface FileReport {
  file: InputFile;
  findings: Finding[];
}

/** The exit-status rule: warnings and errors fail the run; hints and information do not. */
export function failsRun(finding: Finding): boolean {
  return SEVERITY_RANK[finding.severity] >= SEVERITY_RANK.warning;
}
