import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DRAFT, testConfig } from './fixtures';
import { codes, LspClient } from './lsp-harness';
import { expectedRange, rangeOfText } from './positions';

describe('LSP server: diagnostics', () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start(testConfig());
  });
  after(async () => {
    await client.stopExpectingNoErrors();
  });

  it('initializes with the features the client relies on', () => {
    const caps = client.initializeResult.capabilities as Record<string, any>;
    assert.equal(caps.hoverProvider, true);
    assert.deepEqual(caps.codeActionProvider.codeActionKinds, ['quickfix', 'source.fixAll.copydesk']);
    assert.deepEqual(caps.executeCommandProvider.commands, ['copydesk.server.fixAll']);
    assert.equal(caps.textDocumentSync.openClose, true);
  });

  it('publishes diagnostics on open with rule ids, exact ranges, source and docs links', async () => {
    const uri = 'file:///tmp/copydesk-lsp/draft.md';
    const published = await client.open(uri, 'markdown', DRAFT);
    assert.deepEqual(codes(published), ['dates/ordinal', 'dates/month-abbreviation', 'style/illusion']);
    const [ordinal, month, illusion] = published.diagnostics;
    assert.deepEqual(ordinal.range, rangeOfText(DRAFT, 'Oct. 2nd'));
    assert.deepEqual(month.range, rangeOfText(DRAFT, 'October'));
    // write-good flags the second "the" of "the the".
    const second = DRAFT.indexOf('the the') + 4;
    assert.deepEqual(illusion.range, expectedRange(DRAFT, second, second + 3));
    assert.deepEqual(ordinal.range, { start: { line: 6, character: 25 }, end: { line: 6, character: 33 } });
    for (const d of published.diagnostics) {
      assert.equal(d.source, 'copydesk');
      assert.match(d.codeDescription!.href, new RegExp(`/docs/rules/${String(d.code)}\\.md$`));
      assert.ok(d.message.length > 0);
    }
    assert.equal(ordinal.severity, 2); // warning
    assert.equal(illusion.severity, 4); // hint
    assert.equal(published.version, 1);
    await client.close(uri);
  });

  it('publishes only for the newest version after several quick changes', async () => {
    const uri = 'file:///tmp/copydesk-lsp/quick.md';
    // A long pause, so that even a loaded machine sends the five changes within it.
    client.config = testConfig({}, { debounceMs: 1000 });
    await client.open(uri, 'markdown', 'Nothing to see here.\n');
    client.config = testConfig();
    const firstIndex = client.publishes.length;
    const texts = ['The vote is Oct. 2nd.\n', 'The vote is Oct. 3rd.\n', 'The vote is October 4.\n', 'The vote is Oct. 5th and the the end.\n', 'The vote is on Oct. 6th.\n'];
    let last = 0;
    const final = client.waitForDiagnostics(uri, (p) => p.version === 6);
    for (const text of texts) last = await client.change(uri, text);
    assert.equal(last, 6);
    const published = await final;
    assert.deepEqual(codes(published), ['dates/ordinal']);
    assert.deepEqual(published.diagnostics[0].range, rangeOfText(texts[4], 'Oct. 6th'));
    // A round trip after the publish: anything stale would have arrived by now.
    await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
    const later = client.publishes.slice(firstIndex).filter((p) => p.uri === uri);
    assert.deepEqual(later.map((p) => p.version), [6], 'no publish for versions 2-5');
    await client.close(uri);
  });

  it('drops a result for a version that changed while its settings were being read', async () => {
    const uri = 'file:///tmp/copydesk-lsp/held.md';
    client.config = testConfig({}, { debounceMs: 0 });
    await client.open(uri, 'markdown', 'Nothing to see here.\n');
    let release!: () => void;
    client.configurationGate = new Promise((resolve) => (release = resolve));
    const asked = client.configurationRequests.length;
    // Settings are re-read after a configuration change; hold that answer.
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const firstIndex = client.publishes.length;
    await client.change(uri, 'The vote is Oct. 2nd.\n');
    const final = client.waitForDiagnostics(uri, (p) => p.version === 3);
    await client.change(uri, 'The vote is October 4.\n');
    // The server is now waiting for settings, with versions 2 and 3 behind it.
    const deadline = Date.now() + 10_000;
    while (client.configurationRequests.length === asked) {
      assert.ok(Date.now() < deadline, 'the server asked for settings');
      await new Promise((resolve) => setImmediate(resolve));
    }
    client.configurationGate = undefined;
    release();
    assert.deepEqual(codes(await final), ['dates/month-abbreviation']);
    await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
    assert.deepEqual(client.publishes.slice(firstIndex).filter((p) => p.uri === uri).map((p) => p.version), [3]);
    client.config = testConfig();
    await client.close(uri);
  });

  it('applies incremental changes', async () => {
    const uri = 'file:///tmp/copydesk-lsp/incremental.md';
    const text = 'The vote is on Oct. 2.\n';
    const opened = await client.open(uri, 'markdown', text);
    assert.deepEqual(codes(opened), []);
    const next = client.waitForDiagnostics(uri, (p) => p.version === 2);
    // Type "nd" after "Oct. 2".
    const at = text.indexOf('2.') + 1;
    await client.changeRange(uri, { start: { line: 0, character: at }, end: { line: 0, character: at } }, 'nd');
    const published = await next;
    assert.deepEqual(codes(published), ['dates/ordinal']);
    assert.deepEqual(published.diagnostics[0].range, rangeOfText('The vote is on Oct. 2nd.\n', 'Oct. 2nd'));
    await client.close(uri);
  });

  it('maps ranges to UTF-16 positions in a CRLF document with emoji and combining marks', async () => {
    const uri = 'file:///tmp/copydesk-lsp/crlf.md';
    const text = [
      '---',
      'date: 2020-10-05',
      '---',
      '',
      '🎉 The parade 👩‍👩‍👧 starts on Oct. 2nd, organizers said.',
      'Cafe\u0301 owners 😀 expect the the crowd on October 2.',
      '',
    ].join('\r\n');
    const published = await client.open(uri, 'markdown', text);
    assert.deepEqual(codes(published), ['dates/ordinal', 'style/illusion', 'dates/month-abbreviation']);
    assert.deepEqual(published.diagnostics[0].range, rangeOfText(text, 'Oct. 2nd'));
    // By hand: "🎉" and "😀" are 2 code units each, "👩‍👩‍👧" is 8, "é" as e + U+0301 is 2.
    assert.deepEqual(published.diagnostics[0].range, { start: { line: 4, character: 33 }, end: { line: 4, character: 41 } });
    const second = text.indexOf('the the') + 4;
    assert.deepEqual(published.diagnostics[1].range, expectedRange(text, second, second + 3));
    assert.deepEqual(published.diagnostics[2].range, rangeOfText(text, 'October'));
    await client.close(uri);
  });

  it('keeps working on binary junk, and the server stays up', async () => {
    const uri = 'file:///tmp/copydesk-lsp/junk.txt';
    let junk = '';
    let seed = 7;
    for (let i = 0; i < 20_000; i++) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      junk += String.fromCharCode(seed % 0xffff); // includes NUL, lone surrogates, CR without LF
    }
    junk += ' the the Oct. 2nd';
    const published = await client.open(uri, 'plaintext', junk);
    // LSP ends a line at CRLF, LF or a lone CR.
    const lines = junk.split(/\r\n|\r|\n/).length;
    for (const d of published.diagnostics) assert.ok(d.range.start.line < lines && d.range.end.line < lines);
    assert.ok(codes(published).includes('dates/ordinal'));
    await client.close(uri);
  });

  it('gives empty diagnostics to languages it does not check', async () => {
    const uri = 'file:///tmp/copydesk-lsp/code.ts';
    const published = await client.open(uri, 'typescript', '// The vote is on Oct. 2nd.\n');
    assert.deepEqual(published.diagnostics, []);
    await client.close(uri);
  });

  it('clears diagnostics on close', async () => {
    const uri = 'file:///tmp/copydesk-lsp/close.md';
    const opened = await client.open(uri, 'markdown', DRAFT);
    assert.equal(opened.diagnostics.length, 3);
    const cleared = client.waitForDiagnostics(uri);
    await client.close(uri);
    assert.deepEqual((await cleared).diagnostics, []);
  });
});
