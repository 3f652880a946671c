// figures/spell-out: one through nine in words, with AP's many exceptions kept as figures.
import { ruleTable } from '../helpers/rule-table';

ruleTable('figures/spell-out', {
  options: { kind: 'plaintext' },
  valid: [
    // real copy from ../shared/corpus: the exceptions AP keeps as figures
    'The mid-size wide body 787-9 jet is a larger and longer-range version of the 787-8.', // model names
    "The Pittsburgh Steelers moved their Week 13 rematch in Pittsburgh from a 4:25 kickoff to a 1 p.m. start.", // times, "Week 13"
    'The Eagles (6-5, 3-4) snapped an 11-game losing streak to the Huskies.', // records and scores
    'The Eagles led 14-7 at halftime before scoring 24 points in the third quarter.',
    'A video showing the dramatic moment was released on Monday. NBC 5 has edited the video to exclude graphic content.', // station name
    'Police arrested Elizabeth A. Burton, 32, of 1119 Eighth St., after locating methamphetamine.', // age, address
    'The new version gets a new 149 horsepower, 2-liter four-cylinder engine.', // measures
    'It will go 39 miles (63 kilometers) on battery power alone.',
    'The search for the jet, which disappeared on March 8 with 239 people on board, continues.', // dates
    'Wild 4, Sabres 1: Zach Parise scored twice, Alex Stalock made 30 saves and Minnesota beat Buffalo.', // roundup scores
    'Rockledge (3-1): C. Martinez 1 goal. D. Robbins 1 save.', // agate
    '1 of 4. Authorities monitor progress in the search for AirAsia Flight QZ8501.', // slideshow counter
    '3 Hospitalized After Wrong-Way Crash in North Richland Hills', // scraped headline
    'The company earned $2.8 billion, or $2.53 per diluted share, as revenue rose 3.5% to $27.2 billion.', // money, percent
    'Management hosts a conference call at 9 a.m. ET to discuss results.',
    'The virus that causes COVID-19 spread, and the iPhone 11 and the F-35 were delayed.', // model names
    'She lives in Room 5 and he is No. 2 on the list, on page 4 of chapter 3.', // labels
    'Sales rose by 5 to 15 units a day.', // a range with 10 and up
    'The court ruled 5-4 in favor of the plaintiffs.', // votes
    'The 2nd Circuit and the 9th Circuit disagree.', // AP keeps figures for circuits
    '“We lost 3 players,” the coach said.', // inside a quote
    'She was born on Oct. 2nd in the village.', // dates/ordinal owns this
    'It has a 3.5-inch screen and a 5.5 rating.', // decimals
    // constructed: the other AP exceptions kept as data in rules/styles/ap.json
    'He lives at 5 Main St. with his family.', // address
    'The boy turned 5 on Monday.', // age
    'Windows 7 is old, and a magnitude 6 quake hit.', // product name at a sentence start; magnitude
    'It happened at 3 in the morning.', // time of day
    'He went 3 for 4 at the plate.', // statistics
  ],
  invalid: [
    { text: 'Police said 5 people were hurt in the crash.', spans: ['5'], output: 'Police said five people were hurt in the crash.' },
    { text: 'The team finished in 3rd place after the race.', spans: ['3rd'], output: 'The team finished in third place after the race.' },
    { text: "She and her mother were walking down Fort Worth's 6th Avenue at 6:38 p.m.", spans: ['6th'], output: "She and her mother were walking down Fort Worth's Sixth Avenue at 6:38 p.m." },
    { text: 'The bill passed after 2 attempts and 4 amendments.', spans: ['2', '4'], output: 'The bill passed after two attempts and four amendments.' },
    { text: 'In all, 9 states joined the suit.', spans: ['9'], output: 'In all, nine states joined the suit.' },
    { text: 'Only 3 people came to the hearing.', spans: ['3'], output: 'Only three people came to the hearing.' },
    { text: 'The 1st Amendment protects speech.', spans: ['1st'], output: 'The First Amendment protects speech.' },
    { text: 'He was arrested near 5th Street and Central Avenue.', spans: ['5th'], output: 'He was arrested near Fifth Street and Central Avenue.' },
  ],
});
