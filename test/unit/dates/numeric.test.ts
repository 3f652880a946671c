// dates/numeric: numeric dates in prose, honouring copydesk.numericDateOrder.
// Valid sentences are short quotes from /work/shared/corpus.
import { ruleTable } from '../helpers/rule-table';

ruleTable('dates/numeric', {
  valid: [
    'Palm Bay d. Rockledge 70-44',
    'lift the New York Islanders over the Pittsburgh Penguins 5-4 on Monday night.',
    'until the end of the 2022/23 season.',
    'Oil prices hit a 5-1/2 year low on Monday.',
    'The 20/20 vision test was routine.',
    'about 1/2 of the games',
    'Install version 1.2.3 of the app.',
    'Read https://example.com/2020/10/02/story.html first.',
    '“We met on 10/2/2020,” she said.',
    'The deal closed Oct. 2, 2020.',
  ],
  invalid: [
    { text: 'It was first floated on 10/2/2020 by the board.', spans: ['10/2/2020'], output: 'It was first floated on Oct. 2, 2020 by the board.' },
    { text: 'It was revised on 2020-10-02.', spans: ['2020-10-02'], output: 'It was revised on Oct. 2, 2020.' },
    { text: 'Filed 9/30/2019 in court.', output: 'Filed Sept. 30, 2019 in court.' },
    // Day-month order when the newsroom says so.
    { text: 'It was first floated on 2/10/2020.', options: { numericDateOrder: 'dmy' }, output: 'It was first floated on Oct. 2, 2020.' },
    // Both readings agree: no ambiguity either way.
    { text: 'Filed 5/5/2020 in court.', options: { numericDateOrder: 'dmy' }, output: 'Filed May 5, 2020 in court.' },
    // Impossible under the setting ("month" 25): flagged, but no fix is guessed.
    { text: 'Filed 25/10/2020 in court.', output: 'Filed 25/10/2020 in court.' },
    { text: 'Filed 10/25/2020 in court.', options: { numericDateOrder: 'dmy' }, output: 'Filed 10/25/2020 in court.' },
    // A two-digit year is never expanded.
    { text: 'Filed 10/2/20 in court.', output: 'Filed 10/2/20 in court.' },
    { text: '“We met on 10/2/2020,” she said.', options: { checkInsideQuotes: true }, output: '“We met on Oct. 2, 2020,” she said.' },
  ],
});
