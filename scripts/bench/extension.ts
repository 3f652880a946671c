import { spawnSync } from 'child_process';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../../..');

/** client + server as shipped in the .vsix (minified, built in memory), in bytes. */
export async function shippedExtensionBytes(): Promise<{ client: number; server: number } | undefined> {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { entries, buildOptions } = require(path.join(ROOT, 'scripts', 'bundle-options.cjs'));
    const { build } = await import('esbuild');
    const sizes: Record<string, number> = {};
    for (const entry of entries.filter((e: { name: string }) => e.name === 'client' || e.name === 'server')) {
      const result = await build({ ...buildOptions(ROOT, entry, true), write: false, logLevel: 'silent' });
      sizes[entry.name] = (result.outputFiles ?? []).reduce((sum, f) => sum + f.contents.length, 0);
    }
    return { client: sizes.client, server: sizes.server };
  } catch {
    return undefined;
  }
}

/**
 * The bulk of the extension's activation cost: loading dist/client.js (with a stub vscode
 * module), median of fresh processes. activate() itself only registers commands and starts
 * the server process asynchronously; it is not run here (it needs a real VS Code).
 */
export function clientLoadMs(runs = 7): number {
  const script = `
    const Module = require('module');
    const stub = new Proxy(function () {}, { get: (t, k) => (k === 'then' ? undefined : stub), apply: () => stub, construct: () => stub });
    const resolve = Module._resolveFilename;
    Module._resolveFilename = function (request, ...rest) { return request === 'vscode' ? 'vscode' : resolve.call(this, request, ...rest); };
    require.cache.vscode = { id: 'vscode', filename: 'vscode', loaded: true, exports: stub };
    const start = performance.now();
    require(${JSON.stringify(path.join(ROOT, 'dist', 'client.js'))});
    process.stdout.write(String(performance.now() - start));
  `;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const result = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 30_000 });
    const ms = Number(result.stdout);
    if (result.status === 0 && Number.isFinite(ms)) times.push(ms);
  }
  times.sort((a, b) => a - b);
  return times.length ? times[Math.floor(times.length / 2)] : NaN;
}
