import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';

// Compiled to out/test/unit/: the sources are three levels up.
const ROOT = path.resolve(__dirname, '../../..');

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(relative));
    else if (/\.(?:ts|js|mjs|cjs)$/.test(entry.name)) out.push(relative);
  }
  return out;
}

/** Module specifiers of import/export-from/require/dynamic import statements, read from the file's text. */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
  const specifiers: string[] = [];
  const re = /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)(['"])([^'"\n]+)\1/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) specifiers.push(m[2]);
  return specifiers;
}

function offenders(dir: string, forbidden: (specifier: string) => boolean): string[] {
  return sourceFiles(dir).flatMap((file) => importsOf(file).filter(forbidden).map((s) => `${file} imports "${s}"`));
}

const isEditorOrProtocol = (s: string) => s === 'vscode' || s.startsWith('vscode/') || /^vscode-(?:languageserver|languageclient|jsonrpc)/.test(s);

describe('architecture: server', () => {
  it('finds imports in file text (the scanner itself works)', () => {
    assert.ok(importsOf('server/src/server.ts').includes('vscode-languageserver/node'));
    assert.ok(importsOf('server/src/server.ts').some((s) => s.startsWith('./')));
  });

  it('rules/ imports neither vscode nor any LSP package', () => {
    assert.ok(sourceFiles('rules/src').length > 10);
    assert.deepEqual(offenders('rules', isEditorOrProtocol), []);
  });

  it('server/ never imports vscode, the client or the CLI', () => {
    assert.deepEqual(offenders('server', (s) => s === 'vscode' || s.startsWith('vscode/') || /(?:^|\/)(?:client|cli)\//.test(s)), []);
  });
});
