import * as path from 'path';
import { pathToFileURL } from 'url';
import type * as Sarif from 'sarif';
import { allRules, docsUrl, type Finding, type Rule, type Severity, type SeveritySetting } from '../../../rules/src';
import { STDIN_ARGUMENT } from '../files';
import { LineIndex } from '../positions';
import type { FileReport } from '../report';
import { INFORMATION_URI, packageVersion, TOOL_NAME } from '../version';

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** SARIF has three levels; LSP's information and hint both read as "note". */
function level(severity: Severity): Sarif.ReportingConfiguration.level {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}

function ruleDescriptor(rule: Rule): Sarif.ReportingDescriptor {
  const severity: SeveritySetting = rule.meta.defaultSeverity;
  return {
    id: rule.meta.id,
    name: rule.meta.id,
    shortDescription: { text: rule.meta.description },
    fullDescription: { text: rule.meta.rationale },
    helpUri: docsUrl(rule.meta.id),
    help: { text: `${rule.meta.rationale} See ${docsUrl(rule.meta.id)}` },
    defaultConfiguration: severity === 'off' ? { level: 'note', enabled: false } : { level: level(severity) },
    properties: { fixable: rule.meta.fixable, copydeskSeverity: severity },
  };
}

/**
 * A URI for the artifact: relative paths stay relative (code-scanning services resolve them
 * against the checkout, with %SRCROOT% as the base), absolute ones become file: URLs.
 */
function artifactLocation(argument: string): Sarif.ArtifactLocation {
  if (argument === STDIN_ARGUMENT) return { uri: 'stdin' };
  if (path.isAbsolute(argument)) return { uri: pathToFileURL(argument).href };
  const relative = argument.split(path.sep).join('/').replace(/^\.\//, '');
  return { uri: encodeURI(relative).replace(/[?#]/g, encodeURIComponent), uriBaseId: '%SRCROOT%' };
}

function region(index: LineIndex, start: number, end: number): Sarif.Region {
  const from = index.positionAt(start);
  const to = index.positionAt(end);
  // SARIF lines and columns are 1-based and endColumn points just past the region.
  return { startLine: from.line + 1, startColumn: from.character + 1, endLine: to.line + 1, endColumn: to.character + 1, charOffset: start, charLength: end - start };
}

function result(finding: Finding, ruleIndex: number | undefined, location: Sarif.ArtifactLocation, index: LineIndex, text: string): Sarif.Result {
  const r = region(index, finding.start, finding.end);
  r.snippet = { text: text.slice(finding.start, finding.end) };
  const out: Sarif.Result = {
    ruleId: finding.ruleId,
    ...(ruleIndex === undefined ? {} : { ruleIndex }),
    level: level(finding.severity),
    message: { text: finding.message },
    locations: [{ physicalLocation: { artifactLocation: location, region: r } }],
  };
  if (finding.related?.length) {
    out.relatedLocations = finding.related.map((rel, id) => ({ id, message: { text: rel.message }, physicalLocation: { artifactLocation: location, region: region(index, rel.start, rel.end) } }));
  }
  // Only safe fixes: SARIF consumers may apply fixes without review, and unsafe ones insert placeholders.
  const fixes = finding.fixes.filter((f) => f.safe);
  if (fixes.length) {
    out.fixes = fixes.map((fix) => ({
      description: { text: fix.title },
      artifactChanges: [{ artifactLocation: location, replacements: fix.edits.map((e) => ({ deletedRegion: region(index, e.start, e.end), insertedContent: { text: e.newText } })) }],
    }));
  }
  return out;
}

export function toSarifLog(reports: readonly FileReport[]): Sarif.Log {
  const ruleIndex = new Map(allRules.map((rule, i) => [rule.meta.id, i]));
  const results: Sarif.Result[] = [];
  const artifacts: Sarif.Artifact[] = [];
  for (const { file, findings } of reports) {
    const location = artifactLocation(file.argument);
    artifacts.push({ location, length: Buffer.byteLength(file.text, 'utf8') + (file.hadBom ? 3 : 0), sourceLanguage: file.kind, encoding: 'utf-8' });
    const index = new LineIndex(file.text);
    for (const finding of findings) results.push(result(finding, ruleIndex.get(finding.ruleId), location, index, file.text));
  }
  return {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: TOOL_NAME, version: packageVersion(), semanticVersion: packageVersion(), informationUri: INFORMATION_URI, rules: allRules.map(ruleDescriptor) } },
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(process.cwd() + path.sep).href } },
        artifacts,
        results,
      },
    ],
  };
}

export function formatSarif(reports: readonly FileReport[]): string {
  return JSON.stringify(toSarifLog(reports), null, 2) + '\n';
}
