import { applyEdits, check, safeEdits, type EngineOptions, type Finding, type TextEdit } from '../../rules/src';

/**
 * Composes `first` (text0 → text1, offsets in text0) with `second` (text1 → text2, offsets
 * in text1) into one edit list from text0 to text2. Edits that touch or overlap in text1 are
 * merged, so the result is sorted and non-overlapping. Linear in the number of edits.
 */
export function composeEdits(first: readonly TextEdit[], second: readonly TextEdit[], text1: string): TextEdit[] {
  type Span = { start: number; end: number; delta: number; second?: TextEdit };
  const spans: Span[] = [];
  let shift = 0;
  for (const edit of first) {
    const start = edit.start + shift;
    spans.push({ start, end: start + edit.newText.length, delta: edit.newText.length - (edit.end - edit.start) });
    shift += edit.newText.length - (edit.end - edit.start);
  }
  for (const edit of second) spans.push({ start: edit.start, end: edit.end, delta: 0, second: edit });
  spans.sort((a, b) => a.start - b.start || a.end - b.end);

  const out: TextEdit[] = [];
  let shiftBefore = 0; // text1 offset - text0 offset, left of the current cluster
  for (let i = 0; i < spans.length; ) {
    const clusterStart = spans[i].start;
    let clusterEnd = spans[i].end;
    let delta = 0;
    const inner: TextEdit[] = [];
    for (; i < spans.length && spans[i].start <= clusterEnd; i++) {
      clusterEnd = Math.max(clusterEnd, spans[i].end);
      delta += spans[i].delta;
      if (spans[i].second) inner.push(spans[i].second!);
    }
    const local = inner.map((e) => ({ start: e.start - clusterStart, end: e.end - clusterStart, newText: e.newText }));
    out.push({
      start: clusterStart - shiftBefore,
      end: clusterEnd - shiftBefore - delta,
      newText: applyEdits(text1.slice(clusterStart, clusterEnd), local),
    });
    shiftBefore += delta;
  }
  return out;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * Shrinks an edit to the part that really changes (a merged cluster may span unchanged text),
 * without splitting a surrogate pair or a CRLF, which LSP positions cannot express.
 */
export function trimEdit(text: string, edit: TextEdit): TextEdit | undefined {
  const before = text.slice(edit.start, edit.end);
  const after = edit.newText;
  let prefix = 0;
  const maxPrefix = Math.min(before.length, after.length);
  while (prefix < maxPrefix && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  const maxSuffix = Math.min(before.length, after.length) - prefix;
  while (suffix < maxSuffix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  let start = edit.start + prefix;
  let end = edit.end - suffix;
  while (start > edit.start && (isLowSurrogate(text.charCodeAt(start)) || (text[start - 1] === '\r' && text[start] === '\n'))) start--;
  while (end < edit.end && (isHighSurrogate(text.charCodeAt(end - 1)) || (text[end - 1] === '\r' && text[end] === '\n'))) end++;
  const newText = after.slice(start - edit.start, after.length - (edit.end - end));
  if (start === end && newText.length === 0) return undefined;
  if (text.slice(start, end) === newText) return undefined;
  return { start, end, newText };
}

export interface FixAllResult {
  /** Sorted, non-overlapping edits against the original text. */
  edits: TextEdit[];
  /** The text after applying them. */
  text: string;
  passes: number;
}

/**
 * Every safe fix as one edit set against the original text. Like `fixText`, colliding fixes
 * wait for another pass (vscode-eslint #1745), but the passes are composed into edits of the
 * original, so the editor can apply them as one versioned change and the result converges.
 * `findings` (the published findings for exactly this text) saves the first check.
 */
export function fixAllEdits(text: string, options: EngineOptions, findings?: readonly Finding[], maxPasses = 10): FixAllResult {
  let current = text;
  let composed: TextEdit[] = [];
  let passes = 0;
  while (passes < maxPasses) {
    const edits = safeEdits(passes === 0 && findings ? findings : check(current, options));
    if (edits.length === 0) break;
    const next = applyEdits(current, edits);
    composed = passes === 0 ? edits : composeEdits(composed, edits, current);
    current = next;
    passes++;
  }
  const edits = composed.map((edit) => trimEdit(text, edit)).filter((edit): edit is TextEdit => edit !== undefined);
  return { edits, text: current, passes };
}
