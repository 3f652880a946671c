import * as fs from 'fs';
import * as path from 'path';

/**
 * The package version, read from the package.json above this file. The CLI runs both as the
 * esbuild bundle (dist/cli.js) and from the tsc output (out/cli/src/), so walk up rather
 * than hard-code a relative path.
 */
export function packageVersion(): string {
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    try {
      const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'copydesk' && pkg.version) return pkg.version;
    } catch {
      // no package.json here; keep walking up
    }
    dir = path.dirname(dir);
  }
  return '0.0.0';
}

export const TOOL_NAME = 'copydesk';
export const INFORMATION_URI = 'https://github.com/copydesk/copydesk';
