import type { Rule } from '../../rules/src/rule';
import type { SettingSpec } from '../../rules/src/settings';
import { cell, table } from './markdown';
import { replaceBetweenMarkers } from './markers';

export const RULES_TABLE = 'rules-table';
export const SETTINGS_TABLE = 'settings-table';

/** A README holding only what the generator needs; the coordinator writes the rest around it. */
export const EMPTY_README = '# Copydesk\n';

export function rulesTable(rules: readonly Rule[]): string {
  return table(
    ['Rule', 'Default', 'Fix', 'What it flags'],
    rules.map(({ meta }) => [
      `[\`${meta.id}\`](docs/rules/${meta.id}.md)`,
      meta.defaultSeverity,
      meta.fixable ? 'yes' : '',
      cell(meta.description),
    ]),
  );
}

export function settingsTable(settings: readonly SettingSpec[]): string {
  return table(
    ['Setting', 'Type', 'Default', 'Description'],
    settings.map((spec) => [
      `\`copydesk.${spec.key}\``,
      spec.enum ? spec.enum.map((value) => `\`${value}\``).join(' \\| ') : spec.type === 'array' && spec.items ? `${spec.items.type}[]` : spec.type,
      `\`${cell(JSON.stringify(spec.default))}\``,
      cell(spec.description),
    ]),
  );
}

/** The README with both tables regenerated; text outside the markers is untouched. */
export function readmeWithTables(readme: string | undefined, rules: readonly Rule[], settings: readonly SettingSpec[]): string {
  let text = readme ?? EMPTY_README;
  text = replaceBetweenMarkers(text, RULES_TABLE, rulesTable(rules), '## Rules');
  text = replaceBetweenMarkers(text, SETTINGS_TABLE, settingsTable(settings), '## Settings');
  return text;
}
