import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countWords, tokenize, type SentenceTokens } from '../../../rules/src/analysis/attribution/tokens';

// The regex the tokenizer replaced, run on the slice as it was: the scanner must give the same tokens.
const TOKEN_RE = /[\p{L}\p{N}](?:[\p{L}\p{N}&]|[.'’-](?=[\p{L}\p{N}])|\/(?=\p{N}))*\.?|[^\s\p{L}\p{N}]/gu;
const KEEPS = /^(?:\p{Lu}|(?:\p{L}\.)+\p{L}|Co|Corp|Inc|Ltd|Jr|Sr|Dr|Mr|Mrs|Ms|St|Gov|Sen|Rep|Gen|Lt|Col|Sgt|Capt)\.$/u;

function reference(text: string, start: number, end: number) {
  const out: { start: number; end: number; text: string; word: boolean; lower: string }[] = [];
  const body = text.slice(start, end);
  const push = (at: number, t: string) => {
    const lower = t.toLowerCase().replace(/’/g, "'");
    out.push({ start: at, end: at + t.length, text: t, word: /[\p{L}\p{N}]/u.test(t[0]), lower });
  };
  for (const m of body.matchAll(TOKEN_RE)) {
    let word = m[0];
    if (word.length > 1 && word.endsWith('.') && !KEEPS.test(word)) word = word.slice(0, -1);
    push(start + m.index, word);
    if (word.length < m[0].length) push(start + m.index + word.length, '.');
  }
  return out;
}

function asObjects(st: SentenceTokens) {
  const out: { start: number; end: number; text: string; word: boolean; lower: string }[] = [];
  for (let k = 0; k < st.length; k++) out.push({ start: st.start(k), end: st.end(k), text: st.text(k), word: st.isWord(k), lower: st.lower(k) });
  return out;
}

const same = (text: string, start = 0, end = text.length) => assert.deepEqual(asObjects(tokenize(text, start, end)), reference(text, start, end), JSON.stringify(text.slice(start, end)));

describe('attribution tokenizer', () => {
  it('keeps inner periods, apostrophes, hyphens, ampersands and digit slashes in words', () => {
    const tokens = asObjects(tokenize('U.S. Carlineo’s AT&T deal, 9/11 and co-op. Mr. Smith said “no.”', 0, 63));
    assert.deepEqual(tokens.map((t) => t.text), ['U.S.', 'Carlineo’s', 'AT&T', 'deal', ',', '9/11', 'and', 'co-op', '.', 'Mr.', 'Smith', 'said', '“', 'no', '.', '”']);
    assert.equal(tokens[1].lower, "carlineo's");
    assert.equal(tokens[2].lower, 'at&t');
  });

  it('marks the tokens inside quoted words as blocked', () => {
    const text = 'He said “we will win,” she said.';
    const quote = { contentStart: text.indexOf('“') + 1, contentEnd: text.indexOf('”') };
    const st = tokenize(text, 0, text.length, [quote]);
    const blocked = asObjects(st).filter((_, k) => st.isBlocked(k)).map((t) => t.text);
    assert.deepEqual(blocked, ['we', 'will', 'win', ',']);
  });

  it('keeps each sentence\'s tokens while later sentences are tokenized, also past a chunk\'s size', () => {
    const first = 'Mr. Smith said “no.”';
    const a = tokenize(first, 0, first.length);
    const long = 'ab, '.repeat(40000);
    const b = tokenize(long, 0, long.length);
    assert.equal(b.length, 80000);
    assert.deepEqual([b.text(0), b.text(1), b.start(79998), b.text(79999)], ['ab', ',', long.length - 4, ',']);
    const c = tokenize(first, 4, first.length);
    assert.deepEqual(asObjects(a), reference(first, 0, first.length));
    assert.deepEqual(asObjects(c), reference(first, 4, first.length));
  });

  it('matches the regex on tricky text: non-ASCII letters, astral characters, lone surrogates, slice edges', () => {
    const samples = [
      'Zoë Ünal said 𝐀𝐁 and 😀 then ½ and x². İstanbul KELVIN ſ',
      'a.b. A. Co. co. Inc.. end-', 'x\ud800y \udc00z a\u00a0b\u2028c\ufeffd', "won't won’t rock'n'roll -a- 'quoted'",
      '3/4 a/b 1/½ C/3 ./. ...', '\ud835\udc00.\ud835\udc01.', 'Ⓐbc ⒜ ǅungla Σ ΣΑΣ',
    ];
    for (const s of samples) {
      same(s);
      for (let a = 0; a < s.length; a += 3) same(s, a, Math.min(s.length, a + 7));
    }
  });

  it('matches the regex on random strings over a mixed alphabet', () => {
    const alphabet = ['a', 'B', '1', '.', "'", '’', '-', '/', '&', ' ', '\n', '“', 'é', 'İ', '²', '\ud835\udc00', '\ud800', '\udc00', '😀', 'ſ', '\u212a', '\u00a0'];
    let seed = 7;
    const next = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    for (let n = 0; n < 3000; n++) {
      let s = '';
      const length = Math.floor(next() * 14);
      for (let k = 0; k < length; k++) s += alphabet[Math.floor(next() * alphabet.length)];
      const a = Math.floor(next() * (s.length + 1));
      const b = a + Math.floor(next() * (s.length - a + 1));
      same(s, a, b);
      const words = s.slice(a, b).match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
      assert.equal(countWords(s, a, b), words.length, JSON.stringify(s.slice(a, b)));
    }
  });
});
