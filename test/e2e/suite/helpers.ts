import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';

// Compiled to out/test/e2e/suite/, so the repository is four levels up.
export const repoRoot = path.resolve(__dirname, '../../../..');

/** The source name the language server puts on every diagnostic. */
export const SOURCE = 'copydesk';

export function workspaceFolder(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('The e2e suite needs the fixture workspace open.');
  return folder.uri.fsPath;
}

/**
 * A private copy of a fixture file inside the workspace, for a test that edits or saves:
 * tests never share a modified document.
 */
export function freshCopy(fixture: string, name: string): vscode.Uri {
  const target = path.join(workspaceFolder(), name);
  fs.copyFileSync(path.join(workspaceFolder(), fixture), target);
  return vscode.Uri.file(target);
}

export async function openInEditor(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(document, { preview: false });
}

/** Polls `probe` until it returns a value other than undefined/false, or fails after `timeoutMs`. */
export async function waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== false) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}${lastError ? `: ${String(lastError)}` : ''}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export function ruleIdOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return typeof code === 'object' && code !== null ? String(code.value) : String(code);
}

export function copydeskDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

/** Waits until the published Copydesk diagnostics of `uri` satisfy `ready`, and returns them. */
export async function waitForDiagnostics(uri: vscode.Uri, what: string, ready: (diagnostics: vscode.Diagnostic[]) => boolean, timeoutMs = 30_000): Promise<vscode.Diagnostic[]> {
  const started = Date.now();
  const label = `${what} (${path.basename(uri.path)})`;
  const diagnostics = await waitFor(label, () => {
    const current = copydeskDiagnostics(uri);
    return ready(current) && current;
  }, timeoutMs);
  // Worth knowing when it is slow (the first check after start-up includes the server's start).
  const waited = Date.now() - started;
  if (waited > 2000) console.log(`      (waited ${(waited / 1000).toFixed(1)} s for ${label})`);
  return diagnostics;
}

export function hasRule(ruleId: string): (diagnostics: vscode.Diagnostic[]) => boolean {
  return (diagnostics) => diagnostics.some((d) => ruleIdOf(d) === ruleId);
}

export function describeDiagnostics(document: vscode.TextDocument, diagnostics: readonly vscode.Diagnostic[]): string {
  return diagnostics.map((d) => `  ${ruleIdOf(d)} ${JSON.stringify(document.getText(d.range))} @${d.range.start.line}:${d.range.start.character}`).join('\n');
}

/** Rule ids in the build's registry: assertions about a family apply once its rules exist. */
export function registeredRuleIds(): Set<string> {
  const registry = require(path.join(repoRoot, 'out/rules/src/registry.js')) as { allRules: { meta: { id: string } }[] };
  return new Set(registry.allRules.map((rule) => rule.meta.id));
}

/**
 * Runs the Copydesk CLI (`bin/copydesk.js`) with Node and returns its stdout. Exit status 1
 * only means findings at warning or above remain; 2 (usage or input error) fails.
 * In desktop VS Code the extension host's execPath is Electron, which behaves as Node with
 * ELECTRON_RUN_AS_NODE.
 */
export async function runCli(args: string[]): Promise<string> {
  // Asynchronous: a synchronous spawn would block the extension host (and the extension under test).
  const child = spawn(process.execPath, [path.join(repoRoot, 'bin/copydesk.js'), ...args], {
    cwd: repoRoot,
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const status = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  if (status !== 0 && status !== 1) throw new Error(`copydesk ${args.join(' ')} exited with ${status}: ${stderr}`);
  return stdout;
}

/** `copydesk fix --stdout` of `text`, via a temp file outside the workspace. */
export async function cliFix(text: string, fileName: string): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-e2e-cli-'));
  try {
    const file = path.join(dir, fileName);
    fs.writeFileSync(file, text);
    return await runCli(['fix', '--stdout', file]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Character position of the n-th (0-based) occurrence of `needle` in the document. */
export function rangeOfText(document: vscode.TextDocument, needle: string, occurrence = 0): vscode.Range {
  const text = document.getText();
  let index = -1;
  for (let i = 0; i <= occurrence; i++) {
    index = text.indexOf(needle, index + 1);
    if (index < 0) throw new Error(`"${needle}" (occurrence ${occurrence}) is not in ${document.uri.path}`);
  }
  return new vscode.Range(document.positionAt(index), document.positionAt(index + needle.length));
}
