// A short draft in the style of the corpus (a council story) with the three first-issue errors:
// "Oct. 2nd" (dates/ordinal), "October 2" (dates/month-abbreviation), "the the" (style/illusion).
export const DRAFT = [
  '---',
  'date: 2020-10-05',
  '---',
  '',
  '# Council vote',
  '',
  'The council will vote on Oct. 2nd, officials said.',
  'The hearing is on October 2 at the the City Hall.',
  '',
].join('\n');

import { allRules } from '../../../rules/src';

/** The rules these tests exercise. */
export const RULES_UNDER_TEST = ['dates/ordinal', 'dates/month-abbreviation', 'style/illusion'];

/**
 * `copydesk` settings with every other rule switched off, so rules that later issues add
 * (sourcing, other date rules…) cannot change what these protocol tests expect.
 */
export function testConfig(rules: Record<string, string> = {}, other: Record<string, unknown> = {}): Record<string, unknown> {
  const off = Object.fromEntries(allRules.filter((r) => !RULES_UNDER_TEST.includes(r.meta.id)).map((r) => [r.meta.id, 'off']));
  return { ...other, rules: { ...off, ...rules } };
}
