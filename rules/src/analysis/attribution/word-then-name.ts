/**
 * `\b[Ww]ord\s+Name Name`-style tests without a regex per word. A regex built per noun costs a
 * compile with Unicode property classes each time V8 drops its code, and then tries its `\b` at
 * every position; here the word is found with indexOf and only the name after it runs through
 * one fixed sticky regex.
 */

/** ASCII `\w` (without the `i` flag, `\b` reads ASCII word characters even in `u` mode). */
function isWordUnit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
}

function boundaryAt(text: string, at: number): boolean {
  const before = at > 0 && isWordUnit(text.charCodeAt(at - 1));
  const after = at < text.length && isWordUnit(text.charCodeAt(at));
  return before !== after;
}

/**
 * Whether `new RegExp(\`\\b[${firsts}]${escapeRegExp(rest)}\` + nameAfter.source, 'u').test(text)`,
 * for `firsts` of ASCII letters or digits and a non-empty `rest`; `nameAfter` must be sticky with
 * flag `u` and start with its own `\s+`. Undefined when the arguments fall outside that shape.
 */
export function wordThenName(text: string, firsts: string, rest: string, nameAfter: RegExp): boolean | undefined {
  if (rest === '' || !/^[A-Za-z0-9]+$/.test(firsts) || !nameAfter.sticky) return undefined;
  for (let i = text.indexOf(rest, 1); i >= 0; i = text.indexOf(rest, i + 1)) {
    const at = i - 1;
    if (!firsts.includes(text[at]) || !boundaryAt(text, at)) continue;
    nameAfter.lastIndex = i + rest.length;
    if (nameAfter.test(text)) return true;
  }
  return false;
}
