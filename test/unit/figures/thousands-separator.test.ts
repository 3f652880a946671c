// figures/thousands-separator: "25,000", but never in years, addresses, phone, ZIP or model numbers.
import { ruleTable } from '../helpers/rule-table';

ruleTable('figures/thousands-separator', {
  options: { kind: 'plaintext' },
  valid: [
    'Dealers last year sold 303,417 new vehicles.',
    'The Democrats won a legislative majority for the first time since 1993.', // year
    'Police arrested Elizabeth A. Burton, 32, of 1119 Eighth St.', // address
    'The White House is at 1600 Pennsylvania Ave.',
    'The station broadcasts at 1070 AM.',
    'Call 555-1234 for details.',
    'She lives in Room 1234.',
    'The BSE Sensex gained at 27,403.54 points.',
    'The 2020 election and the 2019 sales were compared.', // years as adjectives
    'The Boeing 7000 is a concept.', // a model number
  ],
  invalid: [
    { text: 'The crowd of 25000 fans cheered.', spans: ['25000'], output: 'The crowd of 25,000 fans cheered.' },
    { text: 'The fine was $2500 for each day.', spans: ['2500'], output: 'The fine was $2,500 for each day.' },
    { text: 'They flew 3500 miles.', spans: ['3500'], output: 'They flew 3,500 miles.' },
    { text: 'About 5000 people marched.', spans: ['5000'], output: 'About 5,000 people marched.' },
    { text: 'The list had 125000 names.', spans: ['125000'], output: 'The list had 125,000 names.' },
  ],
});
