import * as fs from 'fs';
import * as path from 'path';

export interface StandoffSpan {
  start: number;
  end: number;
}

/** One PolNeAR attribution: source (may be absent), cue and content, each possibly discontinuous. */
export interface PolnearAttribution {
  id: string;
  source: StandoffSpan[];
  cue: StandoffSpan[];
  content: StandoffSpan[];
  cueText: string;
}

export interface PolnearArticle {
  name: string;
  text: string;
  attributions: PolnearAttribution[];
}

/** Reads `<corpus>/polnear/<split>`: text/NAME.txt with attributions/NAME_<annotator>.ann (brat standoff). */
export function readPolnear(corpusDir: string, split: string): PolnearArticle[] {
  const dir = path.join(corpusDir, 'polnear', split);
  const annDir = path.join(dir, 'attributions');
  if (!fs.existsSync(annDir)) return [];
  const articles: PolnearArticle[] = [];
  for (const ann of fs.readdirSync(annDir).sort()) {
    if (!ann.endsWith('.ann')) continue;
    const name = ann.replace(/_[0-9a-f]{4}\.ann$/, '');
    // Articles annotated by several annotators (agreement checks): the first annotation counts.
    if (articles.some((a) => a.name === name)) continue;
    const textFile = path.join(dir, 'text', `${name}.txt`);
    if (!fs.existsSync(textFile)) continue;
    articles.push({ name, text: fs.readFileSync(textFile, 'utf8'), attributions: parseAnn(fs.readFileSync(path.join(annDir, ann), 'utf8')) });
  }
  return articles;
}

function parseAnn(ann: string): PolnearAttribution[] {
  const spans = new Map<string, { type: string; spans: StandoffSpan[]; text: string }>();
  const events: string[] = [];
  for (const line of ann.split('\n')) {
    const t = /^(T\d+)\t(\S+) ([\d ;]+)\t(.*)$/.exec(line);
    if (t) {
      const parts = t[3].split(';').map((p) => p.trim().split(' ').map(Number));
      spans.set(t[1], { type: t[2], spans: parts.map(([start, end]) => ({ start, end })), text: t[4] });
    } else if (/^E\d+\t/.test(line)) events.push(line);
  }
  return events.map((line) => {
    const [id, body] = line.split('\t');
    const roles: Record<string, string> = {};
    for (const pair of body.trim().split(/\s+/)) {
      const [role, ref] = pair.split(':');
      roles[role] = ref;
    }
    const of = (role: string) => (roles[role] ? (spans.get(roles[role])?.spans ?? []) : []);
    return { id, source: of('Source'), cue: of('Cue'), content: of('Content'), cueText: roles.Cue ? (spans.get(roles.Cue)?.text ?? '') : '' };
  });
}

/** Characters of [start, end) covered by any of `spans`. */
export function coveredChars(start: number, end: number, spans: readonly StandoffSpan[]): number {
  const marks = new Uint8Array(Math.max(0, end - start));
  for (const s of spans) for (let i = Math.max(start, s.start); i < Math.min(end, s.end); i++) marks[i - start] = 1;
  return marks.reduce((a, b) => a + b, 0);
}
