import * as path from 'path';
import { checkText, type EngineOptions, type Finding } from '../rules/src';
import { SCORERS } from './eval/scorers';
import { renderTable } from './eval/table';
import type { EvalOptions, ScoreReport } from './eval/types';

/**
 * `npm run eval -- [corpus dir] [--json] [--verbose] [--gold-year] [--only NAME]`
 *
 * Measures the rules on real copy: findings per rule over the corpus, precision/recall
 * against the gold labels, and any other scorer in scripts/eval/scorers.ts. The core runs
 * in-process (the same `checkText` the CLI calls, plain-text kind, like
 * `copydesk check --format json` on these .txt files, without a process per article).
 */
const USAGE = 'usage: npm run eval -- [CORPUS_DIR (default ../shared/corpus)] [--json] [--verbose] [--gold-year] [--only SCORER]';

interface Args {
  corpusDir: string;
  json: boolean;
  verbose: boolean;
  goldYear: boolean;
  only?: string;
}

function parseArgs(argv: readonly string[]): Args {
  const projectRoot = path.resolve(__dirname, '..', '..');
  const args: Args = { corpusDir: path.resolve(projectRoot, '..', 'shared', 'corpus'), json: false, verbose: false, goldYear: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--json') args.json = true;
    else if (arg === '--verbose' || arg === '-v') args.verbose = true;
    else if (arg === '--gold-year') args.goldYear = true;
    else if (arg === '--only') args.only = argv[++i];
    else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else if (arg.startsWith('-')) {
      console.error(`eval: unknown option ${arg}\n${USAGE}`);
      process.exit(2);
    } else args.corpusDir = path.resolve(arg);
  }
  return args;
}

/** Each article is checked once per option set, however many scorers read it. */
function cachedChecker(): EvalOptions['check'] {
  const cache = new Map<string, Finding[]>();
  return (file: string, text: string, options: EngineOptions = {}) => {
    const key = `${file}\u0000${JSON.stringify(options)}`;
    let findings = cache.get(key);
    if (!findings) {
      const result = checkText(text, { kind: 'plaintext', ...options });
      for (const failure of result.failures) console.error(`eval: ${file}: rule ${failure.ruleId} threw: ${failure.message}`);
      findings = result.findings;
      cache.set(key, findings);
    }
    return findings;
  };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const options: EvalOptions = { verbose: args.verbose, goldYear: args.goldYear, check: cachedChecker() };
  const scorers = SCORERS.filter((s) => !args.only || s.name === args.only);
  if (scorers.length === 0) {
    console.error(`eval: no scorer named "${args.only}" (have: ${SCORERS.map((s) => s.name).join(', ')})`);
    process.exit(2);
  }
  const reports: ScoreReport[] = [];
  for (const scorer of scorers) {
    const report = await scorer.run(args.corpusDir, options);
    if (report) reports.push(report);
    else if (!args.json) console.log(`(${scorer.name}: no data under ${args.corpusDir}; skipped)\n`);
  }
  if (reports.length === 0) {
    console.error(`eval: nothing to evaluate in ${args.corpusDir} (expected articles/, wto-tiktok.txt, gold/)`);
    process.exit(2);
  }
  if (args.json) {
    console.log(JSON.stringify({ corpus: args.corpusDir, reports: reports.map((r) => ({ scorer: r.scorer, tables: r.tables, data: r.data, ...(args.verbose ? { details: r.details } : {}) })) }, null, 2));
    return;
  }
  console.log(`Copydesk eval on ${args.corpusDir}\n`);
  for (const report of reports) {
    for (const table of report.tables) console.log(renderTable(table) + '\n');
    if (args.verbose && report.details.length) console.log(`${report.scorer} details:\n${report.details.join('\n')}\n`);
  }
}

main().catch((error: unknown) => {
  console.error(`eval: ${(error as Error)?.stack ?? String(error)}`);
  process.exit(2);
});
