// Copydesk runs write-good's checks itself (and no-cliches' regex only where a cliché can
// start) for speed: every suggestion must be write-good's own, on real copy and on texts
// built to hit the phrase matcher's edge cases.
import assert from 'node:assert/strict';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import noCliches from 'no-cliches';
import tooWordy from 'too-wordy';
import writeGood from 'write-good';
import writeGoodIllusions from 'write-good/lib/lexical-illusions';
import { lexicalIllusions } from '../../../rules/src/analysis/style/lexical-illusions';
import { packageMatcherRegex } from '../../../rules/src/analysis/style/package-regex';
import { isSpaceClassCode, phraseRegexMatcher } from '../../../rules/src/analysis/style/phrase-regex-matcher';
import { writeGoodSuggestions } from '../../../rules/src/analysis/style/write-good-checks';
import { sentencesWithClauseStartWord } from '../../../rules/src/analysis/write-good-run';
import { builtInStyle } from '../../../rules/src/house-style/load';
import { parseArticle } from '../../../rules/src/model/parse';
import { realArticles } from '../helpers/corpus';

const EXPLANATIONS: [string, string][] = [
  ['weasel', 'is a weasel word'],
  ['illusion', 'is repeated'],
  ['so', 'adds no meaning'],
  ['thereIs', 'is unnecessary verbiage'],
  ['passive', 'may be passive voice'],
  ['adverb', 'can weaken meaning'],
  ['tooWordy', 'is wordy or unneeded'],
  ['cliches', 'is a cliche'],
  ['eprime', "is a form of 'to be'"],
];

/** write-good's own result, as Copydesk keeps it: the first check's name and its explanation per span. */
function viaWriteGood(text: string, options: Record<string, boolean>) {
  return writeGood(text, options)
    .map((s) => {
      const explanation = s.reason.slice(s.offset + 3);
      const [check, own] = EXPLANATIONS.find(([, e]) => explanation.startsWith(e))!;
      const flagged = text.substr(s.index, s.offset).replace(/\s+/g, ' ');
      return { check, start: s.index, end: s.index + s.offset, reason: `"${flagged}" ${own}` };
    })
    .sort((a, b) => a.start - b.start || a.end - b.end);
}

const sorted = (found: ReturnType<typeof writeGoodSuggestions>) => [...found].sort((a, b) => a.start - b.start || a.end - b.end);

const OPTION_SETS: Record<string, boolean>[] = [
  {},
  { eprime: true },
  { weasel: false, passive: false, eprime: true },
  { so: false, thereIs: false, illusion: true, cliches: true, tooWordy: false, adverb: true },
];

describe('write-good checks run by Copydesk', () => {
  it('find what write-good finds on real paragraphs and whole articles, with any checks on or off', () => {
    const articles = realArticles().slice(0, 120);
    let compared = 0;
    let found = 0;
    for (const article of articles) {
      const texts = [article, ...article.split(/\n\s*\n/).filter((p) => p.trim() !== '')];
      for (const [i, text] of texts.entries()) {
        const options = OPTION_SETS[i % OPTION_SETS.length];
        const expected = viaWriteGood(text, options);
        assert.deepEqual(sorted(writeGoodSuggestions(text, options)), expected, JSON.stringify(text.slice(0, 80)));
        compared++;
        found += expected.length;
      }
    }
    assert.ok(compared > 20 && found > 20, `${compared} texts, ${found} suggestions`);
  });

  it('quote the whole flagged phrase, " and " included', () => {
    const text = 'She stayed cool, calm, and collected.';
    const [hint] = writeGoodSuggestions(text, {}).filter((s) => s.check === 'cliches');
    assert.deepEqual(hint, viaWriteGood(text, {}).find((s) => s.check === 'cliches'));
    assert.equal(hint.reason, '"cool, calm, and collected" is a cliche');
  });
});

const PHRASE_PACKAGES: [string, (text: string) => { index: number; offset: number }[], number][] = [
  ['no-cliches', noCliches, 10_000],
  ['too-wordy', tooWordy, 3_000],
];

for (const [specifier, packageChecker, minimumSourceLength] of PHRASE_PACKAGES) {
  describe(`the phrase matcher for ${specifier}`, () => {
    const regex = packageMatcherRegex(specifier);
    const fast = regex && phraseRegexMatcher(regex);

    it('gets the package\'s own regex from the copy write-good uses', () => {
      const fromWriteGood = require.resolve(specifier, { paths: [path.dirname(require.resolve('write-good'))] });
      assert.equal(require.resolve(specifier), fromWriteGood);
      assert.ok(regex instanceof RegExp && regex.flags === 'gi' && regex.source.length > minimumSourceLength);
      assert.ok(fast, 'the fast matcher must be built for the package\'s regex');
    });

    it('gets the same regex in a bundle that has no node_modules beside it (the .vsix)', async () => {
      const { build } = await import('esbuild');
      const root = path.resolve(__dirname, '../../../..');
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { buildOptions } = require(path.join(root, 'scripts/bundle-options.cjs'));
      const probe = { name: 'probe', source: 'rules/src/analysis/style/package-regex.ts', out: 'dist/package-regex-probe.js', external: [] };
      const bundledRegex = async (withPlugins: boolean): Promise<RegExp | undefined> => {
        const options = buildOptions(root, probe, true);
        const result = await build({ ...options, plugins: withPlugins ? options.plugins : [], write: false });
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const Module = require('node:module');
        const filename = path.join(os.tmpdir(), 'copydesk-probe', 'package-regex.js');
        const bundled = new Module(filename);
        bundled.filename = filename;
        bundled.paths = []; // nothing to resolve packages from, as in the .vsix
        bundled._compile(new TextDecoder().decode(result.outputFiles![0].contents), filename);
        return bundled.exports.packageMatcherRegex(specifier);
      };
      assert.equal(await bundledRegex(false), undefined, 'the probe must not find node_modules');
      assert.equal((await bundledRegex(true))?.source, regex!.source);
    });

    it('matches what the package matches on texts made of every phrase, spaced, glued, cased and bounded every way', () => {
      const opening = regex!.source.startsWith('\\b(?<!-)(') ? '\\b(?<!-)('.length : '\\b('.length;
      const phrases = regex!.source.slice(opening, -3).split('|');
      const spaces = [' ', '', '\n', '  \t', '\u200C', '\u00a0', ' \u2028 '];
      const around = [
        ['', ''],
        ['x', ''],
        ['', 's'],
        ['"', '."'],
        ['-', '-'],
        ['_', ' '],
        ['a-', ''],
      ];
      let matches = 0;
      phrases.forEach((phrase, i) => {
        let text = phrase.split('[\\b\\s\\u200C]*').join(spaces[i % spaces.length]).replace(/\\(.)/g, '$1');
        if (i % 3 === 1) text = text.toUpperCase();
        if (i % 5 === 2) text = text.replace(/\b\w/g, (c) => c.toUpperCase());
        const [before, after] = around[i % around.length];
        const sample = `Then ${before}${text}${after} and ${text.slice(0, 4)} and ${text}, again.`;
        const expected = packageChecker(sample);
        assert.deepEqual(fast!(sample), expected, JSON.stringify(sample));
        matches += expected.length;
      });
      // Most of the phrases are found (glued to an "x" or "_" they are not, as for the package).
      assert.ok(matches > phrases.length, `${matches} matches for ${phrases.length} phrases`);
    });

    it('matches what the package matches on real copy', () => {
      const articles = realArticles();
      assert.ok(articles.length > 0);
      for (const article of articles) assert.deepEqual(fast!(article), packageChecker(article));
    });
  });
}

describe('the phrase matcher', () => {
  it('skips exactly the characters the regex\'s space class matches', () => {
    const spaceClass = /[\b\s\u200C]/;
    for (let code = 0; code < 65_536; code++) {
      assert.equal(isSpaceClassCode(code), spaceClass.test(String.fromCharCode(code)), `U+${code.toString(16)}`);
    }
  });

  it('runs a small phrase regex like the regex itself, optional letters and overlaps included', () => {
    const small = /\b(colou?r wheel|red|red wheel|wheel[\b\s\u200C]*of[\b\s\u200C]*colour|o\'clock)\b/gi;
    const matcher = phraseRegexMatcher(small)!;
    const text = 'Color wheel, colour  wheel; RED wheel of colour wheel\nof\u200Ccolour. redwheel o\'clock colorwheel red';
    const expected: { index: number; offset: number }[] = [];
    for (let m = small.exec(text); m; m = small.exec(text)) expected.push({ index: m.index, offset: m[0].length });
    assert.ok(expected.length >= 5);
    assert.deepEqual(matcher(text), expected);
  });

  it('declines regexes it cannot run faithfully (the caller then runs the package itself)', () => {
    assert.equal(phraseRegexMatcher(/\b(red|(blue))\b/gi), undefined);
    assert.equal(phraseRegexMatcher(/\b(red|blue)\b/g), undefined);
    assert.equal(phraseRegexMatcher(/\b(red|'tis)\b/gi), undefined);
    assert.equal(phraseRegexMatcher(/(red|blue)/gi), undefined);
    assert.equal(phraseRegexMatcher(/\b(red|.lue)\b/gi), undefined);
  });
});

describe('the repeated-word check', () => {
  it('flags what write-good flags on real copy', () => {
    const articles = realArticles();
    assert.ok(articles.length > 0);
    for (const article of articles) assert.deepEqual(lexicalIllusions(article), writeGoodIllusions(article));
  });

  it('compares case like toLowerCase, ASCII or not, and separates words at exactly \\s', () => {
    const text = [
      'The the THE tHe, tHe, the\nthe',
      'that that. that.',
      '— — -- -- 12 12 _ _',
      'Straße STRASSE straße STRAßE',
      'K \u212a k \u212ak kk \u212ak İx i̇x İX',
      'ΣΑΣ σας σας ΣΑΣ ΟΔΟΣ οδος οδοσ',
      'é É e\u0301 E\u0301 E\u0301',
    ].join('\n');
    assert.deepEqual(lexicalIllusions(text), writeGoodIllusions(text));
    assert.ok(writeGoodIllusions(text).length >= 10);
    for (let code = 0; code < 65_536; code++) {
      const sample = `go${String.fromCharCode(code)}go`;
      assert.deepEqual(lexicalIllusions(sample), writeGoodIllusions(sample), `U+${code.toString(16)}`);
    }
  });
});

describe('the sentences checked for "so" and "there is"', () => {
  it('leave out only sentences where write-good finds neither', () => {
    const crafted = [
      'Yes.So what? It rained;  so be it. THERE are two. “So” he said. And there is more!',
      'Also, some persons reasoned so.\r\nSo\r\nthere\r\nis a line. The thereafter; there\tare tabs.',
      'so. So, then. Sox there, is. ...so it goes!? there    is',
    ];
    const style = builtInStyle('ap')!;
    const clauseChecks = { weasel: false, illusion: false, so: true, thereIs: true, passive: false, adverb: false, tooWordy: false, cliches: false, eprime: false };
    let kept = 0;
    let left = 0;
    for (const text of [...crafted, ...realArticles().slice(0, 80)]) {
      const doc = parseArticle(text, style, { kind: 'plaintext' });
      for (const paragraph of doc.paragraphs) {
        const checked = new Set(sentencesWithClauseStartWord(doc, paragraph));
        for (let i = paragraph.firstSentence; i < paragraph.firstSentence + paragraph.sentenceCount; i++) {
          const sentence = doc.sentences[i];
          const line = doc.prose.slice(sentence.start, sentence.end).replace(/[\r\n]/g, ' ');
          const hints = writeGood(`${line}.`, clauseChecks);
          if (checked.has(i)) kept += hints.length;
          else assert.deepEqual(hints, [], JSON.stringify(line));
          if (!checked.has(i)) left++;
        }
      }
    }
    assert.ok(kept >= 6 && left > 0, `${kept} hints in checked sentences, ${left} sentences left out`);
  });
});
