import * as fs from 'fs';
import * as path from 'path';

/**
 * The repository root, found by walking up to Copydesk's package.json, so the same code
 * works from scripts/ (ts sources), out/scripts/ (generator) and out/test/unit/ (drift test).
 */
export function repoRoot(from: string = __dirname): string {
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest) && JSON.parse(fs.readFileSync(manifest, 'utf8')).name === 'copydesk') return dir;
    if (path.dirname(dir) === dir) throw new Error(`No Copydesk package.json above ${from}`);
  }
}

export function readIfExists(file: string): string | undefined {
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
}
