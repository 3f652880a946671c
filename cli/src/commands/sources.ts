import * as path from 'path';
import { HouseStyleError, summarizeSources, type DocumentKind, type SourcesSummary } from '../../../rules/src';
import { CliError, EXIT } from '../errors';
import { readInputs } from '../files';
import { write, type CliIO } from '../io';
import { LineIndex } from '../positions';

export const SOURCES_HELP = `Usage: copydesk sources [--format text|json] [--style NAME|FILE] [--kind markdown|plaintext] FILE...

Who each article cites: named sources (with every citation), anonymous sources (and whether
the story says why they were granted anonymity), vague attributions and unattributed claims.
"-" reads standard input. Exit status: 0, or 2 on a usage or input error.
`;

interface SourcesCommand {
  format: 'text' | 'json';
  style?: string;
  kind?: DocumentKind;
  files: string[];
  help: boolean;
}

function parse(args: readonly string[]): SourcesCommand {
  const command: SourcesCommand = { format: 'text', files: [], help: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? args[++i];
      if (v === undefined) throw new CliError(`${name} needs a value (see copydesk sources --help)`);
      return v;
    };
    if (name === '--help' || name === '-h') command.help = true;
    else if (name === '--format') {
      const v = value();
      if (v !== 'text' && v !== 'json') throw new CliError(`--format must be text or json, not "${v}"`);
      command.format = v;
    } else if (name === '--style') command.style = value();
    else if (name === '--kind') {
      const v = value();
      if (v !== 'markdown' && v !== 'plaintext') throw new CliError(`--kind must be markdown or plaintext, not "${v}"`);
      command.kind = v;
    } else if (name.startsWith('-') && name !== '-') throw new CliError(`unknown option ${name} for sources (see copydesk sources --help)`);
    else command.files.push(arg);
  }
  if (!command.help && command.files.length === 0) throw new CliError('sources needs at least one FILE (or "-" for standard input)');
  return command;
}

function formatText(displayPath: string, text: string, summary: SourcesSummary): string {
  const lines = new LineIndex(text);
  const at = (offset: number) => {
    const p = lines.positionAt(offset);
    return `${p.line + 1}:${p.character + 1}`;
  };
  const out = [`${displayPath}`];
  out.push(`  Named sources (${summary.namedSources.length})`);
  for (const s of summary.namedSources) out.push(`    ${s.name} — ${s.count} citation${s.count === 1 ? '' : 's'} (${s.citations.map((c) => at(c.start)).join(', ')})`);
  out.push(`  Anonymous sources (${summary.anonymousSources.length})`);
  for (const a of summary.anonymousSources) out.push(`    ${at(a.start)}  "${a.phrase}" — reason ${a.reasonGiven ? 'given' : 'NOT given'}`);
  out.push(`  Vague attributions (${summary.vagueAttributions.length})`);
  for (const v of summary.vagueAttributions) out.push(`    ${at(v.start)}  "${v.text}"`);
  out.push(`  Unattributed claims (${summary.unattributedClaims.length})`);
  for (const c of summary.unattributedClaims) out.push(`    ${at(c.start)}  ${c.text.length > 100 ? `${c.text.slice(0, 97)}…` : c.text}`);
  return `${out.join('\n')}\n`;
}

/** `copydesk sources`: the sourcing summary of each file (the Sources view's data). */
export async function runSources(args: readonly string[], io: CliIO): Promise<number> {
  const command = parse(args);
  if (command.help) {
    await write(io.stdout, SOURCES_HELP);
    return EXIT.clean;
  }
  const files = await readInputs(command.files.map((f) => (f === '-' ? f : path.resolve(io.cwd, f))), command.kind, io.stdin);
  const results: { file: string; summary: SourcesSummary; text: string }[] = [];
  for (const [i, file] of files.entries()) {
    try {
      results.push({ file: command.files[i], text: file.text, summary: summarizeSources(file.text, { kind: file.kind, style: command.style, styleBaseDir: io.cwd }) });
    } catch (error) {
      if (error instanceof HouseStyleError) throw new CliError(error.message);
      throw error;
    }
  }
  if (command.format === 'json') {
    await write(io.stdout, `${JSON.stringify(results.map((r) => ({ file: r.file, ...r.summary })), null, 2)}\n`);
  } else {
    await write(io.stdout, results.map((r) => formatText(r.file, r.text, r.summary)).join('\n'));
  }
  return EXIT.clean;
}
