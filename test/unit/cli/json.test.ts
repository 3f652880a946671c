import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { after, describe, it } from 'node:test';
import { checkJson, tempDir } from './run-cli';

describe('copydesk check --format json', () => {
  const dir = tempDir({ 'draft.txt': 'The council will vote on October 20th.\n' });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('follows the version 1 contract field by field', () => {
    const { run, report } = checkJson(['draft.txt'], { cwd: dir });
    assert.equal(run.status, 1);
    assert.deepEqual(Object.keys(report), ['version', 'files']);
    assert.equal(report.version, 1);
    assert.equal(report.files.length, 1);
    assert.deepEqual(Object.keys(report.files[0]), ['path', 'diagnostics']);
    assert.equal(report.files[0].path, 'draft.txt');
    const ordinal = report.files[0].diagnostics.find((d) => d.ruleId === 'dates/ordinal');
    assert.ok(ordinal);
    assert.deepEqual(Object.keys(ordinal), ['ruleId', 'severity', 'message', 'offset', 'range', 'text', 'fixes']);
    assert.equal(ordinal.severity, 'warning');
    assert.deepEqual(ordinal.offset, [25, 37]);
    assert.deepEqual(ordinal.range, { start: { line: 0, character: 25 }, end: { line: 0, character: 37 } });
    assert.equal(ordinal.text, 'October 20th');
    assert.deepEqual(ordinal.fixes, [{ title: ordinal.fixes[0].title, safe: true, edits: [{ offset: [35, 37], newText: '' }] }]);
    assert.deepEqual(Object.keys(ordinal.fixes[0]), ['title', 'safe', 'edits']);
    assert.equal(typeof ordinal.message, 'string');
  });

  it('gives an empty diagnostics list for a clean file and exits 0', () => {
    const { run, report } = checkJson(['-'], { input: 'The council met on Oct. 20.\n' });
    assert.equal(run.status, 0);
    assert.deepEqual(report.files.map((f) => f.path), ['<stdin>']);
    assert.deepEqual(report.files[0].diagnostics.filter((d) => d.ruleId.startsWith('dates/')), []);
  });

  it('counts offsets in UTF-16 code units: an emoji is two, CRLF is one line break', () => {
    // "😀 " is three UTF-16 code units; the second line starts after "\r\n".
    const text = '😀 Oct. 2nd was busy.\r\nThey met on Oct. 3rd.\r\n';
    const { report } = checkJson(['-'], { input: text });
    const ordinals = report.files[0].diagnostics.filter((d) => d.ruleId === 'dates/ordinal');
    assert.equal(ordinals.length, 2);
    const [first, second] = ordinals;
    assert.deepEqual(first.offset, [3, 11]);
    assert.equal(text.slice(...first.offset), 'Oct. 2nd');
    assert.deepEqual(first.range, { start: { line: 0, character: 3 }, end: { line: 0, character: 11 } });
    const secondStart = text.indexOf('Oct. 3rd');
    assert.deepEqual(second.offset, [secondStart, secondStart + 8]);
    // "They met on " is 12 code units: the column restarts after CRLF, not after the CR.
    assert.deepEqual(second.range, { start: { line: 1, character: 12 }, end: { line: 1, character: 20 } });
    assert.equal(second.text, 'Oct. 3rd');
  });

  // The CLI's own part of a 10 MB run: reading stdin, positions for 120,000 findings, a
  // 40 MB JSON report written through a pipe. Only the date rules run, so this measures the
  // CLI rather than every rule's speed (npm run bench does that).
  it('handles a 10 MB input', { timeout: 180_000 }, () => {
    const paragraph = 'The committee met on Oct. 2nd and voted to approve the budget after a short debate.\n\n';
    const text = paragraph.repeat(Math.ceil((10 * 1024 * 1024) / paragraph.length));
    const onlyDates = ['sourcing', 'attribution', 'figures', 'times', 'style'].flatMap((family) => ['--rule', `${family}/*=off`]);
    const { run, report } = checkJson([...onlyDates, '-'], { input: text });
    assert.equal(run.status, 1, run.stderr);
    const ordinals = report.files[0].diagnostics.filter((d) => d.ruleId === 'dates/ordinal');
    const expected = text.split('Oct. 2nd').length - 1;
    assert.equal(ordinals.length, expected);
    const last = ordinals[ordinals.length - 1];
    assert.equal(text.slice(...last.offset), 'Oct. 2nd');
    assert.equal(last.range.start.line, (expected - 1) * 2);
  });
});
