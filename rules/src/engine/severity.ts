import type { RuleMeta, SeveritySetting } from '../types';

export const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['off', 'hint', 'information', 'warning', 'error'];

export function isSeveritySetting(value: unknown): value is SeveritySetting {
  return typeof value === 'string' && (SEVERITY_SETTINGS as readonly string[]).includes(value);
}

/**
 * A rule's effective severity: an exact id setting wins over a family wildcard
 * ("style/*": "off"), which wins over the rule's default.
 */
export function effectiveSeverity(meta: RuleMeta, overrides: Record<string, SeveritySetting> | undefined): SeveritySetting {
  if (!overrides) return meta.defaultSeverity;
  const exact = overrides[meta.id];
  if (exact !== undefined) return exact;
  const family = overrides[familyWildcard(meta.id)];
  return family ?? meta.defaultSeverity;
}

// "dates/ordinal" → "dates/*", kept: checkText asks for every rule on every keystroke.
const wildcards = new Map<string, string>();

function familyWildcard(ruleId: string): string {
  let wildcard = wildcards.get(ruleId);
  if (wildcard === undefined) {
    wildcard = `${ruleId.split('/')[0]}/*`;
    wildcards.set(ruleId, wildcard);
  }
  return wildcard;
}
