import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as net from 'node:net';
import { join } from 'node:path';
import { test } from 'node:test';
import { workbenchUrl } from '../../e2e/harness/browser';
import { freePort } from '../../e2e/harness/code-server';
import { repoRoot } from '../../e2e/harness/paths';
import { EXPECTED_FINDINGS, parseAt } from '../../e2e/suite/expected-findings';

test('workbenchUrl: folder and a payload whose paths use the vscode-remote scheme', () => {
  const url = new URL(workbenchUrl(4321, '/tmp/ws dir', '/repo', '/repo/out/test/e2e/suite/index.js'));
  assert.equal(url.origin, 'http://127.0.0.1:4321');
  assert.equal(url.searchParams.get('folder'), '/tmp/ws dir');
  const payload = new Map(JSON.parse(url.searchParams.get('payload')!) as [string, string][]);
  assert.equal(payload.get('extensionDevelopmentPath'), 'vscode-remote://127.0.0.1:4321/repo');
  assert.equal(payload.get('extensionTestsPath'), 'vscode-remote://127.0.0.1:4321/repo/out/test/e2e/suite/index.js');
  assert.equal(payload.get('skipWelcome'), 'true');
});

test('freePort: a port nothing listens on, that can be bound', async () => {
  const port = await freePort();
  assert.ok(port > 0 && port < 65536);
  const server = net.createServer();
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', resolve));
  await new Promise((resolve) => server.close(resolve));
});

test('parseAt: the bracketed range inside its snippet', () => {
  assert.deepEqual(parseAt('tram on [Oct. 22nd], Council'), { snippet: 'tram on Oct. 22nd, Council', start: 8, end: 17 });
  assert.throws(() => parseAt('no brackets'), /bracketed/);
});

test('expected findings: every snippet occurs exactly once in the fixture article', () => {
  const article = readFileSync(join(repoRoot, 'test/e2e/fixtures/workspace/article.md'), 'utf8');
  for (const finding of EXPECTED_FINDINGS) {
    const { snippet } = parseAt(finding.at);
    const first = article.indexOf(snippet);
    assert.ok(first >= 0, `${finding.ruleId}: "${snippet}" not in the fixture`);
    assert.equal(article.indexOf(snippet, first + 1), -1, `${finding.ruleId}: "${snippet}" occurs twice`);
  }
});
