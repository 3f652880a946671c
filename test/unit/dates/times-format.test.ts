// times/format: "3 p.m.", "noon", no ":00", no "this morning" after a.m.
import { ruleTable } from '../helpers/rule-table';

ruleTable('times/format', {
  valid: [
    'down Fort Worth’s 6th Avenue at 6:38 p.m. on Saturday, May 18.',
    'management hosts a conference call at 9 a.m. ET to discuss results',
    'A few minutes later – at 6:17 a.m. local time – controllers lost contact.',
    'a marathon series that ended close to 2 a.m. local time (0100 GMT)',
    // Game clocks and durations are not times of day.
    'Brock Nelson’s second goal of the game 2:55 into overtime capped a frantic comeback.',
    'put the Lakers up 109-98 with 3:08 to play, but the Thunder scored.',
    'and Ryan Pulock in the final 4:29 of regulation forced overtime.',
    'He ran the mile in 4:25 and went home at 5 p.m.',
    'The meeting starts at noon and ends at midnight.',
    'I am 5 am-bitious.',
    '“Meet me at 3pm,” she said.',
    '10 p.m.',
  ],
  invalid: [
    { text: 'The hearing starts at 3:00 p.m. today.', spans: ['3:00 p.m.'], output: 'The hearing starts at 3 p.m. today.' },
    { text: 'The hearing starts at 3pm today.', output: 'The hearing starts at 3 p.m. today.' },
    { text: 'The hearing starts at 3 PM today.', output: 'The hearing starts at 3 p.m. today.' },
    { text: 'The hearing starts at 3 P.M. today.', output: 'The hearing starts at 3 p.m. today.' },
    { text: 'The hearing starts at 3 pm today.', output: 'The hearing starts at 3 p.m. today.' },
    { text: 'The hearing starts at 3:30 PM.', output: 'The hearing starts at 3:30 p.m.' },
    { text: 'The hearing starts at 3 pm.', output: 'The hearing starts at 3 p.m.' },
    { text: 'The hearing starts at 12 noon.', spans: ['12 noon'], output: 'The hearing starts at noon.' },
    { text: 'It ends at 12 midnight.', output: 'It ends at midnight.' },
    { text: 'It ends at 12 a.m. on Friday.', output: 'It ends at midnight on Friday.' },
    { text: 'Doors open at 10 a.m. this morning.', spans: [' this morning'], output: 'Doors open at 10 a.m.' },
    { text: 'We start at 7 p.m. tonight, she said.', output: 'We start at 7 p.m., she said.' },
    // The gold item: a bare clock time beside a time with p.m. Its fix states a fact, so it is not safe.
    {
      text: 'the NFL moved the Week 13 rematch in Pittsburgh from a 4:25 kickoff to a 1 p.m. start.',
      spans: ['4:25'],
      output: 'the NFL moved the Week 13 rematch in Pittsburgh from a 4:25 kickoff to a 1 p.m. start.',
    },
  ],
});
