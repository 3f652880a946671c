import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/** The project root, from out/test/unit/cli/. */
export const ROOT = path.resolve(__dirname, '..', '..', '..', '..');
export const BIN = path.join(ROOT, 'bin', 'copydesk.js');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI (`node bin/copydesk.js …`) as a child process, as a user or CI would. */
export function runCli(args: readonly string[], options: { input?: string | Buffer; cwd?: string } = {}): CliRun {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    timeout: 120_000,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh folder with the given files; removed by the caller's `after`. */
export function tempDir(files: Record<string, string | Buffer> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-cli-'));
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), content);
  return dir;
}

/** The JSON report of `copydesk check --format json`, typed loosely for assertions. */
export interface JsonReport {
  version: number;
  files: {
    path: string;
    diagnostics: {
      ruleId: string;
      severity: string;
      message: string;
      offset: [number, number];
      range: { start: { line: number; character: number }; end: { line: number; character: number } };
      text: string;
      fixes: { title: string; safe: boolean; edits: { offset: [number, number]; newText: string }[] }[];
    }[];
  }[];
}

export function checkJson(args: readonly string[], options: { input?: string; cwd?: string } = {}): { run: CliRun; report: JsonReport } {
  const run = runCli(['check', '--format', 'json', ...args], options);
  return { run, report: JSON.parse(run.stdout) as JsonReport };
}
