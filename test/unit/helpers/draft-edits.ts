import type { Finding } from '../../../rules/src';
import { pick, randomInt } from './random';

/**
 * One random edit an editor might make to a draft: typing one of `typed` somewhere, deleting up
 * to 40 characters, splitting or joining paragraphs, or pasting a paragraph from elsewhere in
 * the draft (so the same paragraph text then stands twice). Used by the paragraph-memo tests.
 */
export function editDraft(text: string, random: () => number, typed: readonly string[]): string {
  const at = randomInt(random, text.length + 1);
  switch (randomInt(random, 5)) {
    case 0: // typing
      return text.slice(0, at) + pick(random, typed) + text.slice(at);
    case 1: // deleting
      return text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + randomInt(random, 40)));
    case 2: // splitting a paragraph
      return text.slice(0, at) + '\n\n' + text.slice(at);
    case 3: { // joining two paragraphs
      const gap = text.indexOf('\n\n', at);
      return gap === -1 ? text : text.slice(0, gap) + ' ' + text.slice(gap + 2);
    }
    default: { // pasting a paragraph from elsewhere in the draft
      const paragraphs = text.split('\n\n');
      return text.slice(0, at) + '\n\n' + pick(random, paragraphs) + '\n\n' + text.slice(at);
    }
  }
}

/** What a warm check must reproduce of each finding: everything the user sees of it. */
export function comparableFindings(findings: readonly Finding[]): Pick<Finding, 'ruleId' | 'start' | 'end' | 'message' | 'fixes' | 'related'>[] {
  return findings.map((f) => ({ ruleId: f.ruleId, start: f.start, end: f.end, message: f.message, fixes: f.fixes, related: f.related }));
}
