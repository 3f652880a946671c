// figures/use-numerals: figures for 10 and up, for measures and ages, fractions above 1, and "No. 1".
import { ruleTable } from '../helpers/rule-table';

ruleTable('figures/use-numerals', {
  options: { kind: 'plaintext' },
  valid: [
    // real copy: spelled-out numbers AP keeps
    'Pastrnak and Grzelcyk scored, and Boston won for the eighth time in nine meetings.',
    'The suspect said he needed to get dressed, and two hours later he was in custody.', // durations under 10
    'Fifty-one percent say that the president should be removed.', // sentence start
    'The Big Ten’s leading passer has not been cleared.', // a name
    'James became the first player in NBA history to record a triple-double against every team.',
    'The reeling Predators have lost five straight.',
    'He scored in the third quarter for a 38-10 bulge.',
    'Michigan also became bowl-eligible for the second straight season.',
    'The company has affiliates in half a dozen countries.',
    'It was a tenth of a second faster.', // a fraction, not a rank
    'She had a dozen reasons to stay.',
    'Twelve people died in the crash.', // sentence start is spelled out
    '“It is fifteen miles away,” she said.', // inside a quote
    'The number eight is associated with prosperity.', // the digit, not a rank
  ],
  invalid: [
    { text: 'It lowers it two inches and makes it two inches wider.', spans: ['two', 'two'], output: 'It lowers it 2 inches and makes it 2 inches wider.' },
    { text: 'Emirates is the number one buyer of the A380.', spans: ['number one'], output: 'Emirates is the No. 1 buyer of the A380.' },
    { text: 'Their nominee for governor lost by five-and-a-half points.', spans: ['five-and-a-half'], output: 'Their nominee for governor lost by 5.5 points.' },
    { text: 'The company hired fifteen people last year.', spans: ['fifteen'], output: 'The company hired 15 people last year.' },
    { text: 'They waited for twenty-five minutes.', spans: ['twenty-five'], output: 'They waited for 25 minutes.' },
    { text: 'It is the tenth time this year.', spans: ['tenth'], output: 'It is the 10th time this year.' },
    { text: 'The boy, a five-year-old from Dallas, was found.', spans: ['five'], output: 'The boy, a 5-year-old from Dallas, was found.' },
    { text: 'The law took effect one hundred days ago.', spans: ['one hundred'], output: 'The law took effect 100 days ago.' },
  ],
});
