// The catalogue (rules/src/registry.ts, rules/src/settings.ts, client/src/commands.ts) generates
// package.json contributions, the README tables and docs/rules/. These tests regenerate in memory
// and fail when a committed file has drifted: run `npm run generate` and commit the result.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allRules } from '../../rules/src/registry';
import { SETTINGS } from '../../rules/src/settings';
import { docStub, GENERATED_END } from '../../scripts/generate/docs-stubs';
import { generateManifest, undeclaredCommands } from '../../scripts/generate/manifest';
import { replaceBetweenMarkers } from '../../scripts/generate/markers';
import { repoRoot } from '../../scripts/generate/paths';
import { manifestSources, planGeneratedFiles } from '../../scripts/generate/plan';
import { readmeWithTables } from '../../scripts/generate/readme-tables';

const root = repoRoot(__dirname);
const HINT = 'out of date with the rule catalogue: run `npm run generate`';

/** The first line that differs, so the failure says what drifted without a whole-file diff. */
function firstDifference(actual: string, expected: string): string {
  const a = actual.split('\n');
  const e = expected.split('\n');
  const line = a.findIndex((text, i) => text !== e[i]);
  const at = line === -1 ? a.length : line;
  return `first difference at line ${at + 1}:\n  now:      ${a[at] ?? '(end of file)'}\n  expected: ${e[at] ?? '(end of file)'}`;
}

describe('generated files agree with the catalogue', () => {
  for (const file of planGeneratedFiles(root)) {
    it(file.path, () => {
      assert.notEqual(file.actual, undefined, `${file.path} is missing: run \`npm run generate\``);
      assert.ok(file.actual === file.expected, `${file.path} is ${HINT}\n${firstDifference(file.actual!, file.expected)}`);
    });
  }

  it('every contributed command is declared in client/src/commands.ts', () => {
    const manifest = JSON.parse(planGeneratedFiles(root)[0].actual!);
    assert.deepEqual(undeclaredCommands(manifest, manifestSources()), []);
  });
});

describe('generated package.json contributions', () => {
  const manifest = generateManifest({ name: 'copydesk', main: './dist/client.js' }, manifestSources());
  const contributes = manifest.contributes as any;
  const properties = contributes.configuration.properties;

  it('has every setting, and a severity entry with its default for every rule', () => {
    assert.deepEqual(Object.keys(properties), SETTINGS.map((s) => `copydesk.${s.key}`));
    const rules = properties['copydesk.rules'];
    for (const { meta } of allRules) {
      assert.equal(rules.properties[meta.id].default, meta.defaultSeverity, meta.id);
      assert.deepEqual(rules.properties[meta.id].enum, ['off', 'hint', 'information', 'warning', 'error']);
    }
  });

  it('accepts "family/*" keys for catalogue families only', () => {
    const rules = properties['copydesk.rules'];
    const [pattern] = Object.keys(rules.patternProperties);
    assert.match('style/*', new RegExp(pattern));
    assert.match('dates/*', new RegExp(pattern));
    assert.doesNotMatch('nonsense/*', new RegExp(pattern));
    assert.doesNotMatch('dates/ordinal', new RegExp(pattern));
    assert.equal(rules.additionalProperties, false);
  });

  it('puts palette commands under the Copydesk category and activates on them and on the languages', () => {
    assert.ok(contributes.commands.length >= 3);
    for (const command of contributes.commands) {
      assert.match(command.command, /^copydesk\./);
      assert.equal(command.category, 'Copydesk');
    }
    assert.ok(!contributes.commands.some((c: any) => c.command.startsWith('copydesk.internal.')));
    const events = manifest.activationEvents as string[];
    assert.ok(events.includes('onLanguage:markdown') && events.includes('onLanguage:plaintext'));
    assert.ok(events.includes('onCommand:copydesk.checkWorkspace'));
  });

  it('keeps keys it does not own, and hand-added entries', () => {
    const before = {
      name: 'copydesk',
      main: './dist/client.js',
      activationEvents: ['onView:copydesk.sources', 'onLanguage:markdown'],
      contributes: { views: { explorer: [{ id: 'copydesk.sources', name: 'Sources' }] }, commands: [{ command: 'copydesk.refreshSources', title: 'Refresh' }] },
      scripts: { test: 'x' },
    };
    const after = generateManifest(before, manifestSources()) as any;
    assert.deepEqual(Object.keys(after), ['name', 'main', 'activationEvents', 'contributes', 'scripts']);
    assert.deepEqual(after.contributes.views, before.contributes.views);
    assert.ok(after.activationEvents.includes('onView:copydesk.sources'));
    assert.equal(after.activationEvents.filter((e: string) => e === 'onLanguage:markdown').length, 1);
    assert.ok(after.contributes.commands.some((c: any) => c.command === 'copydesk.refreshSources'));
    assert.deepEqual(undeclaredCommands(after, manifestSources()), ['copydesk.refreshSources']);
    // Regenerating is a fixed point.
    assert.deepEqual(generateManifest(after, manifestSources()), after);
  });
});

describe('generated Markdown', () => {
  it('replaces only the text between markers', () => {
    const text = 'intro\n<!-- t:start -->\nold\n<!-- t:end -->\noutro <!-- t:start --> later\n';
    assert.equal(replaceBetweenMarkers(text, 't', 'new'), 'intro\n<!-- t:start -->\nnew\n<!-- t:end -->\noutro <!-- t:start --> later\n');
  });

  it('creates a README with both tables, and regenerating changes nothing', () => {
    const readme = readmeWithTables(undefined, allRules, SETTINGS);
    assert.match(readme, /^# Copydesk\n/);
    for (const { meta } of allRules) assert.ok(readme.includes(`[\`${meta.id}\`](docs/rules/${meta.id}.md)`), meta.id);
    for (const spec of SETTINGS) assert.ok(readme.includes(`\`copydesk.${spec.key}\``), spec.key);
    assert.equal(readmeWithTables(readme, allRules, SETTINGS), readme);
  });

  it('keeps the README text around the tables byte for byte', () => {
    const handWritten = 'Hand | written\r\n<!-- rules-table:start -->stale<!-- rules-table:end -->\r\nmiddle\n<!-- settings-table:start -->\n<!-- settings-table:end -->tail';
    const out = readmeWithTables(handWritten, allRules, SETTINGS);
    assert.ok(out.startsWith('Hand | written\r\n<!-- rules-table:start -->\n| Rule |'));
    assert.ok(out.includes('<!-- rules-table:end -->\r\nmiddle\n<!-- settings-table:start -->\n| Setting |'));
    assert.ok(out.endsWith('<!-- settings-table:end -->tail'));
  });

  it('refreshes a rule doc stub and keeps the hand-written notes below the marker', () => {
    const rule = allRules[0];
    const notes = '\n\n## What it leaves alone\n\nQuoted speech.\n';
    const stale = `# old head\n\n${GENERATED_END}${notes}`;
    const out = docStub(rule, stale);
    assert.ok(out.startsWith(`# \`${rule.meta.id}\``));
    assert.ok(out.includes(rule.meta.rationale));
    assert.ok(out.endsWith(`${GENERATED_END}${notes}`));
    assert.equal(docStub(rule, out), out);
    // A doc written entirely by hand (no marker) is kept in full under a fresh head.
    const kept = docStub(rule, 'All by hand.\n');
    assert.ok(kept.endsWith(`${GENERATED_END}\n\nAll by hand.\n`));
    assert.equal(docStub(rule, kept), kept);
  });
});
