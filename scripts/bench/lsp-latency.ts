import { spawn } from 'child_process';
import * as path from 'path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { SERVER_NODE_OPTIONS } from '../../server/src/launch';

export interface LatencyResult {
  words: number;
  edits: number;
  p50: number;
  p95: number;
  max: number;
  serverRssMb: number;
}

interface Edit {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  text: string;
}

/** A seeded PRNG so every run scripts the same edits. */
function prng(seed: number): () => number {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
}

function positionAt(text: string, offset: number) {
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, character: offset - lineStart };
}

/**
 * 200 scripted edits through the real server process: typing (single characters),
 * pasting a paragraph, deleting a range. Latency = didChange sent → publishDiagnostics
 * for that version received. Incremental sync, debounce 0 (the debounce is a user setting,
 * not processing time). The server's RSS is its peak (VmHWM) over the whole run.
 */
export async function measureLatency(serverScript: string, text: string, edits = 200): Promise<LatencyResult> {
  // Started as the VS Code client starts it (same Node options).
  const child = spawn(process.execPath, [...SERVER_NODE_OPTIONS, serverScript, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiting = new Map<number, () => void>();
  // A server that dies mid-run fails this measurement instead of crashing the whole bench.
  let exited: Error | undefined;
  const failures = new Set<(error: Error) => void>();
  child.stdin.on('error', () => undefined);
  child.on('exit', (code, signal) => {
    exited = new Error(`server exited (code ${code}, signal ${signal})`);
    for (const fail of failures) fail(exited);
  });
  connection.onNotification('textDocument/publishDiagnostics', (params: { version?: number }) => {
    if (params.version !== undefined) waiting.get(params.version)?.();
  });
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => ({ debounceMs: 0 })));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onNotification('window/showMessage', () => undefined);
  connection.onNotification('window/logMessage', () => undefined);
  connection.listen();
  const uri = 'file://' + path.resolve('bench-document.md');
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { versionSupport: true } } },
  });
  connection.sendNotification('initialized', {});
  const published = (version: number) => new Promise<void>((resolve, reject) => {
    if (exited) return reject(exited);
    const fail = (error: Error) => {
      clearTimeout(timer);
      failures.delete(fail);
      reject(error);
    };
    const timer = setTimeout(() => fail(new Error(`no diagnostics for version ${version} within 30 s`)), 30_000);
    failures.add(fail);
    waiting.set(version, () => {
      clearTimeout(timer);
      failures.delete(fail);
      waiting.delete(version);
      resolve();
    });
  });
  let current = text;
  let version = 1;
  const opened = published(version);
  connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } }).catch(() => undefined);
  await opened;

  const random = prng(42);
  const paragraph = text.split('\n\n').find((p) => p.length > 200) ?? 'A pasted paragraph.';
  const latencies: number[] = [];
  for (let i = 0; i < edits; i++) {
    const kind = i % 10 === 9 ? 'paste' : i % 10 === 8 ? 'delete' : 'type';
    const at = Math.floor(random() * current.length);
    let start = at;
    let end = at;
    let insert = '';
    if (kind === 'type') insert = 'abcdefghij ,.'[Math.floor(random() * 13)];
    if (kind === 'paste') {
      start = end = current.indexOf('\n\n', at) === -1 ? current.length : current.indexOf('\n\n', at);
      insert = '\n\n' + paragraph;
    }
    if (kind === 'delete') end = Math.min(current.length, at + 1 + Math.floor(random() * 40));
    const change: Edit = { range: { start: positionAt(current, start), end: positionAt(current, end) }, text: insert };
    current = current.slice(0, start) + insert + current.slice(end);
    version++;
    const done = published(version);
    const sent = performance.now();
    connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] }).catch(() => undefined);
    await done;
    latencies.push(performance.now() - sent);
  }
  const rss = await serverRss(child.pid);
  await connection.sendRequest('shutdown');
  // The server exits on "exit": a write racing its exit must not become an unhandled rejection.
  await connection.sendNotification('exit').catch(() => undefined);
  await new Promise<void>((resolve) => {
    if (exited) return resolve();
    child.once('exit', () => resolve());
    setTimeout(resolve, 5_000).unref();
  });
  connection.dispose();
  if (!exited) child.kill();
  latencies.sort((a, b) => a - b);
  const pick = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
  return { words: text.split(/\s+/).length, edits, p50: pick(0.5), p95: pick(0.95), max: latencies[latencies.length - 1], serverRssMb: rss };
}

async function serverRss(pid: number | undefined): Promise<number> {
  if (!pid) return NaN;
  try {
    const status = (await import('fs')).readFileSync(`/proc/${pid}/status`, 'utf8');
    const hwm = /VmHWM:\s+(\d+) kB/.exec(status);
    return hwm ? Number(hwm[1]) / 1024 : NaN;
  } catch {
    return NaN;
  }
}
