// dates/weekday-format: "Friday, Oct. 2"; no parentheses, no missing comma, no abbreviated day.
import { ruleTable } from '../helpers/rule-table';

ruleTable('dates/weekday-format', {
  valid: [
    'The 72nd annual Golden Globe awards will air on NBC on Sunday, Jan. 11.',
    'down Fort Worth’s 6th Avenue at 6:38 p.m. on Saturday, May 18.',
    'The Steelers spent Monday trying to distance themselves from Thursday night’s fight.',
    'the missing AirAsia flight, Thursday, Dec. 11, 2014.',
    'Tickets go on sale to the general public starting Friday, Dec. 6, at 10 a.m.',
    // A newspaper, not a Sunday, at the end of a sentence.
    'The story ran in the Sun. The editors stood by it.',
    '“See you Friday (Oct. 2),” she said.',
    'She arrived (Oct. 2) and left.',
  ],
  invalid: [
    // The WTO sample: the appositive date is closed with a comma when the sentence goes on.
    {
      text: 'said at the closed-door WTO meeting Friday (Oct. 2) that measures taken by the U.S. are inconsistent',
      spans: ['Friday (Oct. 2)'],
      output: 'said at the closed-door WTO meeting Friday, Oct. 2, that measures taken by the U.S. are inconsistent',
    },
    { text: 'The meeting was Friday (Oct. 2).', output: 'The meeting was Friday, Oct. 2.' },
    { text: 'The meeting was Friday (Oct. 2), officials said.', output: 'The meeting was Friday, Oct. 2, officials said.' },
    { text: 'The meeting was Friday (Oct. 2, 2020) in Geneva.', output: 'The meeting was Friday, Oct. 2, 2020, in Geneva.' },
    { text: 'The meeting is Friday Oct. 2 in Geneva.', spans: ['Friday Oct. 2'], output: 'The meeting is Friday, Oct. 2 in Geneva.' },
    { text: 'The meeting is Fri., Oct. 2 in Geneva.', spans: ['Fri.'], output: 'The meeting is Friday, Oct. 2 in Geneva.' },
    { text: 'The meeting is Thurs. Oct. 1 in Geneva.', spans: ['Thurs.', 'Thurs. Oct. 1'], output: 'The meeting is Thursday, Oct. 1 in Geneva.' },
    { text: 'They spoke Fri. night and Sat. morning.', spans: ['Fri.', 'Sat.'], output: 'They spoke Friday night and Saturday morning.' },
  ],
});
