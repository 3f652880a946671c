import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, PublishDiagnosticsParams, TextDocumentEdit, TextEdit } from 'vscode-languageserver-protocol';
import { DRAFT, testConfig } from './fixtures';
import { applyLspEdits, codes, LspClient } from './lsp-harness';

const WHOLE = { start: { line: 0, character: 0 }, end: { line: 10_000, character: 0 } };

function onlyEdit(action: CodeAction, uri: string, version: number): TextEdit[] {
  const changes = action.edit?.documentChanges as TextDocumentEdit[] | undefined;
  assert.ok(changes, `${action.title}: a documentChanges edit`);
  assert.equal(changes.length, 1);
  assert.deepEqual(changes[0].textDocument, { uri, version });
  return changes[0].edits as TextEdit[];
}

describe('LSP server: code actions', () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start(testConfig());
  });
  after(async () => {
    await client.stopExpectingNoErrors();
  });

  const codeActions = (uri: string, published: PublishDiagnosticsParams, only?: string[]) =>
    client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: WHOLE, context: { diagnostics: published.diagnostics, ...(only ? { only } : {}) } });

  it('offers a quick fix and an ignore action for every diagnostic in one request; the fixes remove the findings', async () => {
    const uri = 'file:///tmp/copydesk-lsp/actions.md';
    const published = await client.open(uri, 'markdown', DRAFT);
    assert.equal(published.diagnostics.length, 3);
    const actions = await codeActions(uri, published);
    const fixes = actions.filter((a) => !a.title.startsWith('Ignore '));
    // One fix per diagnostic, not just for the first.
    assert.deepEqual(fixes.map((a) => a.diagnostics![0].code), ['dates/ordinal', 'dates/month-abbreviation', 'style/illusion']);
    for (const fix of fixes) {
      assert.equal(fix.kind, 'quickfix');
      assert.equal(fix.isPreferred, true, `${fix.title}: the single safe fix is preferred`);
    }
    assert.deepEqual(actions.filter((a) => a.title.startsWith('Ignore ')).map((a) => a.title), ['Ignore dates/ordinal here', 'Ignore dates/month-abbreviation here', 'Ignore style/illusion here']);
    assert.equal(actions.some((a) => a.kind === 'source.fixAll.copydesk'), false, 'fix-all only when asked for');

    // Each fix alone removes its finding.
    for (const fix of fixes) {
      const fixed = applyLspEdits(DRAFT, onlyEdit(fix, uri, 1));
      const version = await client.change(uri, DRAFT);
      const reset = client.waitForDiagnostics(uri, (p) => p.version === version);
      await reset;
      const next = client.waitForDiagnostics(uri, (p) => p.version === version + 1);
      await client.change(uri, fixed);
      const after = await next;
      assert.equal(codes(after).includes(String(fix.diagnostics![0].code)), false, `${fix.title} removes the finding`);
      assert.equal(after.diagnostics.length, 2);
    }
    // All three together (they do not overlap) leave a clean text.
    const all = applyLspEdits(DRAFT, fixes.flatMap((f) => f.edit!.documentChanges!.flatMap((c) => (c as TextDocumentEdit).edits as TextEdit[])));
    assert.match(all, /vote on Oct\. 2, officials said\.\nThe hearing is on Oct\. 2 at the City Hall\./);
    const next = client.waitForDiagnostics(uri, () => true);
    await client.change(uri, all);
    assert.deepEqual((await next).diagnostics, []);
    await client.close(uri);
  });

  it('"Ignore … here" inserts a disable-next-line comment that suppresses the finding (Markdown)', async () => {
    const uri = 'file:///tmp/copydesk-lsp/ignore.md';
    const published = await client.open(uri, 'markdown', DRAFT);
    const ordinal = published.diagnostics.filter((d) => d.code === 'dates/ordinal');
    const actions = await codeActions(uri, { ...published, diagnostics: ordinal });
    const ignore = actions.find((a) => a.title === 'Ignore dates/ordinal here')!;
    assert.ok(ignore);
    const edits = onlyEdit(ignore, uri, 1);
    assert.deepEqual(edits, [{ range: { start: { line: 6, character: 0 }, end: { line: 6, character: 0 } }, newText: '<!-- copydesk-disable-next-line dates/ordinal -->\n' }]);
    const next = client.waitForDiagnostics(uri, (p) => p.version === 2);
    await client.change(uri, applyLspEdits(DRAFT, edits));
    assert.deepEqual(codes(await next), ['dates/month-abbreviation', 'style/illusion']);
    await client.close(uri);
  });

  it('"Ignore … here" in plain text keeps the indentation and the CRLF line ends', async () => {
    const uri = 'file:///tmp/copydesk-lsp/ignore.txt';
    const text = 'Council notes\r\n\r\n    The vote is on Oct. 2nd.\r\n';
    const published = await client.open(uri, 'plaintext', text);
    assert.deepEqual(codes(published), ['dates/ordinal']);
    const actions = await codeActions(uri, published);
    const ignore = actions.find((a) => a.title === 'Ignore dates/ordinal here')!;
    const fixed = applyLspEdits(text, onlyEdit(ignore, uri, 1));
    assert.equal(fixed, 'Council notes\r\n\r\n    copydesk-disable-next-line dates/ordinal\r\n    The vote is on Oct. 2nd.\r\n');
    const next = client.waitForDiagnostics(uri, (p) => p.version === 2);
    await client.change(uri, fixed);
    assert.deepEqual((await next).diagnostics, []);
    await client.close(uri);
  });

  it('source.fixAll.copydesk returns one versioned edit whose application leaves nothing fixable', async () => {
    const uri = 'file:///tmp/copydesk-lsp/fixall.md';
    // Needs two passes: "the the" and "the 3rd October 2020" collide.
    const text = 'He met her on the 2nd of October and the the 3rd October 2020.\n\nThe vote is on October 5th, and the the end.\n';
    const published = await client.open(uri, 'markdown', text);
    assert.ok(published.diagnostics.length >= 5);
    for (const only of [['source.fixAll.copydesk'], ['source.fixAll'], ['source']]) {
      const actions = await codeActions(uri, { ...published, diagnostics: [] }, only);
      assert.equal(actions.length, 1, `one action for only=${only}`);
      assert.equal(actions[0].kind, 'source.fixAll.copydesk');
    }
    const [fixAll] = await codeActions(uri, published, ['source.fixAll.copydesk']);
    const fixed = applyLspEdits(text, onlyEdit(fixAll, uri, 1));
    assert.equal(fixed, 'He met her on Oct. 2 and Oct. 3, 2020.\n\nThe vote is on Oct. 5, and the end.\n');
    const next = client.waitForDiagnostics(uri, (p) => p.version === 2);
    await client.change(uri, fixed);
    const after = await next;
    assert.deepEqual(after.diagnostics, []);
    const again = await codeActions(uri, after, ['source.fixAll.copydesk']);
    assert.deepEqual(again, [], 'nothing left to fix');
    assert.deepEqual(await codeActions(uri, after, ['quickfix']), []);
    await client.close(uri);
  });

  it('never prefers a fix that is not safe, and fix-all leaves it alone', async () => {
    // sourcing/anonymous-source offers only placeholder fixes ("Name the source").
    client.config = testConfig({ 'sourcing/anonymous-source': 'warning' });
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const uri = 'file:///tmp/copydesk-lsp/unsafe.md';
    const published = await client.open(uri, 'markdown', 'The council will vote Tuesday, officials said.\n');
    const anonymous = published.diagnostics.filter((d) => d.code === 'sourcing/anonymous-source');
    assert.equal(anonymous.length, 1);
    const actions = await codeActions(uri, { ...published, diagnostics: anonymous });
    const fixes = actions.filter((a) => !a.title.startsWith('Ignore '));
    assert.ok(fixes.length >= 1);
    for (const fix of fixes) assert.equal(fix.isPreferred, false, fix.title);
    assert.deepEqual(await codeActions(uri, published, ['source.fixAll.copydesk']), []);
    client.config = testConfig();
    await client.close(uri);
  });

  it('the copydesk.server.fixAll command applies the same edit through workspace/applyEdit', async () => {
    const uri = 'file:///tmp/copydesk-lsp/command.md';
    const published = await client.open(uri, 'markdown', DRAFT);
    const [fixAll] = await codeActions(uri, published, ['source.fixAll.copydesk']);
    const result = await client.request<{ applied: boolean }>('workspace/executeCommand', { command: 'copydesk.server.fixAll', arguments: [{ uri }] });
    assert.deepEqual(result, { applied: true });
    assert.equal(client.applyEditRequests.length, 1);
    assert.deepEqual((client.applyEditRequests[0] as { edit: unknown }).edit, fixAll.edit);
    await client.close(uri);
  });
});
