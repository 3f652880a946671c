// npm run bench: Copydesk against the tools editors know, on the same inputs, in one run.
// Not a test: it prints a table. Ratios matter more than absolute numbers on a shared machine.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { benchInputs, documentOfWords } from './bench/inputs';
import { cliThroughput } from './bench/cli-throughput';
import { clientLoadMs, shippedExtensionBytes } from './bench/extension';
import { measureLatency } from './bench/lsp-latency';

interface Cell {
  medianMs: number;
  mbPerS: number;
  maxRssMb: number;
  note?: string;
}

const WORKER = path.join(__dirname, 'bench', 'worker.js');
const TOOLS: { id: string; label: string; maxBytes?: number; runs?: (bytes: number) => number }[] = [
  { id: 'regex', label: 'one V8 regex pass (floor)' },
  { id: 'copydesk-nostyle', label: 'Copydesk, all rules but style/*' },
  { id: 'copydesk', label: 'Copydesk, all rules' },
  { id: 'write-good', label: 'write-good alone' },
  // harper.js grows superlinearly on one long document (measured 53 s at 1 MB): 10 MB is not run.
  { id: 'harper', label: 'harper.js', maxBytes: 1_100_000, runs: (bytes) => (bytes > 100_000 ? 1 : 5) },
];

function runsFor(bytes: number): number {
  return bytes < 100_000 ? 21 : bytes < 2_000_000 ? 5 : 3;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Per cell: runs stop once this much time is spent (at least one timed run); a run longer than the timeout is given up. */
const BUDGET_MS = 60_000;
const TIMEOUT_MS = 420_000;

function measure(tool: string, file: string, bytes: number, runs: number): Cell {
  const result = spawnSync(process.execPath, ['--max-old-space-size=8192', WORKER, tool, file, String(runs), '1', String(BUDGET_MS)], { encoding: 'utf8', timeout: TIMEOUT_MS });
  if (result.status !== 0) {
    const note = result.error && /ETIMEDOUT/.test(String(result.error)) ? `gave up after ${TIMEOUT_MS / 1000} s` : (result.stderr || result.error?.message || 'failed').split('\n')[0];
    return { medianMs: NaN, mbPerS: NaN, maxRssMb: NaN, note };
  }
  const out = JSON.parse(result.stdout.trim().split('\n').pop()!);
  const ms = median(out.times);
  return { medianMs: ms, mbPerS: bytes / 1e6 / (ms / 1000), maxRssMb: out.maxRssMb };
}

const fmtMs = (ms: number) => (Number.isNaN(ms) ? '–' : ms < 10 ? ms.toFixed(2) + ' ms' : ms < 10_000 ? ms.toFixed(0) + ' ms' : (ms / 1000).toFixed(1) + ' s');
const fmt = (n: number, digits = 1) => (Number.isNaN(n) ? '–' : n.toFixed(digits));

async function main(): Promise<void> {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  console.log(`Copydesk bench — ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB`);
  const inputs = benchInputs();
  const results = new Map<string, Map<string, Cell>>();
  for (const tool of TOOLS) {
    const row = new Map<string, Cell>();
    for (const input of inputs) {
      if (tool.maxBytes && input.bytes > tool.maxBytes) {
        row.set(input.name, { medianMs: NaN, mbPerS: NaN, maxRssMb: NaN, note: 'not run (superlinear)' });
        continue;
      }
      process.stderr.write(`  ${tool.id} on ${input.name}…\n`);
      row.set(input.name, measure(tool.id, input.file, input.bytes, tool.runs?.(input.bytes) ?? runsFor(input.bytes)));
    }
    results.set(tool.id, row);
  }

  console.log('\n| tool | ' + inputs.map((i) => `${i.name} (median, MB/s, peak RSS)`).join(' | ') + ' |');
  console.log('|---|' + inputs.map(() => '---').join('|') + '|');
  for (const tool of TOOLS) {
    const row = results.get(tool.id)!;
    const cells = inputs.map((i) => {
      const c = row.get(i.name)!;
      return c.note && Number.isNaN(c.medianMs) ? c.note : `${fmtMs(c.medianMs)}, ${fmt(c.mbPerS)} MB/s, ${fmt(c.maxRssMb, 0)} MB`;
    });
    console.log(`| ${tool.label} | ${cells.join(' | ')} |`);
  }

  const ratio = (a: string, b: string, size: string) => results.get(b)!.get(size)!.medianMs / results.get(a)!.get(size)!.medianMs;
  console.log('\nRatios (how many times faster Copydesk is; > 1 is faster):');
  for (const input of inputs) {
    console.log(
      `  ${input.name}: without style/* vs write-good ${fmt(ratio('copydesk-nostyle', 'write-good', input.name))}×, vs harper.js ${fmt(ratio('copydesk-nostyle', 'harper', input.name))}×; ` +
        `all rules take ${fmt(1 / ratio('copydesk', 'write-good', input.name), 2)}× write-good's time`,
    );
  }
  const oneMb = results.get('copydesk-nostyle')!.get('1 MB')!.medianMs;
  const tenMb = results.get('copydesk-nostyle')!.get('10 MB')!.medianMs;
  console.log(`  linearity: 10 MB takes ${fmt(tenMb / oneMb, 2)}× the 1 MB run (without style/*)`);

  const targets: [string, boolean, string][] = [];
  const nostyle = results.get('copydesk-nostyle')!;
  for (const size of ['1 MB', '10 MB']) {
    const c = nostyle.get(size)!;
    targets.push([`core without style/* ≥ 20 MB/s on ${size}`, c.mbPerS >= 20, `${fmt(c.mbPerS)} MB/s`]);
  }
  targets.push(['linear: 10 MB ≤ 11× the 1 MB run (without style/*)', tenMb / oneMb <= 11, `${fmt(tenMb / oneMb, 2)}×`]);
  for (const size of inputs.map((i) => i.name)) {
    const r = 1 / ratio('copydesk', 'write-good', size);
    targets.push([`all rules ≤ 1.25× write-good alone on ${size}`, r <= 1.25, `${fmt(r, 2)}×`]);
  }
  const small = nostyle.get('15 KB')!.medianMs;
  targets.push(['15 KB article < 2 ms without style/*', small < 2, fmtMs(small)]);

  const serverScript = path.resolve(__dirname, '../../dist/server.js');
  if (!fs.existsSync(serverScript)) {
    console.log(`\nLSP latency: skipped (${serverScript} missing — run npm run build)`);
  } else {
    console.log('\n| LSP edit → diagnostics (200 edits) | p50 | p95 | max | server peak RSS |');
    console.log('|---|---|---|---|---|');
    for (const [words, p95Target] of [[2_000, 30], [50_000, 150]] as const) {
      let r;
      try {
        r = await measureLatency(serverScript, documentOfWords(words));
      } catch (error) {
        console.log(`| ${words.toLocaleString('en-US')} words | failed: ${(error as Error).message} | | | |`);
        targets.push([`edit → diagnostics p95 < ${p95Target} ms at ${words.toLocaleString('en-US')} words`, false, 'failed']);
        continue;
      }
      console.log(`| ${r.words.toLocaleString('en-US')} words | ${fmtMs(r.p50)} | ${fmtMs(r.p95)} | ${fmtMs(r.max)} | ${fmt(r.serverRssMb, 0)} MB |`);
      targets.push([`edit → diagnostics p95 < ${p95Target} ms at ${words.toLocaleString('en-US')} words`, r.p95 < p95Target, fmtMs(r.p95)]);
      if (words === 50_000) targets.push(['server RSS < 150 MB at 50,000 words', r.serverRssMb < 150, `${fmt(r.serverRssMb, 0)} MB`]);
    }
  }

  const shipped = await shippedExtensionBytes();
  if (shipped) {
    const total = shipped.client + shipped.server;
    console.log(`\nExtension bundle as shipped (minified): client ${(shipped.client / 1024).toFixed(0)} KB + server ${(shipped.server / 1024).toFixed(0)} KB = ${(total / 1024).toFixed(0)} KB`);
    targets.push(['extension bundle (client + server, minified) < 1 MB', total < 1_000_000, `${(total / 1e6).toFixed(2)} MB`]);
  }
  const load = clientLoadMs();
  console.log(`Activation: loading dist/client.js takes ${fmtMs(load)} (median of 7 fresh processes, vscode stubbed)`);
  targets.push(['activation < 200 ms (client bundle load)', load < 200, fmtMs(load)]);

  const cli = cliThroughput(10);
  if (cli) {
    const byDefault = cli.defaultWorkers === 0 ? cli.serialSeconds : cli.parallelSeconds;
    const alternative = cli.defaultWorkers === 0 ? `with ${cli.workers} worker thread${cli.workers === 1 ? '' : 's'} beside it` : 'on the main thread alone';
    const otherSeconds = cli.defaultWorkers === 0 ? cli.parallelSeconds : cli.serialSeconds;
    console.log(
      `\ncopydesk check on the corpus ×10 (${cli.files} files, ${fmt(cli.megabytes)} MB): ${fmt(cli.files / byDefault)} files/s as it runs by default ` +
        `(${cli.defaultWorkers === 0 ? 'main thread only' : `main thread + ${cli.defaultWorkers} worker threads`}), ${fmt(cli.files / otherSeconds)} files/s ${alternative} (${fmt(byDefault / otherSeconds, 2)}× the default)`,
    );
  }

  console.log('\n| target | met | measured |');
  console.log('|---|---|---|');
  for (const [name, met, measured] of targets) console.log(`| ${name} | ${met ? 'met' : 'MISSED'} | ${measured} |`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
