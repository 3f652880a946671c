import { spawn, type ChildProcess } from 'child_process';
import * as http from 'http';
import * as net from 'net';
import { codeServerBin } from './paths';

export interface CodeServer {
  port: number;
  /** Everything code-server printed, for the failure report. */
  output(): string;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function healthy(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const request = http.get({ host: '127.0.0.1', port, path: '/healthz', timeout: 1000 }, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.on('error', () => resolve(false));
    request.on('timeout', () => {
      request.destroy();
      resolve(false);
    });
  });
}

/**
 * Starts code-server in its own process group (it forks the VS Code server and extension
 * hosts), so `stop()` can end the whole tree by the group id of the process we started.
 */
export async function startCodeServer(options: { workspace: string; userData: string; extensions: string; startTimeoutMs?: number }): Promise<CodeServer> {
  const port = await freePort();
  let output = '';
  const child: ChildProcess = spawn(
    codeServerBin,
    [
      '--auth', 'none',
      '--bind-addr', `127.0.0.1:${port}`,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--user-data-dir', options.userData,
      '--extensions-dir', options.extensions,
      options.workspace,
    ],
    { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, VSCODE_PROXY_URI: '' } },
  );
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  let exited = false;
  const exitedPromise = new Promise<void>((resolve) => child.once('exit', () => { exited = true; resolve(); }));

  const stop = async () => {
    if (exited || child.pid === undefined) return;
    try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
    const timer = setTimeout(() => { try { process.kill(-child.pid!, 'SIGKILL'); } catch { /* gone */ } }, 5000);
    await exitedPromise;
    clearTimeout(timer);
    // Children that ignored SIGTERM after their parent left.
    try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ }
  };

  const deadline = Date.now() + (options.startTimeoutMs ?? 60_000);
  while (!(await healthy(port))) {
    if (exited || Date.now() > deadline) {
      await stop();
      throw new Error(`code-server did not start on port ${port}${exited ? ' (it exited)' : ''}:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { port, output: () => output, stop };
}
