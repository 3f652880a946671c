import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { after, describe, it } from 'node:test';
import { allRules, docsUrl } from '../../../rules/src';
import { checkJson, runCli, tempDir } from './run-cli';

interface SarifRegion {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
  charOffset: number;
  charLength: number;
}

describe('copydesk check --format sarif', () => {
  const text = 'A headline\r\n\r\n😀 The council will vote on October 20th. Turnout was 5 percent.\r\n';
  const dir = tempDir({ 'draft.txt': text });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const run = runCli(['check', '--format', 'sarif', 'draft.txt'], { cwd: dir });
  const log = JSON.parse(run.stdout);
  const json = checkJson(['draft.txt'], { cwd: dir }).report.files[0].diagnostics;

  it('is a SARIF 2.1.0 log with the exit status of the check', () => {
    assert.equal(run.status, 1);
    assert.equal(log.version, '2.1.0');
    assert.match(log.$schema, /sarif-2\.1\.0/);
    assert.equal(log.runs.length, 1);
    assert.equal(log.runs[0].columnKind, 'utf16CodeUnits');
  });

  it('describes the tool and every rule with metadata and help links', () => {
    const driver = log.runs[0].tool.driver;
    assert.equal(driver.name, 'copydesk');
    assert.match(driver.version, /^\d+\.\d+\.\d+/);
    assert.match(driver.informationUri, /^https:\/\//);
    assert.deepEqual(driver.rules.map((r: { id: string }) => r.id), allRules.map((r) => r.meta.id));
    for (const [i, rule] of driver.rules.entries()) {
      const meta = allRules[i].meta;
      assert.equal(rule.shortDescription.text, meta.description);
      assert.equal(rule.fullDescription.text, meta.rationale);
      assert.equal(rule.helpUri, docsUrl(meta.id));
      assert.ok(['none', 'note', 'warning', 'error'].includes(rule.defaultConfiguration.level), rule.id);
      const expected = meta.defaultSeverity === 'error' ? 'error' : meta.defaultSeverity === 'warning' ? 'warning' : 'note';
      assert.equal(rule.defaultConfiguration.level, expected, rule.id);
    }
  });

  it('gives one result per finding, located as the JSON format locates it', () => {
    const results = log.runs[0].results;
    assert.equal(results.length, json.length);
    const rules = log.runs[0].tool.driver.rules;
    for (const [i, result] of results.entries()) {
      const finding = json[i];
      assert.equal(result.ruleId, finding.ruleId);
      assert.equal(rules[result.ruleIndex].id, result.ruleId);
      assert.equal(result.level, finding.severity === 'error' ? 'error' : finding.severity === 'warning' ? 'warning' : 'note');
      assert.equal(result.message.text, finding.message);
      const location = result.locations[0].physicalLocation;
      assert.equal(location.artifactLocation.uri, 'draft.txt');
      const region = location.region as SarifRegion;
      assert.equal(region.startLine, finding.range.start.line + 1);
      assert.equal(region.startColumn, finding.range.start.character + 1);
      assert.equal(region.endLine, finding.range.end.line + 1);
      assert.equal(region.endColumn, finding.range.end.character + 1);
      assert.equal(region.charOffset, finding.offset[0]);
      assert.equal(region.charLength, finding.offset[1] - finding.offset[0]);
    }
  });

  it('counts columns in UTF-16 code units after CRLF line breaks and an emoji', () => {
    const result = log.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'dates/ordinal');
    const region = result.locations[0].physicalLocation.region as SarifRegion;
    assert.deepEqual(
      { startLine: region.startLine, startColumn: region.startColumn, endColumn: region.endColumn, charOffset: region.charOffset, charLength: region.charLength },
      { startLine: 3, startColumn: 29, endColumn: 41, charOffset: text.indexOf('October 20th'), charLength: 12 },
    );
  });

  it('carries the safe fixes only, as replacements', () => {
    for (const [i, result] of log.runs[0].results.entries()) {
      const safe = json[i].fixes.filter((f) => f.safe);
      assert.equal(result.fixes?.length ?? 0, safe.length, result.ruleId);
      for (const [j, fix] of (result.fixes ?? []).entries()) {
        assert.equal(fix.description.text, safe[j].title);
        const change = fix.artifactChanges[0];
        assert.equal(change.artifactLocation.uri, 'draft.txt');
        assert.deepEqual(
          change.replacements.map((r: { deletedRegion: SarifRegion; insertedContent: { text: string } }) => ({ offset: [r.deletedRegion.charOffset, r.deletedRegion.charOffset + r.deletedRegion.charLength], newText: r.insertedContent.text })),
          safe[j].edits,
        );
      }
    }
    assert.ok(log.runs[0].results.some((r: { fixes?: unknown[] }) => r.fixes?.length), 'at least one result has a fix');
  });
});
