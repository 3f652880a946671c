import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadStyle, parseArticle } from '../../../rules/src';
import { analyseAttribution } from '../../../rules/src/analysis/attribution';

const style = loadStyle('ap');
const analyse = (text: string) => {
  const doc = parseArticle(text, style, { kind: 'plaintext' });
  return { doc, analysis: analyseAttribution(doc, style) };
};

describe('attribution carry-over', () => {
  it('carries a following "He added" back to the sentence before it in the paragraph', () => {
    const { analysis } = analyse('The company will cut 4,000 jobs by March. He added that the cuts were painful.');
    assert.equal(analysis.sentences[1].attributed, true);
    assert.equal(analysis.sentences[0].attributed, false);
    assert.equal(analysis.sentences[0].carriedFrom, 1);
  });

  it('does not carry attribution into the next paragraph', () => {
    const { analysis } = analyse('Smith said the deal was done.\n\nThe deal will cost billions and cause the largest layoffs ever.');
    assert.equal(analysis.sentences[1].carriedFrom, undefined);
    assert.deepEqual(analysis.unattributedClaims, [1]);
  });

  it('carries a speaker into every sentence of a quote that runs over paragraphs', () => {
    const text = '“We are pleased,” Smith said. “We worked hard.\n\n“The cuts will cause the largest losses ever.”';
    const { doc, analysis } = analyse(text);
    const last = doc.sentences.length - 1;
    assert.equal(analysis.sentences[last].insideQuote, true);
    assert.equal(analysis.sentences[last].carriedFrom, 0);
    assert.deepEqual(analysis.unattributedClaims, []);
  });

  it('carries a colon introduction into the next paragraph', () => {
    const { analysis } = analyse('The minister said in a statement:\n\nThe plan will cause the largest losses in history.');
    assert.equal(analysis.sentences[1].carriedFrom, 0);
  });

  it('finds the speaker of a quote paragraph in the sentence that follows', () => {
    const { analysis } = analyse('The vote was close.\n\n“We will win this in the end.”\n\nSmith said so on Monday.');
    assert.equal(analysis.quotes[0].speakerSentence, 2);
  });

  it('reads named, anonymous, institutional, vague and pronoun sources', () => {
    const { analysis } = analyse(
      'Sonya A. Zoghlin, Carlineo’s attorney, told The Hill that her client meant no harm. Officials said the road was closed. ' +
        'The airline said in a statement that it was helping families. Critics say the plan failed. She said it was over.',
    );
    const kinds = analysis.cues.filter((c) => c.kind === 'verb').map((c) => [c.source?.kind, c.source?.name?.text ?? c.source?.text]);
    assert.deepEqual(kinds, [
      ['named', 'Sonya A. Zoghlin'],
      ['anonymous', 'Officials'],
      ['institutional', 'The airline'],
      ['vague', 'Critics'],
      ['pronoun', 'She'],
    ]);
  });

  it('shares one analysis per document', () => {
    const doc = parseArticle('Smith said so.', style, { kind: 'plaintext' });
    assert.equal(analyseAttribution(doc, style), analyseAttribution(doc, style));
  });
});
