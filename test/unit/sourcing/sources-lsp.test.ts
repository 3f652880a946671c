import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { testConfig } from '../lsp/fixtures';
import { LspClient, pathToUri } from '../lsp/lsp-harness';

interface Ranged {
  start: number;
  end: number;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}
interface SourcesResult {
  uri: string;
  version: number | null;
  namedSources: { name: string; count: number; citations: (Ranged & { cue: string })[] }[];
  anonymousSources: (Ranged & { phrase: string; reasonGiven: boolean })[];
  vagueAttributions: (Ranged & { text: string })[];
  unattributedClaims: (Ranged & { text: string })[];
}

const DRAFT = [
  '# Talks stall',
  '',
  'Jane Doe, a State Department official, said the talks would resume. Doe said no date was set.',
  '',
  'A senior official, who declined to be identified, said the deal was close. Critics say the deal is weak.',
  '',
].join('\n');

describe('LSP server: copydesk/sources (the Sources view data)', () => {
  let client: LspClient;
  let folder: string;
  before(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-lsp-sources-'));
    client = await LspClient.start(testConfig(), folder);
  });
  after(async () => {
    await client.stop();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('summarises an open document, with LSP ranges for every citation', async () => {
    const uri = 'file:///tmp/copydesk-lsp/sources.md';
    await client.open(uri, 'markdown', DRAFT);
    const result = await client.request<SourcesResult>('copydesk/sources', { uri });
    assert.equal(result.uri, uri);
    assert.equal(result.version, 1);
    assert.deepEqual(result.namedSources.map((s) => [s.name, s.count]), [['Jane Doe', 2]]);
    const [first] = result.namedSources[0].citations;
    assert.deepEqual(first.range.start, { line: 2, character: 0 });
    assert.deepEqual(result.anonymousSources.map((a) => [a.phrase, a.reasonGiven]), [['A senior official, who declined to be identified', false]]);
    assert.deepEqual(result.anonymousSources[0].range.start, { line: 4, character: 0 });
    assert.deepEqual(result.vagueAttributions.map((v) => v.text), ['Critics say']);
    await client.close(uri);
  });

  it('reads a file from disk that is not open', async () => {
    const file = path.join(folder, 'closed.txt');
    fs.writeFileSync(file, 'Officials said the road was closed.\n');
    const result = await client.request<SourcesResult>('copydesk/sources', { uri: pathToUri(file) });
    assert.equal(result.version, null);
    assert.deepEqual(result.anonymousSources.map((a) => a.phrase), ['Officials said']);
  });
});
