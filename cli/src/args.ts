import * as path from 'path';
import { allRules, HouseStyleError, isSeveritySetting, loadStyle, SEVERITY_SETTINGS, type DocumentKind, type EngineOptions, type SeveritySetting } from '../../rules/src';
import { CliError } from './errors';

export type OutputFormat = 'text' | 'json' | 'sarif';

/** What `check` and `fix` were asked to do, after validation. */
export interface CommandLine {
  files: string[];
  format: OutputFormat;
  /** fix only: print the fixed text instead of rewriting the file. */
  stdout: boolean;
  kind?: DocumentKind;
  engine: EngineOptions;
  help: boolean;
}

interface Flag {
  name: string;
  takesValue: boolean;
  commands: readonly string[];
}

const FLAGS: readonly Flag[] = [
  { name: '--format', takesValue: true, commands: ['check'] },
  { name: '--stdout', takesValue: false, commands: ['fix'] },
  { name: '--style', takesValue: true, commands: ['check', 'fix'] },
  { name: '--publication-date', takesValue: true, commands: ['check', 'fix'] },
  { name: '--rule', takesValue: true, commands: ['check', 'fix'] },
  { name: '--numeric-date-order', takesValue: true, commands: ['check', 'fix'] },
  { name: '--check-inside-quotes', takesValue: false, commands: ['check', 'fix'] },
  { name: '--kind', takesValue: true, commands: ['check', 'fix'] },
  { name: '--help', takesValue: false, commands: ['check', 'fix'] },
];

/**
 * Parses the arguments after the command name. Accepts `--flag value` and `--flag=value`,
 * `--` to end options, and `-` for standard input. Every mistake is a CliError that says
 * what was wrong and what is allowed.
 */
export function parseCommandLine(command: 'check' | 'fix', args: readonly string[], cwd = process.cwd()): CommandLine {
  const files: string[] = [];
  const rules: Record<string, SeveritySetting> = {};
  let format: OutputFormat = 'text';
  let stdout = false;
  let help = false;
  let kind: DocumentKind | undefined;
  let style: string | undefined;
  let publicationDate: string | undefined;
  let numericDateOrder: 'mdy' | 'dmy' | undefined;
  let checkInsideQuotes = false;

  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      files.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      files.push(arg);
      continue;
    }
    if (arg === '-h') {
      help = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg : arg.slice(0, eq);
    const flag = FLAGS.find((f) => f.name === name);
    if (!flag) throw new CliError(`unknown option ${name} for "copydesk ${command}" (see copydesk --help)`);
    if (!flag.commands.includes(command)) throw new CliError(`${name} is not an option of "copydesk ${command}" (see copydesk --help)`);
    let value: string | undefined;
    if (flag.takesValue) {
      if (eq !== -1) value = arg.slice(eq + 1);
      else if (i + 1 < args.length) value = args[++i];
      else throw new CliError(`${name} needs a value`);
    } else if (eq !== -1) {
      throw new CliError(`${name} takes no value`);
    }
    switch (name) {
      case '--format':
        format = oneOf(name, value!, ['text', 'json', 'sarif'] as const);
        break;
      case '--stdout':
        stdout = true;
        break;
      case '--style':
        style = value;
        break;
      case '--publication-date':
        publicationDate = validDate(value!);
        break;
      case '--rule': {
        const [id, severity] = parseRuleOverride(value!);
        rules[id] = severity;
        break;
      }
      case '--numeric-date-order':
        numericDateOrder = oneOf(name, value!, ['mdy', 'dmy'] as const);
        break;
      case '--check-inside-quotes':
        checkInsideQuotes = true;
        break;
      case '--kind':
        kind = oneOf(name, value!, ['markdown', 'plaintext'] as const);
        break;
      case '--help':
        help = true;
        break;
    }
  }

  if (!help && files.length === 0) throw new CliError(`no files given (usage: copydesk ${command} [options] FILE... ; "-" reads standard input)`);
  const engine: EngineOptions = { rules, checkInsideQuotes, styleBaseDir: cwd };
  if (publicationDate) engine.publicationDate = publicationDate;
  if (numericDateOrder) engine.numericDateOrder = numericDateOrder;
  if (!help) engine.houseStyle = loadHouseStyle(style, cwd);
  return { files, format, stdout, kind, engine, help };
}

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new CliError(`${flag} must be one of ${allowed.join(', ')} (got "${value}")`);
}

function validDate(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
  if (!m || !date || date.getUTCMonth() !== Number(m[2]) - 1 || date.getUTCDate() !== Number(m[3])) {
    throw new CliError(`--publication-date must be a real date in the form YYYY-MM-DD (got "${value}")`);
  }
  return value;
}

/** `ID=SEVERITY`, where ID is a rule id or a family wildcard ("style/*"). */
export function parseRuleOverride(value: string): [string, SeveritySetting] {
  const eq = value.lastIndexOf('=');
  if (eq <= 0) throw new CliError(`--rule needs ID=SEVERITY, e.g. --rule dates/relative=off (got "${value}")`);
  const id = value.slice(0, eq).trim();
  const severity = value.slice(eq + 1).trim();
  const ids = new Set(allRules.map((r) => r.meta.id));
  const families = new Set(allRules.map((r) => `${r.meta.id.split('/')[0]}/*`));
  if (!ids.has(id) && !families.has(id)) {
    throw new CliError(`--rule "${value}": unknown rule id "${id}" (families: ${[...families].join(', ')}; run copydesk --help for the list)`);
  }
  if (!isSeveritySetting(severity)) throw new CliError(`--rule "${value}": severity must be one of ${SEVERITY_SETTINGS.join(', ')}`);
  return [id, severity];
}

/** Loads the house style once for the whole run; a broken file stops the run (exit 2) with the loader's message. */
function loadHouseStyle(style: string | undefined, cwd: string) {
  try {
    return loadStyle(style, cwd);
  } catch (error) {
    if (error instanceof HouseStyleError) throw new CliError(error.message.replace(path.resolve(cwd) + path.sep, ''));
    throw error;
  }
}
