import * as fs from 'fs';
import * as path from 'path';
import Ajv from 'ajv';
import apStyle from '../../styles/ap.json';
import styleSchema from '../../styles/schema.json';
import type { HouseStyle } from './house-style';

/** A house-style file that cannot be used; the message names the file and the problem. */
export class HouseStyleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HouseStyleError';
  }
}

const BUILT_IN: Record<string, unknown> = { ap: apStyle };
const SECTIONS = ['sentences', 'dates', 'times', 'figures', 'sourcing', 'prose'] as const;

let validator: ((data: unknown) => boolean) & { errors?: unknown } | undefined;

function validate(data: unknown, origin: string): HouseStyle {
  // Compiled lazily: only custom files need it, and it costs start-up time.
  validator ??= new Ajv({ allErrors: true, strict: false }).compile(styleSchema);
  if (!validator(data)) {
    const errors = (validator.errors as { instancePath: string; message?: string }[] | undefined) ?? [];
    const first = errors.slice(0, 3).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
    throw new HouseStyleError(`House style ${origin} is invalid: ${first.join('; ')}`);
  }
  return data as HouseStyle;
}

export function builtInStyleNames(): string[] {
  return Object.keys(BUILT_IN);
}

/** The built-in style by name; trusted (a unit test validates it against the schema). */
export function builtInStyle(name: string): HouseStyle | undefined {
  return BUILT_IN[name] as HouseStyle | undefined;
}

const fileCache = new Map<string, { mtimeMs: number; style: HouseStyle }>();

/**
 * A style by built-in name ("ap") or by path to a JSON file. A file may say
 * `"extends": "ap"` and give only the sections it changes; each given section replaces
 * the base section whole, so a newsroom can read its file and know what applies.
 */
export function loadStyle(nameOrPath: string | undefined, baseDir = process.cwd()): HouseStyle {
  const name = nameOrPath?.trim() || 'ap';
  const builtIn = builtInStyle(name);
  if (builtIn) return builtIn;
  const file = path.resolve(baseDir, name);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new HouseStyleError(`House style "${name}" is neither a built-in style (${builtInStyleNames().join(', ')}) nor a readable file (${file}).`);
  }
  const cached = fileCache.get(file);
  if (cached && cached.mtimeMs === stat.mtimeMs) return cached.style;
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new HouseStyleError(`House style ${file} is not valid JSON: ${(error as Error).message}`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new HouseStyleError(`House style ${file} must be a JSON object.`);
  }
  const record = raw as Record<string, unknown>;
  let merged: Record<string, unknown> = record;
  if (record.extends !== undefined) {
    const base = typeof record.extends === 'string' ? builtInStyle(record.extends) : undefined;
    if (!base) throw new HouseStyleError(`House style ${file} extends "${String(record.extends)}", which is not a built-in style.`);
    merged = { ...base, name: base.name, ...record };
    for (const section of SECTIONS) merged[section] = record[section] ?? base[section];
  }
  const style = validate(merged, file);
  fileCache.set(file, { mtimeMs: stat.mtimeMs, style });
  return style;
}
