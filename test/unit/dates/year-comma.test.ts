// dates/year-comma: commas around the year of a full date; none between month and year.
import { ruleTable } from '../helpers/rule-table';

ruleTable('dates/year-comma', {
  valid: [
    'The suspect, Michael Webb, was convicted Monday, Nov. 18, 2019, and sentenced to life.',
    'Hospital is seen in Glasgow, Scotland Dec. 29, 2014.',
    'The Golden Globes, which air on Thursday, Dec. 11, 2014.',
    'A scene from the film, released Oct. 5, 2017. He called it a triumph.',
    'The agreement was signed April 26, 2016 — the day the talks ended.',
    'Nevada is among states furthest from their peak employment during the December 2007-June 2009 downturn.',
    'It was signed in October 2019 and renewed later.',
    'the Chinese crackdown in Tiananmen Square on June 4, 1989.',
    '“It was Oct. 2, 2020 when we met,” she said.',
    // Timeline labels in a list, not sentences.
    'June 16, 2015 Trump joins the race.\n\nDonald Trump, a reality star, entered.',
  ],
  invalid: [
    { text: 'Oct. 2, 2020 was a Friday.', spans: ['Oct. 2, 2020'], output: 'Oct. 2, 2020, was a Friday.' },
    { text: 'The board met on Friday, Oct. 2, 2020 to vote.', output: 'The board met on Friday, Oct. 2, 2020, to vote.' },
    { text: 'The talks ran Oct. 2-4, 2020 in Geneva.', output: 'The talks ran Oct. 2-4, 2020, in Geneva.' },
    { text: 'The deal was signed in October, 2019.', spans: ['October, 2019'], output: 'The deal was signed in October 2019.' },
    // A summary dated March 18 1986, Mark Addison wrote: comma between day and year.
    { text: 'A summary dated March 18 1986, Mark Addison wrote.', spans: ['March 18 1986'], output: 'A summary dated March 18, 1986, Mark Addison wrote.' },
    { text: 'It ended Jan. 5 2021.', output: 'It ended Jan. 5, 2021.' },
  ],
});
