import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/** Where the shared corpus lives: ../shared/corpus beside the checkout, or $COPYDESK_CORPUS. */
export function corpusDir(): string {
  return process.env.COPYDESK_CORPUS ?? path.resolve(__dirname, '../../../../shared/corpus');
}

function readTexts(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => fs.readFileSync(path.join(dir, name), 'utf8').trim());
}

/**
 * Real news copy, never repeated where avoidable: the articles, then PolNeAR's texts
 * (3.8 MB of distinct copy), repeated only to reach 10 MB. Built at run time from the
 * shared corpus, so no article text is stored in the repository.
 */
export function benchInputs(): { name: string; file: string; bytes: number }[] {
  const root = corpusDir();
  const texts = [...readTexts(path.join(root, 'articles')), ...readTexts(path.join(root, 'polnear', 'train', 'text')), ...readTexts(path.join(root, 'polnear', 'dev', 'text'))];
  if (texts.length === 0) throw new Error(`No corpus found at ${root} (set COPYDESK_CORPUS)`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-bench-'));
  const build = (target: number) => {
    const parts: string[] = [];
    let size = 0;
    for (let i = 0; size < target; i = (i + 1) % texts.length) {
      parts.push(texts[i]);
      size += Buffer.byteLength(texts[i]) + 2;
    }
    let text = parts.join('\n\n');
    // Cut at a paragraph boundary at or after the target size.
    const cut = text.indexOf('\n\n', target);
    if (cut !== -1) text = text.slice(0, cut + 1);
    return text;
  };
  const sizes: [string, number][] = [
    ['15 KB', 15_000],
    ['1 MB', 1_000_000],
    ['10 MB', 10_000_000],
  ];
  return sizes.map(([name, target]) => {
    const file = path.join(dir, `${name.replace(' ', '')}.txt`);
    const text = build(target);
    fs.writeFileSync(file, text);
    return { name, file, bytes: Buffer.byteLength(text) };
  });
}

/** A document of about `words` words of real copy, for the LSP latency runs. */
export function documentOfWords(words: number): string {
  const root = corpusDir();
  const texts = [...readTexts(path.join(root, 'articles')), ...readTexts(path.join(root, 'polnear', 'train', 'text'))];
  const paragraphs: string[] = [];
  let count = 0;
  for (const text of texts) {
    for (const paragraph of text.split(/\n\s*\n/)) {
      paragraphs.push(paragraph.trim());
      count += paragraph.split(/\s+/).length;
      if (count >= words) return paragraphs.join('\n\n') + '\n';
    }
  }
  return paragraphs.join('\n\n') + '\n';
}
