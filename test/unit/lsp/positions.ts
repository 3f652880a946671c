// Expected LSP positions computed independently of the server and of TextDocument:
// a line ends at "\n" (a preceding "\r" belongs to the line break), a character is a UTF-16 code unit.
export function expectedPosition(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset);
  const lines = before.split('\n');
  return { line: lines.length - 1, character: lines[lines.length - 1].length };
}

export function expectedRange(text: string, start: number, end: number) {
  return { start: expectedPosition(text, start), end: expectedPosition(text, end) };
}

/** The range of the n-th (0-based) occurrence of `needle` in `text`. */
export function rangeOfText(text: string, needle: string, occurrence = 0) {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" occurs fewer than ${occurrence + 1} times`);
  }
  return expectedRange(text, at, at + needle.length);
}
