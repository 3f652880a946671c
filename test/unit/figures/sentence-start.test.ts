// figures/sentence-start: no figure opens a sentence (years excepted); long numbers get "recast".
import { ruleTable } from '../helpers/rule-table';

ruleTable('figures/sentence-start', {
  options: { kind: 'plaintext' },
  valid: [
    '1976 was a very good year.', // a year
    'Fifty-one percent say that the president should be removed.',
    '1 of 4. Authorities monitor progress in the search.', // slideshow counter
    '3 Hospitalized After Wrong-Way Crash in North Richland Hills', // headline
    'Wild 4, Sabres 1: Zach Parise scored twice.', // (not at a sentence start: "Wild")
    '“12 people came,” she said.', // inside a quote
    'Rockledge 14 11 6 15 — 44', // box score
  ],
  invalid: [
    { text: '12 people died in the fire.', spans: ['12'], output: 'Twelve people died in the fire.' },
    { text: 'The storm hit at night. 25 homes were lost.', spans: ['25'], output: 'The storm hit at night. Twenty-five homes were lost.' },
    { text: '51% say they approve.', spans: ['51%'], output: 'Fifty-one percent say they approve.' },
    { text: '5 million people live there.', spans: ['5 million'], output: 'Five million people live there.' },
    { text: '3rd place went to Ohio.', spans: ['3rd'], output: 'Third place went to Ohio.' },
    // Long or awkward numbers: a message to recast, no fix.
    { text: '175 million people downloaded the app.', spans: ['175 million'], output: '175 million people downloaded the app.' },
    { text: '$5 million was raised.', spans: ['$5 million'], output: '$5 million was raised.' },
    { text: '3.5 inches of rain fell.', spans: ['3.5'], output: '3.5 inches of rain fell.' },
  ],
});
