import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DRAFT, testConfig } from './fixtures';
import { codes, LspClient, pathToUri } from './lsp-harness';

const WARNING = 2;
const ERROR = 1;

describe('LSP server: settings', () => {
  let client: LspClient;
  let workspace: string;
  before(async () => {
    workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-lsp-settings-'));
    fs.mkdirSync(path.join(workspace, 'desk'));
    client = await LspClient.start(testConfig(), workspace);
  });
  after(async () => {
    await client.stopExpectingNoErrors();
    fs.rmSync(workspace, { recursive: true, force: true });
  });

  const configurationChanged = () => client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });

  it('reads settings per document and re-publishes when the configuration changes', async () => {
    const uri = pathToUri(path.join(workspace, 'desk', 'config.md'));
    client.config = testConfig();
    const opened = await client.open(uri, 'markdown', DRAFT);
    assert.deepEqual(codes(opened), ['dates/ordinal', 'dates/month-abbreviation', 'style/illusion']);
    assert.ok(client.configurationRequests.some((item) => item.scopeUri === uri && item.section === 'copydesk'));

    client.config = testConfig({ 'dates/ordinal': 'off' });
    const republished = client.waitForDiagnostics(uri);
    await configurationChanged();
    assert.deepEqual(codes(await republished), ['dates/month-abbreviation', 'style/illusion']);

    client.config = testConfig({ 'style/*': 'off', 'dates/month-abbreviation': 'error' });
    const again = client.waitForDiagnostics(uri);
    await configurationChanged();
    const published = await again;
    assert.deepEqual(codes(published), ['dates/ordinal', 'dates/month-abbreviation']);
    assert.equal(published.diagnostics[1].severity, ERROR);
    await client.close(uri);
  });

  it('shows a malformed setting once and keeps checking with the default', async () => {
    const first = pathToUri(path.join(workspace, 'malformed-1.md'));
    const second = pathToUri(path.join(workspace, 'malformed-2.md'));
    client.config = testConfig({ 'dates/ordinal': 'loud' }, { debounceMs: 'fast' });
    const shown = client.waitForMessage((m) => m.message.includes('copydesk.debounceMs'));
    await configurationChanged();
    const published = await client.open(first, 'markdown', DRAFT);
    // The bad severity is ignored (the rule keeps its default), the rest still runs.
    assert.deepEqual(codes(published), ['dates/ordinal', 'dates/month-abbreviation', 'style/illusion']);
    const message = await shown;
    assert.equal(message.type, WARNING);
    await client.waitForMessage((m) => m.message.includes('copydesk.rules["dates/ordinal"]'));
    await client.open(second, 'markdown', DRAFT);
    assert.equal(client.messages.filter((m) => m.message.includes('copydesk.debounceMs')).length, 1, 'shown once, not per document');
    await client.close(first);
    await client.close(second);
  });

  it('resolves a house-style path against the workspace folder', async () => {
    fs.writeFileSync(path.join(workspace, 'house.json'), JSON.stringify({ extends: 'ap', name: 'house' }));
    client.config = testConfig({}, { style: 'house.json' });
    await configurationChanged();
    const before = client.messages.length;
    // The article sits in a subfolder: the path must not be resolved against it.
    const uri = pathToUri(path.join(workspace, 'desk', 'house-article.md'));
    const published = await client.open(uri, 'markdown', DRAFT);
    assert.equal(published.diagnostics.length, 3);
    const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
    assert.equal(hover, null);
    assert.deepEqual(client.messages.slice(before), [], 'no error for a valid style file');
    await client.close(uri);
  });

  it('reports a broken house-style file once, naming it, and falls back to AP', async () => {
    const broken = path.join(workspace, 'broken.json');
    fs.writeFileSync(broken, '{ "extends": "ap", ');
    client.config = testConfig({}, { style: 'broken.json' });
    await configurationChanged();
    const uri = pathToUri(path.join(workspace, 'desk', 'broken-style.md'));
    const error = client.waitForMessage((m) => m.message.includes(broken));
    const published = await client.open(uri, 'markdown', DRAFT);
    assert.deepEqual(codes(published), ['dates/ordinal', 'dates/month-abbreviation', 'style/illusion']);
    const message = await error;
    assert.equal(message.type, ERROR);
    assert.match(message.message, /"ap"/);
    const next = client.waitForDiagnostics(uri, (p) => p.version === 2);
    await client.change(uri, `${DRAFT}\nMore copy.\n`);
    await next;
    assert.equal(client.messages.filter((m) => m.message.includes(broken)).length, 1, 'shown once, not per check');
    await client.close(uri);
  });

  it('publishes empty diagnostics when disabled or for a language not in copydesk.languages', async () => {
    const markdown = pathToUri(path.join(workspace, 'off.md'));
    const plain = pathToUri(path.join(workspace, 'off.txt'));
    client.config = testConfig({}, { languages: ['markdown'] });
    await configurationChanged();
    assert.deepEqual((await client.open(plain, 'plaintext', 'The vote is on Oct. 2nd.\n')).diagnostics, []);
    assert.deepEqual(codes(await client.open(markdown, 'markdown', 'The vote is on Oct. 2nd.\n')), ['dates/ordinal']);

    client.config = testConfig({}, { enable: false });
    const cleared = client.waitForDiagnostics(markdown, (p) => p.diagnostics.length === 0);
    const plainAgain = client.waitForDiagnostics(plain);
    await configurationChanged();
    await cleared;
    assert.deepEqual((await plainAgain).diagnostics, []);

    client.config = testConfig();
    const back = client.waitForDiagnostics(plain, (p) => p.diagnostics.length === 1);
    await configurationChanged();
    assert.deepEqual(codes(await back), ['dates/ordinal']);
    await client.close(markdown);
    await client.close(plain);
  });
});
