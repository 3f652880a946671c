import * as assert from 'node:assert/strict';
import * as path from 'path';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { CORE_RULES, EXPECTED_FINDINGS, parseAt } from './expected-findings';
import { copydeskDiagnostics, describeDiagnostics, hasRule, openInEditor, registeredRuleIds, ruleIdOf, waitForDiagnostics, workspaceFolder } from './helpers';

describe('diagnostics on the fixture article', () => {
  it('shows every landed rule family with its rule id, range and severity', async () => {
    const uri = vscode.Uri.file(path.join(workspaceFolder(), 'article.md'));
    const editor = await openInEditor(uri);
    const document = editor.document;
    const registered = registeredRuleIds();
    for (const rule of CORE_RULES) assert.ok(registered.has(rule), `${rule} is missing from the registry`);
    const expected = EXPECTED_FINDINGS.filter((finding) => registered.has(finding.ruleId));

    // Wait until every expected rule has published, then check each range precisely.
    const diagnostics = await waitForDiagnostics(uri, 'a diagnostic of every expected rule', (all) =>
      expected.every((finding) => hasRule(finding.ruleId)(all)),
    ).catch((error: unknown) => {
      const missing = expected.filter((finding) => !hasRule(finding.ruleId)(copydeskDiagnostics(uri))).map((finding) => finding.ruleId);
      throw new Error(`${String(error)}\nno diagnostic of: ${[...new Set(missing)].join(', ')}\ngot:\n${describeDiagnostics(document, copydeskDiagnostics(uri))}`);
    });
    const text = document.getText();
    for (const finding of expected) {
      const { snippet, start, end } = parseAt(finding.at);
      const snippetAt = text.indexOf(snippet);
      assert.ok(snippetAt >= 0, `fixture lacks "${snippet}"`);
      const want = new vscode.Range(document.positionAt(snippetAt + start), document.positionAt(snippetAt + end));
      const ofRule = diagnostics.filter((d) => ruleIdOf(d) === finding.ruleId);
      const hit = ofRule.find((d) => (finding.match === 'covers' ? d.range.contains(want) : d.range.isEqual(want)));
      assert.ok(hit, `${finding.ruleId}: no diagnostic ${finding.match === 'covers' ? 'covering' : 'at'} "${document.getText(want)}" ` +
        `(${want.start.line}:${want.start.character}-${want.end.line}:${want.end.character}); got:\n${describeDiagnostics(document, ofRule)}`);
      if (finding.severity) assert.equal(vscode.DiagnosticSeverity[hit.severity], finding.severity, `${finding.ruleId} severity`);
      assert.ok(hit.message.length > 0, `${finding.ruleId} has a message`);
      const code = hit.code as { value: string | number; target: vscode.Uri } | undefined;
      assert.equal(typeof code === 'object' ? String(code.target.scheme).startsWith('http') : false, true, `${finding.ruleId} code links to its docs`);
    }
  });
});
