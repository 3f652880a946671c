import type { ArticleDocument, Directive } from '../model/article';
import { lineAt } from '../model/parse';
import type { Finding } from '../types';

/** One `disable`/`enable` step: a rule pattern ("dates/ordinal", "dates/*", "*") switched off or on. */
interface Switch {
  pattern: string;
  disabled: boolean;
}

/** The switches in force after a block directive, in order: the last one that matches a rule decides. */
interface BlockState {
  from: number;
  switches: readonly Switch[];
}

function matches(pattern: string, ruleId: string): boolean {
  return pattern === '*' || pattern === ruleId || (pattern.endsWith('/*') && ruleId.startsWith(pattern.slice(0, -1)));
}

/**
 * Replays `disable`/`enable` in document order, as ESLint does: `disable` with no id turns
 * everything off, and a later `enable dates/ordinal` turns just that rule back on (the
 * earlier version dropped such re-enables, so the rule stayed silent to the end).
 */
function blockStates(directives: readonly Directive[]): BlockState[] {
  const states: BlockState[] = [];
  let switches: Switch[] = [];
  for (const directive of directives) {
    if (directive.kind === 'disable-next-line') continue;
    const disabled = directive.kind === 'disable';
    if (directive.ruleIds.length === 0) switches = disabled ? [{ pattern: '*', disabled }] : [];
    else switches = [...switches, ...directive.ruleIds.map((pattern) => ({ pattern, disabled }))];
    states.push({ from: directive.end, switches });
  }
  return states;
}

function disabledBy(switches: readonly Switch[], ruleId: string): boolean {
  for (let i = switches.length - 1; i >= 0; i--) {
    if (matches(switches[i].pattern, ruleId)) return switches[i].disabled;
  }
  return false;
}

/**
 * Drops findings silenced by `copydesk-disable-next-line`, or inside a
 * `copydesk-disable` … `copydesk-enable` block. No rule id means every rule;
 * `family/*` means every rule of the family.
 */
export function filterSuppressed(doc: ArticleDocument, findings: Finding[]): Finding[] {
  if (doc.directives.length === 0) return findings;
  const nextLine = new Map<number, string[]>();
  for (const directive of doc.directives) {
    if (directive.kind !== 'disable-next-line') continue;
    const ids = directive.ruleIds.length > 0 ? directive.ruleIds : ['*'];
    const line = directive.line + 1;
    nextLine.set(line, [...(nextLine.get(line) ?? []), ...ids]);
  }
  const states = blockStates(doc.directives);
  return findings.filter((finding) => {
    const ids = nextLine.get(lineAt(doc.lineStarts, finding.start));
    if (ids && ids.some((id) => matches(id, finding.ruleId))) return false;
    const state = lastStateBefore(states, finding.start);
    return !(state && disabledBy(state.switches, finding.ruleId));
  });
}

/** The block state in force at `offset` (states sorted by `from`), or undefined before the first directive. */
function lastStateBefore(states: readonly BlockState[], offset: number): BlockState | undefined {
  let low = 0;
  let high = states.length - 1;
  let found: BlockState | undefined;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (states[mid].from <= offset) {
      found = states[mid];
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found;
}
