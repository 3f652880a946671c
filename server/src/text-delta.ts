/** `after` = `before` with [start, end) replaced by `insert` (UTF-16 offsets into `before`). */
export interface TextDelta {
  start: number;
  end: number;
  insert: string;
}

/**
 * The one replacement that turns `before` into `after`: the common prefix and suffix stay,
 * the middle is replaced. One pass of char-code compares, so handing an edited long document
 * to the check worker costs a compare instead of copying the whole text across threads.
 * Exact in UTF-16 code units (a surrogate pair may be split; applyTextDelta joins it again).
 */
export function textDelta(before: string, after: string): TextDelta {
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let suffix = 0;
  const maxSuffix = shorter - start;
  while (suffix < maxSuffix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  return { start, end: before.length - suffix, insert: after.slice(start, after.length - suffix) };
}

export function applyTextDelta(before: string, delta: TextDelta): string {
  return before.slice(0, delta.start) + delta.insert + before.slice(delta.end);
}
