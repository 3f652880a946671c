import type { EngineOptions, Finding } from '../../rules/src';

/**
 * One table of an evaluation report. Cells are plain values so the same table prints as
 * text and serialises as JSON (`npm run eval -- --json`).
 */
export interface ScoreTable {
  title: string;
  columns: string[];
  rows: (string | number | null)[][];
  /** One-line remarks printed under the table (definitions, caveats). */
  notes?: string[];
}

/** What a scorer hands back: tables for people, `data` for machines, `details` for tuning. */
export interface ScoreReport {
  scorer: string;
  tables: ScoreTable[];
  /** Machine-readable numbers (included in --json output). */
  data: unknown;
  /** Lines printed only with --verbose: each false positive / false negative with its text. */
  details: string[];
}

export interface EvalOptions {
  verbose: boolean;
  /** Pass the gold file's year to year-dependent checks (see scripts/eval/gold.ts). */
  goldYear: boolean;
  /** Runs the core on one article; results are cached per (file, options). */
  check(file: string, text: string, options?: EngineOptions): Finding[];
}

/**
 * A scorer measures the core on one part of the corpus. It returns undefined when its data
 * is not in the corpus folder (e.g. no polnear/dev), so eval runs on any subset.
 * To add one (PolNeAR, issue 3): write scripts/eval/<name>.ts exporting a Scorer and list it
 * in SCORERS in scripts/eval/scorers.ts.
 */
export interface Scorer {
  name: string;
  description: string;
  run(corpusDir: string, options: EvalOptions): Promise<ScoreReport | undefined>;
}
