// npm run bench: Copydesk against the tools editors know, on the same inputs, in one run.
// Not a test: it prints a table. Ratios matter more than absolute numbers on a shared machine.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { benchInputs, documentOfWords } from './bench/inputs';
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

function measure(tool: string, file: string, bytes: number, runs: number): Cell {
  const result = spawnSync(process.execPath, ['--max-old-space-size=8192', WORKER, tool, file, String(runs), '1'], { encoding: 'utf8', timeout: 600_000 });
  if (result.status !== 0) return { medianMs: NaN, mbPerS: NaN, maxRssMb: NaN, note: (result.stderr || result.error?.message || 'failed').split('\n')[0] };
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

  const serverScript = path.resolve(__dirname, '../../dist/server.js');
  if (!fs.existsSync(serverScript)) {
    console.log(`\nLSP latency: skipped (${serverScript} missing — run npm run build)`);
    return;
  }
  console.log('\n| LSP edit → diagnostics (200 edits) | p50 | p95 | max | server peak RSS |');
  console.log('|---|---|---|---|---|');
  for (const words of [2_000, 50_000]) {
    const r = await measureLatency(serverScript, documentOfWords(words));
    console.log(`| ${r.words.toLocaleString('en-US')} words | ${fmtMs(r.p50)} | ${fmtMs(r.p95)} | ${fmtMs(r.max)} | ${fmt(r.serverRssMb, 0)} MB |`);
  }
  for (const bundle of ['dist/client.js', 'dist/server.js']) {
    const file = path.resolve(__dirname, '../..', bundle);
    if (fs.existsSync(file)) console.log(`${bundle}: ${(fs.statSync(file).size / 1024).toFixed(0)} KB`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
