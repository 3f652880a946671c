import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { escapeRegExp } from '../../../rules/src/analysis/scan';
import { matchesIn, phraseRegExp, sourcingLexicon } from '../../../rules/src/analysis/attribution/lexicon';
import { sentenceTokens } from '../../../rules/src/analysis/attribution/cues';
import { verbSentences } from '../../../rules/src/analysis/attribution/verb-sentences';
import { candidateMatches } from '../../../rules/src/analysis/attribution/candidate-matches';
import { FIGURE_RE } from '../../../rules/src/analysis/attribution/claims';
import { wordThenName } from '../../../rules/src/analysis/attribution/word-then-name';
import { loadStyle, parseArticle } from '../../../rules/src';
import type { ArticleDocument } from '../../../rules/src/model/article';

const NAME = "\\p{Lu}[\\p{L}'’.-]+\\s+\\p{Lu}[\\p{L}'’.-]+";
const SPACE_AND_NAME = new RegExp(`\\s+${NAME}`, 'uy');
const style = loadStyle('ap');

describe('attribution prefilters', () => {
  it('wordThenName answers as the regex built for the word', () => {
    const texts = [
      'The critic Jane Doe said so.', 'critic  Jane Doe', 'Critic Jane Doe', 'acritic Jane Doe', '_critic Jane Doe', 'critics Jane Doe',
      'critic jane Doe', 'critic Jane', 'xcritic Jane Doe critic Zoë Ünal', 'critic\u00a0Jane\nDoe', '9critic Jane Doe', 'ritic Jane Doe',
    ];
    for (const text of texts) {
      for (const [firsts, rest] of [['Cc', 'ritic'], ['c', 'ritic'], ['C', 'ritic'], ['9', 'critic']]) {
        const re = new RegExp(`\\b[${firsts}]${escapeRegExp(rest)}\\s+${NAME}`, 'u');
        assert.equal(wordThenName(text, firsts, rest, SPACE_AND_NAME), re.test(text), `${firsts}|${rest}|${text}`);
      }
    }
    assert.equal(wordThenName('critic Jane Doe', 'Cc', '', SPACE_AND_NAME), undefined);
    assert.equal(wordThenName('critic Jane Doe', 'é', 'ritic', SPACE_AND_NAME), undefined);
  });

  it('lexicon matches found from candidate starts equal a run of the regex over the whole prose', () => {
    const entries = ['according to', "won't", 'is said to', 'the most', 'reportedly', 'kick-start', 'U.S. officials', 'a', 'café owners', 'covid19 cases', "it's been said"];
    const re = phraseRegExp(entries);
    const text = [
      'According to him, it WON’T work; it is   said to be the most-watched. Reportedly-ish, reportedly.',
      "xaccording to, 'according to, according to-day, the Most, u.s. officials said a thing. A",
      'Café is said to open. The mostly, the most. kick-start Kick-Start kick-started',
      'CAFÉ owners and cafe owners; Covid19 cases, covid19  cases, covid cases. It’s been said, it’s\tbeen\nsaid, its been said.',
    ].join('\n\n');
    const doc = parseArticle(text, style, { kind: 'plaintext' });
    const viaCandidates = candidateMatches(re, doc);
    assert.ok(viaCandidates);
    const expected = matchesIn(re, doc.prose, 0, doc.prose.length);
    assert.deepEqual(viaCandidates.map((m) => [m.index, m[0]]), expected.map((m) => [m.index, m[0]]));
    assert.ok(expected.length >= 16);
  });

  it('figure matches found from "$", digits and number words equal a run of the regex', () => {
    const text = [
      '$5 million, $ 3.2 billion and 40% of 12 percent; x40 percent, _7 per cent, 3,000 jobs.',
      'Hundreds of people, THOUSANDS of millions of dollars, hundreds of jobsite, a9 million, 1.5 trillion',
      '$$4 and 7½ percent, 2 million2 and 6 percent.',
    ].join('\n\n');
    const doc = parseArticle(text, style, { kind: 'plaintext' });
    const viaCandidates = candidateMatches(FIGURE_RE, doc);
    assert.ok(viaCandidates);
    const expected = matchesIn(FIGURE_RE, doc.prose, 0, doc.prose.length);
    assert.deepEqual(viaCandidates.map((m) => [m.index, m[0]]), expected.map((m) => [m.index, m[0]]));
    assert.ok(expected.length >= 10);
  });

  it('falls back to the regex when the prose holds a character that folds onto ASCII', () => {
    const re = phraseRegExp(['said']);
    const doc: ArticleDocument = parseArticle('He ſaid it. She said it.', style, { kind: 'plaintext' });
    assert.equal(candidateMatches(re, doc), undefined);
  });
});

describe('verb sentences', () => {
  it('never rules out a sentence holding a verb token', () => {
    const lexicon = sourcingLexicon(style);
    const text = [
      'He SAID so. Said: no. It was x-said. They’said it. Smith said. It said’s. Co-op says-ish. No verb here.',
      'Ukrainesaid nothing. “Told,” she. (said) [tells] 5said 5 said. Warns.',
      'Nothing at all. Mr. Added.',
    ].join('\n\n');
    const doc = parseArticle(text, style, { kind: 'plaintext' });
    const flags = verbSentences(doc, lexicon);
    let ruledOut = 0;
    for (const sentence of doc.sentences) {
      const st = sentenceTokens(doc, sentence);
      let hasVerb = false;
      for (let k = 0; k < st.length; k++) if (st.isWord(k) && lexicon.verbs.has(st.lower(k))) hasVerb = true;
      if (hasVerb) assert.equal(flags[sentence.index], true, doc.prose.slice(sentence.start, sentence.end));
      if (!flags[sentence.index]) ruledOut++;
    }
    assert.ok(ruledOut >= 2);
  });
});

describe('verb token filter', () => {
  it('never rules out a token whose lowercase is a verb', () => {
    const lexicon = sourcingLexicon(style);
    assert.ok(lexicon.verbTokens);
    const text = 'He SAID so; Said: “told” AsK asK said’s Noted. x-said TELLS, warned-ish 5said ADDS. Mr. Told wrote/2.';
    const doc = parseArticle(text, style, { kind: 'plaintext' });
    let verbs = 0;
    let filtered = 0;
    for (const sentence of doc.sentences) {
      const st = sentenceTokens(doc, sentence, lexicon);
      for (let k = 0; k < st.length; k++) {
        if (!st.isWord(k)) continue;
        if (lexicon.verbs.has(st.lower(k))) {
          verbs++;
          assert.equal(st.mayBeVerb(k), true, st.text(k));
        } else if (!st.mayBeVerb(k)) filtered++;
      }
    }
    assert.ok(verbs >= 8);
    assert.ok(filtered >= 5);
  });
});
