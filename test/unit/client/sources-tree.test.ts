import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SourcesResult } from '../../../client/src/protocol';
import { sourcesMarkdown } from '../../../client/src/sources-markdown';
import { buildSourcesTree, countsOf } from '../../../client/src/sources-tree';

const range = (line: number) => ({ start: { line, character: 0 }, end: { line, character: 4 } });

// Shaped like the server's answer for a short draft (see test/unit/sourcing/sources-lsp.test.ts).
const RESULT: SourcesResult = {
  uri: 'file:///tmp/draft.md',
  version: 3,
  namedSources: [
    { name: 'Council President\nMaria Alvarez', count: 2, citations: [{ start: 10, end: 20, cue: 'said', range: range(7) }, { start: 40, end: 50, cue: 'added', range: range(10) }] },
    { name: 'Doe', count: 1, citations: [{ start: 60, end: 70, cue: 'according to', range: range(12) }] },
  ],
  anonymousSources: [
    { phrase: 'Sources said', start: 80, end: 92, reasonGiven: false, range: range(13) },
    { phrase: 'an official who was not authorized to speak publicly', start: 100, end: 150, reasonGiven: true, range: range(14) },
  ],
  vagueAttributions: [{ text: 'reportedly', start: 160, end: 170, range: range(15) }],
  unattributedClaims: [],
};

describe('Sources view tree', () => {
  const tree = buildSourcesTree(RESULT);

  it('has the four groups with their counts, in reading order', () => {
    assert.deepEqual(tree.map((node) => node.label), ['Named sources (2)', 'Anonymous sources (2)', 'Vague attributions (1)', 'Unattributed claims (0)']);
    assert.deepEqual(countsOf(RESULT), { namedSources: 2, citations: 3, anonymousSources: 2, anonymousWithoutReason: 1, vagueAttributions: 1, unattributedClaims: 0 });
  });

  it('lists each named source on one line with its citation count, and each citation with its range', () => {
    const [alvarez, doe] = tree[0].children;
    assert.equal(alvarez.label, 'Council President Maria Alvarez');
    assert.equal(alvarez.description, '2 citations');
    assert.equal(doe.description, '1 citation');
    assert.deepEqual(alvarez.children.map((c) => [c.label, c.description]), [['“said”', 'line 8'], ['“added”', 'line 11']]);
    assert.deepEqual(alvarez.children[1].range, range(10));
    assert.equal(alvarez.range, undefined, 'a source groups citations; the citations are the clickable leaves');
  });

  it('says whether each anonymous source has a reason', () => {
    assert.deepEqual(tree[1].children.map((c) => c.description), ['no reason given · line 14', 'reason given · line 15']);
  });

  it('keeps node ids unique, so VS Code can keep expansion state across refreshes', () => {
    const ids: string[] = [];
    const walk = (nodes: readonly { id: string; children: readonly any[] }[]) => nodes.forEach((n) => (ids.push(n.id), walk(n.children)));
    walk(tree);
    assert.equal(new Set(ids).size, ids.length);
  });
});

describe('sourcing summary page', () => {
  it('has a section per group with counts, and escapes Markdown in article text', () => {
    const result = { ...RESULT, vagueAttributions: [{ text: 'critics *say*', start: 0, end: 1, range: range(2) }] };
    const page = sourcesMarkdown(result, 'draft.md');
    assert.match(page, /^# Sourcing summary: draft\.md\n/);
    for (const heading of ['## Named sources (2)', '## Anonymous sources (2)', '## Vague attributions (1)', '## Unattributed claims (0)']) assert.ok(page.includes(heading), heading);
    assert.ok(page.includes('**Council President Maria Alvarez** — 2 citations (line 8, line 11)'));
    assert.ok(page.includes('“Sources said” — **no reason given** (line 14)'));
    assert.ok(page.includes('“critics \\*say\\*” (line 3)'));
  });
});
