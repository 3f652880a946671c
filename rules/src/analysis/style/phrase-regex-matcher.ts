import { isSpace, isWordChar } from '../../model/chars';

/**
 * Runs a phrase-list regex of the shape write-good's word-list checkers build,
 * `\b(phrase one|phrase two|...)\b` with flags `gi` (see OPENINGS) and each space written
 * `[\b\s\u200C]*`, with exactly the matches of `regex.exec` in a loop, but only where a
 * match can start.
 *
 * Why: no-cliches' regex has ~700 alternatives, and V8 tries it at every character of the
 * text (~600 ns a character: ~65% of a full check with style on). Here one pass over the
 * text finds each word start whose letters (spaces skipped) spell the beginning of some
 * phrase, using a trie of the phrases' literal beginnings, and the same regex, made sticky,
 * is tried at those few positions only. A global regex takes the leftmost position where it
 * matches, then goes on after the match; trying it in text order at a superset of the
 * positions where it can match, and skipping those inside the last match, finds the same.
 */
export type PhraseMatcher = (text: string) => { index: number; offset: number }[];

/**
 * How the regex may open (longest first): `\b(?<!-)(` (too-wordy: not right after a
 * hyphen), or `\b(` (no-cliches). Either way a match starts at a word start, and the
 * sticky regex checks the rest.
 */
const OPENINGS = ['\\b(?<!-)(', '\\b('];

/** `[\b\s\u200C]` in the regex source: inside a class `\b` is a backspace. */
const SPACE_CLASS = '[\\b\\s\\u200C]';

interface TrieNode {
  /** A phrase's literal beginning ends here: a match can start where the walk got here. */
  complete: boolean;
  /** Children by character code: `children[code - base]` (a dense array: no Map lookups per character). */
  base: number;
  children: (TrieNode | undefined)[];
}

/**
 * Beginnings are cut to this many characters: a longer one hardly ever rules out more
 * positions, and the trie stays small (built in ~1 ms at start-up).
 */
const MAX_BEGINNING = 10;

/** The fast matcher for `regex`, or undefined when its source is not of the expected shape. */
export function phraseRegexMatcher(regex: RegExp): PhraseMatcher | undefined {
  const opening = OPENINGS.find((prefix) => regex.source.startsWith(prefix));
  if (regex.flags !== 'gi' || !opening || !regex.source.endsWith(')\\b')) return undefined;
  const alternatives = topLevelAlternatives(regex.source.slice(opening.length, -3));
  if (!alternatives) return undefined;
  const beginnings = alternatives.map((alternative) => literalBeginning(alternative).slice(0, MAX_BEGINNING));
  // After `\b`, a phrase that starts with a word character can only match at a word start.
  if (beginnings.some((beginning) => beginning.length === 0 || !isWordChar(beginning.charCodeAt(0)))) return undefined;
  const sorted = [...new Set(beginnings)].sort();
  const root = trie(sorted, 0, sorted.length, 0);
  const sticky = new RegExp(regex.source, 'giy');
  return (text) => {
    const found: { index: number; offset: number }[] = [];
    let free = 0; // a global regex resumes its search here, after the last match
    let previousIsWord = false;
    for (let at = 0; at < text.length; at++) {
      const code = text.charCodeAt(at);
      const isWord = code < 128 && WORD[code] === 1;
      const wordStart = isWord && !previousIsWord;
      previousIsWord = isWord;
      if (!wordStart || at < free || !spellsABeginning(root, text, at)) continue;
      sticky.lastIndex = at;
      const match = sticky.exec(text);
      if (match) {
        found.push({ index: at, offset: match[0].length });
        free = at + match[0].length;
      }
    }
    return found;
  };
}

/** Whether the text from `at`, spaces skipped and ASCII letters lower-cased, starts with a trie entry. */
function spellsABeginning(root: TrieNode, text: string, at: number): boolean {
  let node = root;
  for (let i = at; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // The phrase's spaces may match any run of spaces, or none; skipping every space is looser.
    if (isSpaceClassCode(code)) continue;
    const index = (code >= 65 && code <= 90 ? code + 32 : code) - node.base;
    const child = index >= 0 && index < node.children.length ? node.children[index] : undefined;
    if (child === undefined) return false;
    if (child.complete) return true;
    node = child;
  }
  return false;
}

/**
 * The trie of `sorted[from..to)`, which all share their first `depth` characters. A node where
 * a beginning ends needs no children: reaching it already makes the position a candidate.
 */
function trie(sorted: readonly string[], from: number, to: number, depth: number): TrieNode {
  if (sorted[from].length === depth) return { complete: true, base: 0, children: [] };
  const base = sorted[from].charCodeAt(depth);
  const children: (TrieNode | undefined)[] = new Array(sorted[to - 1].charCodeAt(depth) - base + 1).fill(undefined);
  for (let start = from; start < to; ) {
    const code = sorted[start].charCodeAt(depth);
    let end = start + 1;
    while (end < to && sorted[end].charCodeAt(depth) === code) end++;
    children[code - base] = trie(sorted, start, end, depth + 1);
    start = end;
  }
  return { complete: false, base, children };
}

/** The alternatives of `a|b|c`, or undefined when a group or class makes splitting unsafe. */
function topLevelAlternatives(source: string): string[] | undefined {
  const alternatives: string[] = [];
  let start = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char === '\\') i++;
    else if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    else if (char === '(' || char === ')') return undefined;
    else if (char === '|') {
      alternatives.push(source.slice(start, i));
      start = i + 1;
    }
  }
  alternatives.push(source.slice(start));
  return alternatives;
}

/**
 * The lower-cased letters every match of `alternative` starts with, spaces left out: its
 * literal characters up to the first regex construct other than the space class (a
 * quantified character is left out too, since it may be absent). With the `i` flag and no
 * `u` flag, an ASCII letter matches only itself in either case, so the beginning stops
 * before any non-ASCII character.
 */
function literalBeginning(alternative: string): string {
  let beginning = '';
  let i = 0;
  while (i < alternative.length) {
    if (alternative.startsWith(SPACE_CLASS, i)) {
      i += SPACE_CLASS.length;
      if (alternative[i] === '*' || alternative[i] === '+') i++;
      continue;
    }
    let char = alternative[i];
    let width = 1;
    if (char === '\\') {
      char = alternative[i + 1] ?? '';
      width = 2;
      if (!/^[^A-Za-z0-9]$/.test(char)) break; // \s, \w, \u0041...: not a literal
    } else if ('.^$()[]{}*+?|'.includes(char)) break;
    if ('?*+{'.includes(alternative[i + width] ?? '')) break; // optional or repeated
    const code = char.charCodeAt(0);
    if (code >= 128 || isSpaceClassCode(code)) break;
    beginning += char.toLowerCase();
    i += width;
  }
  return beginning;
}

/** `\w` without the `u` flag, for codes below 128. */
const WORD = Uint8Array.from({ length: 128 }, (_, code) => (isWordChar(code) ? 1 : 0));

/** `[\b\s\u200C]` without the `u` flag: backspace, ZWNJ, and `\s` (WhiteSpace and LineTerminator). */
export function isSpaceClassCode(code: number): boolean {
  return code === 8 || code === 0x200c || isSpace(code);
}
