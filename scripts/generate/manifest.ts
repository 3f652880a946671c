import type { CommandSpec } from '../../client/src/commands';
import type { ViewSpec } from '../../client/src/views';
import type { Rule } from '../../rules/src/rule';
import type { SettingSpec } from '../../rules/src/settings';

// The parts of package.json that must agree with the code: settings from the settings
// catalogue (with one entry per rule under copydesk.rules), palette commands from
// client/src/commands.ts, activation events, and the house-style JSON Schema.

type Json = Record<string, unknown>;

export interface ManifestSources {
  rules: readonly Rule[];
  settings: readonly SettingSpec[];
  severities: readonly string[];
  commands: readonly CommandSpec[];
  category: string;
  /** Views from client/src/views.ts (contributes.views, onView: activation). */
  views: readonly ViewSpec[];
}

export const STYLE_FILE_GLOB = '*.copydesk.json';
export const STYLE_SCHEMA_PATH = './rules/styles/schema.json';

// Languages are chosen once, when the language client starts (changing them restarts it),
// so the setting cannot differ per folder; everything else is read per document.
const WINDOW_SCOPED = new Set(['languages']);

export function configurationProperty(spec: SettingSpec, order: number, sources: ManifestSources): Json {
  const property: Json = { type: spec.type, default: spec.default, description: spec.description };
  if (spec.enum) property.enum = spec.enum;
  if (spec.pattern) property.pattern = spec.pattern;
  if (spec.minimum !== undefined) property.minimum = spec.minimum;
  if (spec.maximum !== undefined) property.maximum = spec.maximum;
  if (spec.items) property.items = spec.items;
  if (spec.key === 'rules') Object.assign(property, ruleSeverityProperties(sources));
  property.scope = WINDOW_SCOPED.has(spec.key) ? 'window' : 'resource';
  property.order = order;
  return property;
}

/** One entry per rule id, plus "family/*" keys for the families in the catalogue; anything else is a typo. */
function ruleSeverityProperties({ rules, severities }: ManifestSources): Json {
  const families = [...new Set(rules.map((rule) => rule.meta.id.split('/')[0]))];
  const properties: Json = {};
  for (const { meta } of rules) {
    properties[meta.id] = { type: 'string', enum: [...severities], default: meta.defaultSeverity, description: meta.description };
  }
  return {
    properties,
    patternProperties: {
      [`^(${families.join('|')})/\\*$`]: { type: 'string', enum: [...severities], description: 'Severity for every rule in the family (an exact rule id wins).' },
    },
    additionalProperties: false,
  };
}

export function configuration(sources: ManifestSources): Json {
  return {
    title: 'Copydesk',
    properties: Object.fromEntries(sources.settings.map((spec, index) => [`copydesk.${spec.key}`, configurationProperty(spec, index, sources)])),
  };
}

/**
 * Palette commands from the catalogue. Entries contributed by hand for ids the catalogue
 * does not know are kept (never silently dropped), but the drift test reports them.
 */
export function commandContributions(sources: ManifestSources, existing: unknown): Json[] {
  const generated = sources.commands.map((command) => {
    const entry: Json = { command: command.id, title: command.title, category: sources.category };
    if (command.icon) entry.icon = command.icon;
    return entry;
  });
  return [...generated, ...foreignEntries(existing, (entry) => entry.command, sources)];
}

export function activationEvents(sources: ManifestSources, existing: unknown): string[] {
  const languages = sources.settings.find((spec) => spec.key === 'languages')?.default;
  const generated = [
    ...(Array.isArray(languages) ? languages.map((language) => `onLanguage:${String(language)}`) : []),
    ...sources.commands.map((command) => `onCommand:${command.id}`),
    ...sources.views.map((view) => `onView:${view.id}`),
  ];
  // Other events (a view's onView:…) belong to whoever added them.
  const kept = Array.isArray(existing)
    ? existing.filter((event): event is string => typeof event === 'string' && !event.startsWith('onLanguage:') && !event.startsWith('onCommand:copydesk.') && !generated.includes(event))
    : [];
  return [...generated, ...kept];
}

/**
 * Views from the catalogue, each in its container; views others contributed by hand (in the
 * same or other containers) are kept after ours, so `views` survives regeneration.
 */
export function viewContributions(sources: ManifestSources, existing: unknown): Json {
  const ours = new Set(sources.views.map((view) => view.id));
  const result: Json = {};
  const existingViews = existing && typeof existing === 'object' && !Array.isArray(existing) ? (existing as Json) : {};
  for (const view of sources.views) {
    const list = (result[view.container] as Json[] | undefined) ?? [];
    list.push({ id: view.id, name: view.name });
    result[view.container] = list;
  }
  for (const [container, entries] of Object.entries(existingViews)) {
    const kept = Array.isArray(entries) ? entries.filter((entry: Json) => !ours.has(String(entry?.id))) : [];
    if (kept.length > 0 || !(container in result)) result[container] = [...((result[container] as Json[] | undefined) ?? []), ...kept];
  }
  return result;
}

export function jsonValidation(existing: unknown): Json[] {
  const ours = { fileMatch: STYLE_FILE_GLOB, url: STYLE_SCHEMA_PATH };
  const kept = Array.isArray(existing) ? existing.filter((entry: Json) => entry?.url !== STYLE_SCHEMA_PATH) : [];
  return [ours, ...kept];
}

function foreignEntries(existing: unknown, idOf: (entry: Json) => unknown, sources: ManifestSources): Json[] {
  if (!Array.isArray(existing)) return [];
  const known = new Set(sources.commands.map((command) => command.id));
  return existing.filter((entry: Json) => !known.has(String(idOf(entry))) && !String(idOf(entry)).startsWith('copydesk.internal.'));
}

/** The manifest with its generated parts replaced; other keys keep their values and order. */
export function generateManifest(manifest: Json, sources: ManifestSources): Json {
  const contributes: Json = { ...((manifest.contributes as Json | undefined) ?? {}) };
  contributes.configuration = configuration(sources);
  contributes.commands = commandContributions(sources, contributes.commands);
  contributes.jsonValidation = jsonValidation(contributes.jsonValidation);
  if (sources.views.length > 0 || contributes.views !== undefined) contributes.views = viewContributions(sources, contributes.views);
  let result = withKey(manifest, 'activationEvents', activationEvents(sources, manifest.activationEvents), 'main');
  result = withKey(result, 'contributes', contributes, 'activationEvents');
  return result;
}

/** Sets `key`, keeping its place if present, else inserting it after `after` (or at the end). */
function withKey(object: Json, key: string, value: unknown, after: string): Json {
  if (key in object) return { ...object, [key]: value };
  const result: Json = {};
  for (const [k, v] of Object.entries(object)) {
    result[k] = v;
    if (k === after) result[key] = value;
  }
  if (!(key in result)) result[key] = value;
  return result;
}

/** package.json as npm writes it: two-space indent, final newline. */
export function manifestText(manifest: Json): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** Contributed command ids that client/src/commands.ts does not declare (the drift test reports these). */
export function undeclaredCommands(manifest: Json, sources: ManifestSources): string[] {
  const contributes = (manifest.contributes as Json | undefined) ?? {};
  return foreignEntries(contributes.commands, (entry) => entry.command, sources).map((entry) => String(entry.command));
}
