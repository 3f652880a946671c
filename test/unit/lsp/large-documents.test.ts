import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CodeAction } from 'vscode-languageserver-protocol';
import { DRAFT, testConfig } from './fixtures';
import { codes, LspClient } from './lsp-harness';
import { rangeOfText } from './positions';

// About 10 MB of clean copy, then one error on the last line.
const SENTENCE = 'The council met on Oct. 5 to discuss the budget, and members asked about the schedule.\n\n';
const CLEAN = SENTENCE.repeat(Math.ceil(10_000_000 / SENTENCE.length));
const TAIL = 'The vote is on Oct. 2nd.\n';
const BIG = CLEAN + TAIL;

describe('LSP server: a 10 MB article', () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start(testConfig());
  });
  after(async () => {
    await client.stopExpectingNoErrors();
  });

  it('is checked off the main thread: other articles, hover and a newer version do not wait for it', async () => {
    const big = 'file:///tmp/copydesk-lsp/big-busy.md';
    const small = 'file:///tmp/copydesk-lsp/small-while-busy.md';
    const firstIndex = client.publishes.length;
    // write-good alone needs seconds for 10 MB; none of what follows may wait for that.
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: big, languageId: 'markdown', version: 1, text: BIG } });
    const smallPublished = await client.open(small, 'markdown', DRAFT);
    assert.equal(smallPublished.diagnostics.length, 3);
    const hover = await client.request('textDocument/hover', { textDocument: { uri: small }, position: rangeOfText(DRAFT, 'Oct. 2nd').start });
    assert.ok(hover);
    // Replacing the text stops the 10 MB check; only the new version is published.
    const replaced = client.waitForDiagnostics(big, (p) => p.version === 2);
    await client.change(big, TAIL);
    assert.deepEqual(codes(await replaced), ['dates/ordinal']);
    await client.request('textDocument/hover', { textDocument: { uri: big }, position: { line: 0, character: 0 } });
    assert.deepEqual(client.publishes.slice(firstIndex).filter((p) => p.uri === big).map((p) => p.version), [2]);
    await client.close(big);
    await client.close(small);
  });

  it('publishes exact ranges at the end of a 10 MB article and serves quick fixes from them', async () => {
    client.config = testConfig({ 'style/illusion': 'off' }); // the date rules alone: a few seconds
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const uri = 'file:///tmp/copydesk-lsp/big.md';
    const started = Date.now();
    const published = client.waitForDiagnostics(uri, (p) => p.version === 1, 60_000);
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: BIG } });
    const diagnostics = await published;
    const elapsed = Date.now() - started;
    const lastLine = BIG.split('\n').length - 2;
    const column = TAIL.indexOf('Oct. 2nd');
    assert.deepEqual(diagnostics.diagnostics.map((d) => [d.code, d.range]), [
      ['dates/ordinal', { start: { line: lastLine, character: column }, end: { line: lastLine, character: column + 8 } }],
    ]);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: diagnostics.diagnostics[0].range, context: { diagnostics: diagnostics.diagnostics } });
    assert.equal(actions[0].title, 'Remove "nd"');
    console.log(`# 10 MB article (${BIG.length} UTF-16 units): diagnostics after ${elapsed} ms`);
    client.config = testConfig();
    await client.close(uri);
  });
});
