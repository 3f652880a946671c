// One tool on one input, in its own process so its peak RSS is its own.
// Prints one JSON line: {times: ms[], maxRssMb, findings}.
import * as fs from 'fs';
import writeGood from 'write-good';
import { checkText } from '../../rules/src';
import { clearAttributionCache } from '../../rules/src/analysis/attribution';
import { clearRecognitionCache } from '../../rules/src/analysis/recognition/document';
import { clearProseSuggestionCache } from '../../rules/src/analysis/write-good-run';

type Tool = 'regex' | 'copydesk' | 'copydesk-nostyle' | 'write-good' | 'harper';

// TypeScript would turn import() into require(); harper.js is ESM-only.
const importEsm = new Function('specifier', 'return import(specifier)') as (s: string) => Promise<any>;

function clearMemos(): void {
  clearProseSuggestionCache();
  clearRecognitionCache();
  clearAttributionCache();
}

async function makeRunner(tool: Tool): Promise<(text: string) => Promise<number> | number> {
  switch (tool) {
    case 'regex':
      return (text) => {
        let n = 0;
        const re = /\b[A-Z][a-z]+ \d{1,2}\b/g;
        while (re.exec(text)) n++;
        return n;
      };
    // Cold: the paragraph memos are emptied first, so a repeated run does not measure cache hits
    // (an editor's re-check after an edit does hit them: see the LSP latency table).
    case 'copydesk':
      return (text) => {
        clearMemos();
        return checkText(text, { kind: 'plaintext' }).findings.length;
      };
    case 'copydesk-nostyle':
      return (text) => {
        clearMemos();
        return checkText(text, { kind: 'plaintext', rules: { 'style/*': 'off' } }).findings.length;
      };
    case 'write-good':
      return (text) => writeGood(text).length;
    case 'harper': {
      const { LocalLinter } = await importEsm('harper.js');
      const { binaryInlined } = await importEsm('harper.js/binaryInlined');
      const linter = new LocalLinter({ binary: binaryInlined });
      await linter.setup();
      return async (text) => (await linter.lint(text)).length;
    }
  }
}

const WARMUP_MS = 2_000;
const MAX_WARMUP_RUNS = 500;

async function main(): Promise<void> {
  const [tool, file, runsArg, warmupArg, budgetArg] = process.argv.slice(2);
  const text = fs.readFileSync(file, 'utf8');
  const run = await makeRunner(tool as Tool);
  const warmups = Number(warmupArg ?? 1);
  const runs = Number(runsArg ?? 5);
  let findings = 0;
  // Warm-up compiles the hot paths; 200 KB of the same copy does that as well as 10 MB would.
  const warmupText = text.length > 200_000 ? text.slice(0, text.indexOf('\n\n', 200_000) + 1 || 200_000) : text;
  // Warm up for a while, not for one run: V8 optimises a function only after many calls, and an
  // editor's server or a CI job runs warm. One run left a 15 KB check at ~10 ms that takes
  // ~1.6 ms warm. Every tool gets the same warm-up.
  const warmupStarted = performance.now();
  for (let i = 0; i < warmups || (performance.now() - warmupStarted < WARMUP_MS && i < MAX_WARMUP_RUNS); i++) findings = await run(warmupText);
  // A slow tool on a big input stops after the time budget (at least one timed run).
  const budgetMs = Number(budgetArg ?? Infinity);
  const times: number[] = [];
  const began = performance.now();
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    findings = await run(text);
    times.push(performance.now() - start);
    if (performance.now() - began > budgetMs) break;
  }
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify({ times, maxRssMb, findings }) + '\n');
}

main().catch((error) => {
  process.stderr.write(String(error?.stack ?? error) + '\n');
  process.exit(1);
});
