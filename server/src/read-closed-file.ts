import { promises as fs } from 'fs';
import { fileURLToPath } from 'url';
import { ErrorCodes, ResponseError } from 'vscode-languageserver/node';

/**
 * Reads a file the editor does not have open (workspace check, Sources of a closed file).
 * A missing or unreadable file becomes an InvalidParams error naming the URI, not a crash.
 */
export async function readClosedFile(uri: string): Promise<{ filePath: string; text: string }> {
  try {
    const filePath = fileURLToPath(uri);
    return { filePath, text: await fs.readFile(filePath, 'utf8') };
  } catch (error) {
    throw new ResponseError(ErrorCodes.InvalidParams, `Copydesk cannot read ${uri}: ${(error as Error).message}`);
  }
}
