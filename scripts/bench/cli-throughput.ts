import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { defaultWorkerCount } from '../../cli/src/parallel';
import { corpusDir } from './inputs';

const BIN = path.resolve(__dirname, '../../../bin/copydesk.js');

export interface CliThroughput {
  files: number;
  megabytes: number;
  /** The main thread alone (COPYDESK_WORKERS=0). */
  serialSeconds: number;
  /** The main thread and `workers` worker threads, all checking (one per extra core, at least one). */
  parallelSeconds: number;
  workers: number;
  /** How many worker threads `copydesk check` starts by itself for this run (0 on two cores). */
  defaultWorkers: number;
}

/**
 * `copydesk check` over the shared corpus's articles copied `copies` times (an archive audit):
 * once on the main thread only (COPYDESK_WORKERS=0), once with the main thread and a worker
 * per extra core (at least one) checking; one of them is what `copydesk check` does by itself.
 */
export function cliThroughput(copies = 10): CliThroughput | undefined {
  const articles = path.join(corpusDir(), 'articles');
  if (!fs.existsSync(articles) || !fs.existsSync(BIN)) return undefined;
  const names = fs.readdirSync(articles).filter((n) => n.endsWith('.txt')).sort();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-bench-cli-'));
  const files: string[] = [];
  let bytes = 0;
  for (let copy = 0; copy < copies; copy++) {
    for (const name of names) {
      const file = `${copy}-${name}`;
      fs.copyFileSync(path.join(articles, name), path.join(dir, file));
      bytes += fs.statSync(path.join(dir, file)).size;
      files.push(file);
    }
  }
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  const workers = Math.max(1, cores - 1);
  const defaultWorkers = defaultWorkerCount(files.length, bytes);
  const time = (workers: string) => {
    const env = { ...process.env, COPYDESK_WORKERS: workers };
    const start = performance.now();
    const result = spawnSync(process.execPath, [BIN, 'check', '--format', 'json', ...files], { cwd: dir, env, maxBuffer: 1024 * 1024 * 1024, timeout: 900_000 });
    const seconds = (performance.now() - start) / 1000;
    return result.status === 0 || result.status === 1 ? seconds : NaN;
  };
  try {
    const serialSeconds = time('0');
    const parallelSeconds = time(String(workers));
    return { files: files.length, megabytes: bytes / 1e6, serialSeconds, parallelSeconds, workers, defaultWorkers };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
