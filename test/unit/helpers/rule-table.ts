import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyEdits, check, chooseEdits, ruleById, safeFixOf, type EngineOptions, type Finding, type Fix } from '../../../rules/src';

/** A text the rule must flag. */
export interface InvalidCase {
  text: string;
  /** Number of findings of this rule (default: spans.length, else 1). */
  count?: number;
  /** The flagged words, in document order: `text.slice(finding.start, finding.end)`. */
  spans?: string[];
  /** The text after applying this rule's safe fixes once (one pass, as "fix all" would). */
  output?: string;
  /** Check options for this case (merged over the table's). */
  options?: EngineOptions;
}

export interface RuleTable {
  /** Texts that must not produce any finding of this rule (real copy where possible). */
  valid: (string | { text: string; options?: EngineOptions })[];
  invalid: InvalidCase[];
  /** Options for every case, e.g. { kind: 'plaintext' } or { publicationDate: '2020-10-05' }. */
  options?: EngineOptions;
}

/** Only this rule's findings, with every other rule running as usual (so interactions show). */
export function findingsOf(ruleId: string, text: string, options: EngineOptions = {}): Finding[] {
  return check(text, options).filter((f) => f.ruleId === ruleId);
}

/** Applies the rule's safe fixes (one pass, non-overlapping) to the text. */
export function applySafeFixes(text: string, findings: readonly Finding[]): string {
  const fixes = findings.map(safeFixOf).filter((fix): fix is Fix => fix !== undefined);
  return applyEdits(text, chooseEdits(fixes));
}

function label(text: string): string {
  const oneLine = JSON.stringify(text);
  return oneLine.length > 90 ? `${oneLine.slice(0, 87)}…"` : oneLine;
}

/**
 * ESLint-style table test for one rule:
 *   ruleTable('dates/ordinal', { valid: ['Oct. 2'], invalid: [{ text: 'Oct. 2nd', spans: ['Oct. 2nd'], output: 'Oct. 2' }] })
 * Valid texts produce no finding of the rule; invalid texts produce the expected findings
 * (by flagged text); `output` is the text after this rule's safe fixes.
 */
export function ruleTable(ruleId: string, table: RuleTable): void {
  describe(ruleId, () => {
    it('is registered', () => {
      assert.ok(ruleById(ruleId), `no rule with id ${ruleId} in the registry`);
    });
    // Table tests must run the rule even when it is off by default (style/e-prime).
    const base: EngineOptions = { ...table.options, rules: { [ruleId]: 'warning', ...table.options?.rules } };
    describe('valid', () => {
      for (const entry of table.valid) {
        const { text, options } = typeof entry === 'string' ? { text: entry, options: undefined } : entry;
        it(label(text), () => {
          const found = findingsOf(ruleId, text, { ...base, ...options });
          assert.deepEqual(
            found.map((f) => text.slice(f.start, f.end)),
            [],
            `expected no ${ruleId} finding in ${JSON.stringify(text)}`,
          );
        });
      }
    });
    describe('invalid', () => {
      for (const entry of table.invalid) {
        it(label(entry.text), () => {
          const { text } = entry;
          const found = findingsOf(ruleId, text, { ...base, ...entry.options });
          const flagged = found.map((f) => text.slice(f.start, f.end));
          const expectedCount = entry.count ?? entry.spans?.length ?? 1;
          assert.equal(found.length, expectedCount, `expected ${expectedCount} finding(s) of ${ruleId} in ${JSON.stringify(text)}, got ${JSON.stringify(flagged)}`);
          if (entry.spans) assert.deepEqual(flagged, entry.spans);
          for (const f of found) {
            assert.ok(f.message.length > 0, 'a finding explains itself');
            assert.ok(0 <= f.start && f.start <= f.end && f.end <= text.length, 'range within the text');
          }
          if (entry.output !== undefined) assert.equal(applySafeFixes(text, found), entry.output);
        });
      }
    });
  });
}
