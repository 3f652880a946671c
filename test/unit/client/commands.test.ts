import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { COMMANDS, paletteCommands } from '../../../client/src/commands';
import { documentSelector } from '../../../client/src/document-selector';
import { repoRoot } from '../../../scripts/generate/paths';

const root = repoRoot(__dirname);

describe('client commands', () => {
  it('prefixes every id with "copydesk." and never repeats one', () => {
    const ids = Object.values(COMMANDS).map((command) => command.id);
    for (const id of ids) assert.match(id, /^copydesk\.[A-Za-z.]+$/);
    assert.equal(new Set(ids).size, ids.length);
  });

  it('offers the article commands and the sourcing summary in the palette, not the internal ones', () => {
    assert.deepEqual(paletteCommands().map((c) => c.id), ['copydesk.checkDocument', 'copydesk.fixAll', 'copydesk.checkWorkspace', 'copydesk.showSources']);
  });
});

describe('document selector', () => {
  it('covers saved files and untitled drafts for every configured language', () => {
    assert.deepEqual(documentSelector(['markdown', 'plaintext']), [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
      { scheme: 'file', language: 'plaintext' },
      { scheme: 'untitled', language: 'plaintext' },
    ]);
  });
});

describe('editor boundaries', () => {
  const importsVscode = /(?:from\s+|require\()\s*['"](vscode|vscode-languageclient(?:\/[\w/]*)?)['"]/;

  function sources(dir: string): string[] {
    if (!fs.existsSync(dir)) return [];
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(dir, entry.name);
      return entry.isDirectory() ? sources(full) : entry.name.endsWith('.ts') ? [full] : [];
    });
  }

  it('only client/ imports vscode or the language client', () => {
    const offenders = ['rules', 'server', 'cli', 'scripts']
      .flatMap((dir) => sources(path.join(root, dir)))
      .filter((file) => importsVscode.test(fs.readFileSync(file, 'utf8')));
    assert.deepEqual(offenders.map((file) => path.relative(root, file)), []);
  });

  it('keeps the client modules that tests and generators load free of vscode', () => {
    for (const name of ['commands.ts', 'views.ts', 'status-text.ts', 'workspace-check.ts', 'protocol.ts', 'document-selector.ts', 'sources-tree.ts', 'sources-markdown.ts']) {
      assert.doesNotMatch(fs.readFileSync(path.join(root, 'client/src', name), 'utf8'), importsVscode, name);
    }
  });
});
