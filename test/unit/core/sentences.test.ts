// The sentence splitter: AP abbreviations, initials, quotes, datelines, and real sentence
// boundaries quoted (short) from /work/shared/corpus, one or two per article.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadStyle, parseArticle, type DocumentKind } from '../../../rules/src';

const ap = loadStyle('ap');

function sentencesOf(text: string, kind: DocumentKind = 'plaintext'): string[] {
  const doc = parseArticle(text, ap, { kind });
  return doc.sentences.map((s) => text.slice(s.start, s.end));
}

describe('sentences do not end at AP abbreviations', () => {
  const single = [
    'The U.S. Attorney’s office declined to comment on the case.',
    'The talks resumed Oct. 5 in Geneva after a pause.',
    'The order takes effect Sept. 20 unless a judge blocks it.',
    'Gov. Kristi Noem launched the campaign on Monday.',
    'Sen. Mitt Romney and Rep. Adam Schiff spoke after the vote.',
    'Mr. Smith met Dr. Jones at the clinic.',
    'Acme Inc. and Globex Corp. agreed to merge.',
    'Shares of Acme Inc. Monday fell 3%.',
    'Martin Luther King Jr. Day is a federal holiday.',
    'He is the No. 1 pick in the draft.',
    'The meeting starts at 10 a.m. Tuesday in Kyiv.',
    'U.S. District Judge Carl J. Nichols ruled on the order.',
    'The lawyer, John F. Kennedy Jr., spoke first.',
    'The deal was signed in Washington, D.C. on Friday.',
    'Exports fell 3.5% to $1.2 billion in the quarter.',
    'The U.S.-China talks, e.g. on tariffs, stalled.',
    'He moved from Springfield, Ill. to Boston.',
    'She was treated at Mass. General Hospital in Boston.',
  ];
  for (const text of single) {
    it(JSON.stringify(text), () => assert.deepEqual(sentencesOf(text), [text]));
  }
});

describe('sentences end where they should', () => {
  const cases: [string, string[]][] = [
    ['TikTok has 100 million users in the U.S. The app is owned by ByteDance.', ['TikTok has 100 million users in the U.S.', 'The app is owned by ByteDance.']],
    ['The meeting ended at 10 a.m. The talks resumed later.', ['The meeting ended at 10 a.m.', 'The talks resumed later.']],
    ['He works for Acme Corp. The company is big.', ['He works for Acme Corp.', 'The company is big.']],
    // "no." is a word here, not the abbreviation "No." (a number).
    ['The official said no. He left the room.', ['The official said no.', 'He left the room.']],
    ['Wait... What happened?', ['Wait...', 'What happened?']],
    // A state after a city ends the sentence when a usual opener follows (AP state abbreviations).
    ['The surfer lives in Morro Bay, Calif. He was airlifted to a hospital.', ['The surfer lives in Morro Bay, Calif.', 'He was airlifted to a hospital.']],
    ['He said, “I am done.” Then he left.', ['He said, “I am done.”', 'Then he left.']],
    ['He asked, "Why?" Nobody answered.', ['He asked, "Why?"', 'Nobody answered.']],
  ];
  for (const [text, expected] of cases) {
    it(JSON.stringify(text), () => assert.deepEqual(sentencesOf(text), expected));
  }
});

describe('real sentence boundaries from the corpus', () => {
  // [article, paragraph text (a short excerpt), expected sentences]
  const cases: [string, string, string[]][] = [
    ['barrons', 'Home Depot (ticker: HD) reported $2.53 in per-share earnings for the third quarter. Wall Street predicted $2.52 a share.', ['Home Depot (ticker: HD) reported $2.53 in per-share earnings for the third quarter.', 'Wall Street predicted $2.52 a share.']],
    ['nbcnews', 'Carlineo faces a maximum of 10 years in prison and up to a $250,000 fine. Sentencing is scheduled for Feb. 14.', ['Carlineo faces a maximum of 10 years in prison and up to a $250,000 fine.', 'Sentencing is scheduled for Feb. 14.']],
    ['sfgate', 'He says transit officers boarded the train at the next stop and found a man bleeding, who was possibly the victim of a stabbing. He says the man died.', ['He says transit officers boarded the train at the next stop and found a man bleeding, who was possibly the victim of a stabbing.', 'He says the man died.']],
    ['timesunion', 'Sergei Bobrovsky stopped 35 shots. The Panthers are 6-2-1 in their past nine games.', ['Sergei Bobrovsky stopped 35 shots.', 'The Panthers are 6-2-1 in their past nine games.']],
    ['latimes', '“We will see the industry shake out a bit,” Mayer said. “Not everyone will succeed.”', ['“We will see the industry shake out a bit,” Mayer said.', '“Not everyone will succeed.”']],
    ['detroitnews', 'Morgan could be a game-time decision. If he doesn’t play, either Jacob Clark or Cole Kramer would start.', ['Morgan could be a game-time decision.', 'If he doesn’t play, either Jacob Clark or Cole Kramer would start.']],
    ['floridatoday', 'Viera (4-0): K. Hupfer 1 goal. L. Patikas 1 goal. Z. Nielsen 1 goal.', ['Viera (4-0): K. Hupfer 1 goal.', 'L. Patikas 1 goal.', 'Z. Nielsen 1 goal.']],
    ['msn', 'Caught early, the disease is easily treatable. Undiagnosed, it can lead to permanent lung scarring, and even death.', ['Caught early, the disease is easily treatable.', 'Undiagnosed, it can lead to permanent lung scarring, and even death.']],
    ['smithsonianmag', 'Pneumonic plague is the most deadly form of the disease. It is highly contagious, spreading from person to person via infected respiratory droplets.', ['Pneumonic plague is the most deadly form of the disease.', 'It is highly contagious, spreading from person to person via infected respiratory droplets.']],
    ['sportsnet', 'Spain will be back in action on Wednesday against defending champion Croatia. Russia beat Croatia on Monday.', ['Spain will be back in action on Wednesday against defending champion Croatia.', 'Russia beat Croatia on Monday.']],
    ['theguardian', 'Hong Kong is burning. The authorities continue to pour fuel on the fire.', ['Hong Kong is burning.', 'The authorities continue to pour fuel on the fire.']],
    ['venturebeat', 'Neumann had resigned as CEO the previous week. He also agreed to return the cash he received from the use of “We.”', ['Neumann had resigned as CEO the previous week.', 'He also agreed to return the cash he received from the use of “We.”']],
    ['washingtonexaminer', '"Going to Pizza Express in Woking is an unusual thing for me to do," he said. "I remember it weirdly, distinctly."', ['"Going to Pizza Express in Woking is an unusual thing for me to do," he said.', '"I remember it weirdly, distinctly."']],
    ['nypost', 'Sharks are native to the area, and Colligan said that they are spotted several times a year. He added that attacks like this are rare.', ['Sharks are native to the area, and Colligan said that they are spotted several times a year.', 'He added that attacks like this are rare.']],
    ['cbsnews', '"We got her, we got her!" officers announced on their radios. "He\'s in custody; we have her."', ['"We got her, we got her!" officers announced on their radios.', '"He\'s in custody; we have her."']],
    // A quoted passage that closes into its attribution stays one sentence with it.
    ['nbcdfw', '"Hands! Let me see your hands!" an officer ordered. "Step out."', ['"Hands! Let me see your hands!" an officer ordered.', '"Step out."']],
    ['nbcdfw', '"Come on, sweetheart. You are going to be OK," an officer told the girl.', ['"Come on, sweetheart. You are going to be OK," an officer told the girl.']],
    ['hollywoodreporter', '"Streaming is somewhat binary," says Early. "You are either in a place with adequate bandwidth or you’re not."', ['"Streaming is somewhat binary," says Early.', '"You are either in a place with adequate bandwidth or you’re not."']],
    ['aljazeera', 'Why? Because space travel and sustaining life off Earth are anything but easy.', ['Why?', 'Because space travel and sustaining life off Earth are anything but easy.']],
    ['foxnews', '“I’ve signed away my organs,” he joked, adding that filming the iconic franchise was great. “J.J. Abrams is amazing.”', ['“I’ve signed away my organs,” he joked, adding that filming the iconic franchise was great.', '“J.J. Abrams is amazing.”']],
    ['skynews', 'I can’t thank this man enough. He’s taught me so much and I’m so grateful for everything he’s done for me.', ['I can’t thank this man enough.', 'He’s taught me so much and I’m so grateful for everything he’s done for me.']],
    ['usatoday', 'The buzz on both national news and social media focused on a new anti-drug ad campaign led by Gov. Kristi Noem.', ['The buzz on both national news and social media focused on a new anti-drug ad campaign led by Gov. Kristi Noem.']],
    ['msn', 'At first Taylor was treated for an upper respiratory infection. But his health continued to decline over the next three months.', ['At first Taylor was treated for an upper respiratory infection.', 'But his health continued to decline over the next three months.']],
  ];
  for (const [article, text, expected] of cases) {
    it(`${article}: ${text.slice(0, 50)}…`, () => assert.deepEqual(sentencesOf(text), expected));
  }
});

describe('datelines and Markdown markers are not part of the first sentence', () => {
  it('SIOUX FALLS, S.D. – (usatoday)', () => {
    const text = 'SIOUX FALLS, S.D. – People across the nation are talking about it: South Dakota is on meth.';
    assert.deepEqual(sentencesOf(text), ['People across the nation are talking about it: South Dakota is on meth.']);
  });
  it('WASHINGTON (AP) — (ap)', () => {
    const text = 'WASHINGTON (AP) — Ambassador Gordon Sondland is likely to be unpredictable. He testifies today.';
    assert.deepEqual(sentencesOf(text), ['Ambassador Gordon Sondland is likely to be unpredictable.', 'He testifies today.']);
  });
  it('a dateline only opens the story: later paragraphs keep their words', () => {
    const text = ['A.', 'B.', 'C.', 'D.', 'E.', 'NASA — the agency — said no.'].join('\n\n');
    assert.equal(sentencesOf(text).at(-1), 'NASA — the agency — said no.');
  });
  it('headings and list items', () => {
    const text = '# Talks resume\n\n1. The first item. It has two sentences.\n2. Second item\n\n> Quoted block.';
    assert.deepEqual(sentencesOf(text, 'markdown'), ['Talks resume', 'The first item.', 'It has two sentences.', 'Second item', 'Quoted block.']);
  });
});
