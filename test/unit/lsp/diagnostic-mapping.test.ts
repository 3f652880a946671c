import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { docsUrl, type Finding } from '../../../rules/src';
import { toDiagnostic } from '../../../server/src/diagnostics';
import { expectedRange } from './positions';

describe('finding → diagnostic', () => {
  it('maps severity, code, docs link and related locations (UTF-16, CRLF)', () => {
    const text = 'It cost 5 percent.\r\n😀 Later: 7%.\r\n';
    const document = TextDocument.create('file:///a.md', 'markdown', 3, text);
    const start = text.indexOf('7%');
    const first = text.indexOf('5 percent');
    const finding: Finding = {
      ruleId: 'figures/inconsistent',
      severity: 'information',
      start,
      end: start + 2,
      message: 'Use the same form here.',
      fixes: [],
      related: [{ start: first, end: first + 9, message: 'First use.' }],
    };
    const diagnostic = toDiagnostic(document, finding);
    assert.deepEqual(diagnostic, {
      range: expectedRange(text, start, start + 2),
      severity: 3,
      source: 'copydesk',
      code: 'figures/inconsistent',
      codeDescription: { href: docsUrl('figures/inconsistent') },
      message: 'Use the same form here.',
      relatedInformation: [{ location: { uri: 'file:///a.md', range: expectedRange(text, first, first + 9) }, message: 'First use.' }],
    });
    assert.deepEqual(diagnostic.range, { start: { line: 1, character: 10 }, end: { line: 1, character: 12 } });
    for (const [severity, expected] of [['hint', 4], ['warning', 2], ['error', 1]] as const) {
      assert.equal(toDiagnostic(document, { ...finding, severity, related: undefined }).severity, expected);
      assert.equal('relatedInformation' in toDiagnostic(document, { ...finding, severity, related: undefined }), false);
    }
  });
});
