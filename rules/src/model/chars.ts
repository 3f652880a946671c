/**
 * Character tests on UTF-16 code units, for the core's scanners (model, style checks). Each answers exactly what
 * the regex named beside it answers for a one-character string, without building that
 * string: `prose[i]` on a non-Latin-1 character allocates, and a regex call per character
 * dominated parsing.
 */

/** `/\s/` (JavaScript's white space and line terminators). */
export function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** A line terminator in the sense of a multiline `^`: \n, \r, U+2028, U+2029. */
export function isLineTerminator(code: number): boolean {
  return code === 10 || code === 13 || code === 0x2028 || code === 0x2029;
}

/** `/\d/`: ASCII digits only. */
export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** `/\w/` without the `u` flag: ASCII letters, digits and "_". */
export function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
}

const UPPER_OR_DIGIT = /[\p{Lu}\d]/u;
const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;

/** `/[\p{Lu}\d]/u` on the code unit at `at` (false past the end). */
export function isUpperOrDigitAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return code === code && UPPER_OR_DIGIT.test(text[at]); // code !== code: NaN past the end
}

/** `/\p{Ll}/u` on the code unit at `at` (false past the end). */
export function isLowerAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return code >= 97 && code <= 122;
  return code === code && LOWER.test(text[at]);
}

/** `/\p{L}/u` on the code unit at `at` (false past the end). */
export function isLetterAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  return code === code && LETTER.test(text[at]);
}
