import { allRules } from './registry';
import { SEVERITY_SETTINGS } from './engine/severity';
import type { SeveritySetting } from './types';

/**
 * The user-facing settings (`copydesk.*`), one catalogue for the server (defaults and
 * validation), the generated `contributes.configuration` in package.json, the README's
 * settings table and the CLI flags. Editor-neutral: just names, types and defaults.
 */
export interface SettingSpec {
  /** Key under the `copydesk` section, e.g. "publicationDate". */
  key: string;
  type: 'boolean' | 'string' | 'number' | 'object' | 'array';
  default: unknown;
  description: string;
  enum?: string[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
  items?: { type: string };
}

export interface CopydeskSettings {
  enable: boolean;
  style: string;
  rules: Record<string, SeveritySetting>;
  publicationDate: string;
  numericDateOrder: 'mdy' | 'dmy';
  checkInsideQuotes: boolean;
  languages: string[];
  debounceMs: number;
}

export const SETTINGS: readonly SettingSpec[] = [
  { key: 'enable', type: 'boolean', default: true, description: 'Check articles with Copydesk.' },
  {
    key: 'style',
    type: 'string',
    default: 'ap',
    description: 'House style: a built-in name ("ap") or a path to a JSON house-style file (relative to the workspace folder) that may extend "ap".',
  },
  {
    key: 'rules',
    type: 'object',
    default: {},
    description: 'Severity per rule id ("off", "hint", "information", "warning", "error"); "family/*" sets a whole family, e.g. {"style/*": "off"}.',
  },
  {
    key: 'publicationDate',
    type: 'string',
    default: '',
    pattern: '^(\\d{4}-\\d{2}-\\d{2})?$',
    description: 'Publication date (YYYY-MM-DD) used when the article has no front matter date or dated dateline. Year-dependent checks stay silent without one.',
  },
  {
    key: 'numericDateOrder',
    type: 'string',
    default: 'mdy',
    enum: ['mdy', 'dmy'],
    description: 'How to read numeric dates such as 10/2/2020: month/day/year (US) or day/month/year.',
  },
  { key: 'checkInsideQuotes', type: 'boolean', default: false, description: 'Also apply date, time and figure style inside direct quotations (the speaker\'s words are left alone by default).' },
  {
    key: 'languages',
    type: 'array',
    items: { type: 'string' },
    default: ['markdown', 'plaintext'],
    description: 'VS Code language ids that Copydesk checks.',
  },
  { key: 'debounceMs', type: 'number', default: 150, minimum: 0, maximum: 5000, description: 'Delay after the last keystroke before an article is checked again, in milliseconds.' },
];

export const DEFAULT_SETTINGS: CopydeskSettings = Object.fromEntries(SETTINGS.map((s) => [s.key, s.default])) as unknown as CopydeskSettings;

export interface SettingsProblem {
  key: string;
  message: string;
}

/**
 * Reads raw settings (from `workspace/configuration` or a CLI) into a complete, valid
 * object. A malformed value never stops checking: it falls back to the default and the
 * problem is reported, so the user gets a clear message and keeps their diagnostics.
 */
export function normalizeSettings(raw: unknown): { settings: CopydeskSettings; problems: SettingsProblem[] } {
  const problems: SettingsProblem[] = [];
  const input = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  if (raw !== undefined && raw !== null && input !== raw) problems.push({ key: '', message: 'The "copydesk" settings must be an object; using defaults.' });
  const settings = { ...DEFAULT_SETTINGS, rules: {} } as CopydeskSettings;
  const out = settings as unknown as Record<string, unknown>;
  for (const spec of SETTINGS) {
    const value = input[spec.key];
    if (value === undefined || value === null) continue;
    const problem = settingProblem(spec, value);
    if (problem) problems.push({ key: spec.key, message: `copydesk.${spec.key}: ${problem}; using the default (${JSON.stringify(spec.default)}).` });
    else if (spec.key !== 'rules') out[spec.key] = value;
  }
  if (typeof input.rules === 'object' && input.rules !== null && !Array.isArray(input.rules)) {
    const known = new Set(allRules.map((r) => r.meta.id));
    const families = new Set(allRules.map((r) => `${r.meta.id.split('/')[0]}/*`));
    for (const [id, severity] of Object.entries(input.rules as Record<string, unknown>)) {
      if (!known.has(id) && !families.has(id)) {
        problems.push({ key: 'rules', message: `copydesk.rules: unknown rule id "${id}" (ignored).` });
      } else if (!(SEVERITY_SETTINGS as readonly unknown[]).includes(severity)) {
        problems.push({ key: 'rules', message: `copydesk.rules["${id}"]: "${String(severity)}" is not one of ${SEVERITY_SETTINGS.join(', ')} (ignored).` });
      } else {
        settings.rules[id] = severity as SeveritySetting;
      }
    }
  }
  return { settings, problems };
}

function settingProblem(spec: SettingSpec, value: unknown): string | undefined {
  const actual = Array.isArray(value) ? 'array' : typeof value;
  if (actual !== spec.type) return `expected ${spec.type}, got ${actual}`;
  if (spec.enum && !spec.enum.includes(value as string)) return `"${String(value)}" is not one of ${spec.enum.join(', ')}`;
  if (spec.pattern && !new RegExp(spec.pattern).test(value as string)) return `"${String(value)}" is not in the form YYYY-MM-DD`;
  if (spec.type === 'number' && (!Number.isFinite(value) || (spec.minimum !== undefined && (value as number) < spec.minimum) || (spec.maximum !== undefined && (value as number) > spec.maximum))) {
    return `${String(value)} is out of range ${spec.minimum}–${spec.maximum}`;
  }
  if (spec.type === 'array' && spec.items && !(value as unknown[]).every((item) => typeof item === spec.items!.type)) return `every item must be a ${spec.items.type}`;
  return undefined;
}
