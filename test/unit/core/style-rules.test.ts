// Table tests for the write-good hints (style/*). Valid sentences are short quotes from
// /work/shared/corpus; each rule is switched on for its own table (style/e-prime is off by default).
import { ruleTable } from '../helpers/rule-table';
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { check } from '../../../rules/src';

ruleTable('style/passive', {
  valid: ['Some of them may fail.', 'The Senate passed the bill.', '“The bill was passed in haste,” he said.'],
  invalid: [{ text: 'The bill was passed by the Senate.', spans: ['was passed'] }],
});

ruleTable('style/weasel', {
  valid: ['Sentencing is scheduled for Feb. 14.', '# Very many questions'],
  invalid: [{ text: 'Many people came and it was very good.', spans: ['Many', 'very'] }],
});

ruleTable('style/adverb', {
  valid: ['Sentencing is scheduled for Feb. 14.'],
  invalid: [{ text: 'He ran quickly to the car.', spans: ['quickly'] }],
});

ruleTable('style/illusion', {
  valid: [
    'She had had enough.',
    'He said that that was fine.',
    'Sentencing is scheduled for Feb. 14.',
    // The words are not next to each other in the prose: a link target sits between them.
    'It was the [the](https://example.com) dog.',
    // Real copy: tennis scores and a stock-table header repeat on purpose (sportsnet, foxbusiness).
    'Haase beat van de Zanschulp 6-2, 6-2, while Bublik lost.',
    'Ticker Security Last Change Change %',
    'Sirhan Sirhan was denied parole.',
  ],
  invalid: [
    { text: 'Sharing my full letter on the the sentencing.', spans: ['the'], output: 'Sharing my full letter on the sentencing.' },
    { text: 'The the dog barked.', spans: ['the'], output: 'The dog barked.' },
    { text: 'He saw the\nthe dog.', spans: ['the'], output: 'He saw the dog.' },
    { text: 'He saw the\r\nthe dog.', spans: ['the'], output: 'He saw the dog.' },
    { text: '😀 It is is done.', spans: ['is'], output: '😀 It is done.' },
  ],
});

ruleTable('style/so', {
  valid: ['He said so.', 'It was so cold that the parade was canceled.'],
  invalid: [{ text: 'So we left early.', spans: ['So'] }],
});

ruleTable('style/there-is', {
  valid: ['The plan has a problem.'],
  invalid: [{ text: 'There is a problem with the plan.', spans: ['There is'] }],
});

ruleTable('style/wordy', {
  valid: ['To win, they voted.'],
  invalid: [{ text: 'In order to win, they voted.', spans: ['In order to'] }],
});

ruleTable('style/cliche', {
  valid: ['The team starts over this season.'],
  invalid: [{ text: 'The team starts with a clean slate.', spans: ['a clean slate'] }],
});

ruleTable('style/e-prime', {
  valid: ['The Senate passed the bill.'],
  invalid: [{ text: 'She is tall.', spans: ['is'] }],
});

describe('style/* messages', () => {
  // The whole flagged phrase is quoted, even when it holds " and " or a line break.
  it('quotes the flagged words in full, on one line', () => {
    const messages = check('She stayed cool, calm, and\ncollected under fire.', { kind: 'plaintext' })
      .filter((f) => f.ruleId === 'style/cliche')
      .map((f) => f.message);
    assert.deepEqual(messages, ['"cool, calm, and collected" is a cliche.']);
  });
});
