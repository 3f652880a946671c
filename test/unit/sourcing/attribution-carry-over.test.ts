import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nearestAttributed } from '../../../rules/src/analysis/attribution/carry-over';
import { loadStyle, parseArticle } from '../../../rules/src';

const style = loadStyle('ap');

describe('nearest attributed sentence', () => {
  it('is the closest other attributed sentence of the paragraph, the earlier one on a tie', () => {
    const text = ['One. Two. Three. Four. Five. Six. Seven.', 'Eight. Nine.', 'Ten.', 'Eleven. Twelve. Thirteen.'].join('\n\n');
    const doc = parseArticle(text, style, { kind: 'plaintext' });
    assert.equal(doc.sentences.length, 13);
    let seed = 11;
    const next = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    for (let round = 0; round < 200; round++) {
      const attributed = doc.sentences.map(() => next() < 0.3);
      const got = nearestAttributed(doc, attributed);
      for (const s of doc.sentences) {
        const paragraph = doc.paragraphs[s.paragraph];
        let expected = -1;
        for (let i = paragraph.firstSentence; i < paragraph.firstSentence + paragraph.sentenceCount; i++) {
          if (i !== s.index && attributed[i] && (expected < 0 || Math.abs(i - s.index) < Math.abs(expected - s.index))) expected = i;
        }
        assert.equal(got[s.index], expected, `${attributed.map(Number).join('')} sentence ${s.index}`);
      }
    }
  });
});
