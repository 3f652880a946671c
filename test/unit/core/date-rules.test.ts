// Table tests for the two date rules of the foundation issue. Behavioural only (through
// check()), so they hold whatever recogniser the date family settles on.
// Valid sentences are short quotes from /work/shared/corpus.
import { ruleTable } from '../helpers/rule-table';

ruleTable('dates/ordinal', {
  valid: [
    'Americans who have felt left behind in the 21st century.',
    'The 20th century brought Kennedy-Nixon.',
    'American tour celebrating the band’s 50th anniversary.',
    'Sentencing is scheduled for Feb. 14.',
    'He was arrested in April for the March 21 call to the offices of Omar.',
    'The 72nd annual Golden Globe awards will air on NBC on Sunday, Jan. 11.',
    // A speaker's words are left alone unless checkInsideQuotes is on.
    '“We meet on Oct. 2nd,” she said.',
    // Code is not prose.
    'Run `date --since "Oct. 2nd"` first.',
  ],
  invalid: [
    { text: 'The vote is on Oct. 2nd.', spans: ['Oct. 2nd'], output: 'The vote is on Oct. 2.' },
    { text: 'It opens June 21st in Dallas.', spans: ['June 21st'], output: 'It opens June 21 in Dallas.' },
    { text: 'They met on the 2nd of October.', spans: ['the 2nd of October'], output: 'They met on Oct. 2.' },
    { text: 'The ban starts 2nd October 2020 in the U.S.', spans: ['2nd October 2020'], output: 'The ban starts Oct. 2, 2020 in the U.S.' },
    { text: 'It was the 2nd of October, 2020 when it ended.', spans: ['the 2nd of October, 2020'], output: 'It was Oct. 2, 2020 when it ended.' },
    // The sentence's period survives the rewrite.
    { text: 'He was born on the 3rd of May.', spans: ['the 3rd of May'], output: 'He was born on May 3.' },
    { text: 'They left the 2nd Oct. The talks failed.', spans: ['the 2nd Oct'], output: 'They left Oct. 2. The talks failed.' },
    { text: 'Between Sept. 1st and Sept. 3rd.', spans: ['Sept. 1st', 'Sept. 3rd'], output: 'Between Sept. 1 and Sept. 3.' },
    { text: '“We meet on Oct. 2nd,” she said.', spans: ['Oct. 2nd'], options: { checkInsideQuotes: true }, output: '“We meet on Oct. 2,” she said.' },
    // Offsets are UTF-16: an emoji before the date shifts them by two code units.
    { text: '🎉 Party on Dec. 31st!', spans: ['Dec. 31st'], output: '🎉 Party on Dec. 31!' },
  ],
});

ruleTable('dates/month-abbreviation', {
  valid: [
    'Sentencing is scheduled for Feb. 14.',
    'He was arrested in April for the March 21 call to the offices of Omar.',
    'Saturday, May 18.',
    'Some of them may fail.',
    'There may be something to that.',
    'Clinton’s team says she’ll continue her march toward Election Day later this week.',
    'They march 10 miles a day.',
    'Officials said the storm may 5 people displace.',
    'The sheriff’s office calculated the size of a bust in October 2019.',
    'Beijing from Kuala Lumpur, disappeared on March 8 with 239 on board.',
    'The order takes effect Sept. 20.',
    'He left in August.',
  ],
  invalid: [
    { text: 'The vote is October 2.', spans: ['October'], output: 'The vote is Oct. 2.' },
    { text: 'The vote is Oct 2.', spans: ['Oct'], output: 'The vote is Oct. 2.' },
    { text: 'It closes Sep. 30.', spans: ['Sep.'], output: 'It closes Sept. 30.' },
    { text: 'It closes Sept 30.', spans: ['Sept'], output: 'It closes Sept. 30.' },
    { text: 'It opened Mar. 5 in Ohio.', spans: ['Mar.'], output: 'It opened March 5 in Ohio.' },
    { text: 'It opened Jun. 12 in Ohio.', spans: ['Jun.'], output: 'It opened June 12 in Ohio.' },
    { text: 'Sales fell in Oct. 2020 and rose later.', spans: ['Oct.'], output: 'Sales fell in October 2020 and rose later.' },
    { text: 'He left in Aug. for Kyiv.', spans: ['Aug.'], output: 'He left in August for Kyiv.' },
    // The period also ends the sentence, so it stays.
    { text: 'He left in Aug. The talks failed.', spans: ['Aug.'], output: 'He left in August. The talks failed.' },
    { text: 'From December 1 to December 3.', spans: ['December', 'December'], output: 'From Dec. 1 to Dec. 3.' },
  ],
});
