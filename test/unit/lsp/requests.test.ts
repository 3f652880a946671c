import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { DRAFT, testConfig } from './fixtures';
import { codes, LspClient, pathToUri } from './lsp-harness';
import { rangeOfText } from './positions';

describe('LSP server: hover and copydesk/checkFile', () => {
  let client: LspClient;
  let folder: string;
  before(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-lsp-requests-'));
    client = await LspClient.start(testConfig(), folder);
  });
  after(async () => {
    await client.stopExpectingNoErrors();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('explains a flagged span on hover: rule id, message, AP reference and docs link', async () => {
    const uri = 'file:///tmp/copydesk-lsp/hover.md';
    await client.open(uri, 'markdown', DRAFT);
    const range = rangeOfText(DRAFT, 'Oct. 2nd');
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: range.start.line, character: range.start.character + 3 } });
    assert.ok(hover);
    assert.deepEqual(hover.range, range);
    const value = (hover.contents as MarkupContent).value;
    assert.equal((hover.contents as MarkupContent).kind, 'markdown');
    assert.match(value, /`dates\/ordinal`/);
    assert.match(value, /AP Stylebook, "dates"/);
    assert.match(value, /\(https:\/\/\S+\/docs\/rules\/dates\/ordinal\.md\)/);
    const clean = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 4, character: 3 } });
    assert.equal(clean, null);
    await client.close(uri);
  });

  it('checks a file from disk that is not open and publishes its diagnostics', async () => {
    const file = path.join(folder, 'story.md');
    fs.writeFileSync(file, DRAFT);
    const uri = pathToUri(file);
    const published = client.waitForDiagnostics(uri);
    const result = await client.request<{ uri: string; count: number }>('copydesk/checkFile', { uri });
    assert.deepEqual(result, { uri, count: 3 });
    const diagnostics = await published;
    assert.deepEqual(codes(diagnostics), ['dates/ordinal', 'dates/month-abbreviation', 'style/illusion']);
    assert.deepEqual(diagnostics.diagnostics[0].range, rangeOfText(DRAFT, 'Oct. 2nd'));

    // The language comes from the extension: an HTML comment is skipped in Markdown only.
    const text = 'Vote on Oct. 2nd.\n<!-- moved from Oct. 3rd -->\n';
    const notes = path.join(folder, 'notes.txt');
    const markdown = path.join(folder, 'notes.markdown');
    fs.writeFileSync(notes, text);
    fs.writeFileSync(markdown, text);
    assert.deepEqual(await client.request('copydesk/checkFile', { uri: pathToUri(notes) }), { uri: pathToUri(notes), count: 2 });
    assert.deepEqual(await client.request('copydesk/checkFile', { uri: pathToUri(markdown) }), { uri: pathToUri(markdown), count: 1 });
  });

  it('answers a missing file with an error and keeps serving', async () => {
    const uri = pathToUri(path.join(folder, 'missing.md'));
    await assert.rejects(client.request('copydesk/checkFile', { uri }), /cannot read/);
    const file = path.join(folder, 'after.md');
    fs.writeFileSync(file, 'Clean copy.\n');
    assert.deepEqual(await client.request('copydesk/checkFile', { uri: pathToUri(file) }), { uri: pathToUri(file), count: 0 });
  });
});
