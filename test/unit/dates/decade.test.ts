// dates/decade: "the 1990s", "the '90s".
import { ruleTable } from '../helpers/rule-table';

ruleTable('dates/decade', {
  valid: [
    'a third of Europe’s population in the 1300s.',
    'scheduled to launch in the mid-2020s.',
    'would have come here in the late 1950s probably.',
    'climb, climb through the ’60s and then in the late ’70s.',
    'saving consistently since his 20s and living frugally',
    'full-LP performances of 1972’s Toulouse Street and',
    'hit singles like 1978’s “What a Fool Believes”',
    'The most recent Star Trek film was 2016’s Star Trek Beyond.',
    // Temperatures and ages keep the plain figure.
    'Highs will be in the 90s on Friday.',
    'She is in her 90s.',
    'The 1990 budget’s surplus vanished; 1990’s books closed late.',
  ],
  invalid: [
    { text: 'The budget dates to the 1990’s.', spans: ['1990’s'], output: 'The budget dates to the 1990s.' },
    { text: "Music of the 1980's and the early 1990's.", count: 2, output: 'Music of the 1980s and the early 1990s.' },
    { text: 'Music of the 80s was loud.', spans: ['80s'], output: "Music of the '80s was loud." },
    { text: 'Music of the ’80’s was loud.', spans: ['’80’s'], output: 'Music of the ’80s was loud.' },
    { text: "Music of the '80's was loud.", output: "Music of the '80s was loud." },
    { text: 'Music of the 80’s was loud.', output: 'Music of the ’80s was loud.' },
  ],
});
