import { ruleTable } from '../helpers/rule-table';

ruleTable('attribution/unattributed-claim', {
  options: { kind: 'plaintext' },
  valid: [
    // The reporter's account of public events.
    'In August, citing data security issues, President Donald Trump issued two executive orders banning transactions with the apps.',
    // Attributed at the end, or in the paragraph.
    'The all-wheel-drive version will be able to go from zero to 60 mph in five seconds, Volkswagen says.',
    'New vehicle sales in the Houston area plunged 10 percent last month. Consumers have purchased fewer new vehicles this year, the report by the dealers association shows.',
    // A poll named in the sentence.
    'A new ABC News poll shows majority support for impeachment and even removal.',
    // The speaker's words, inside an attributed quote.
    '“This will be the largest and most dangerous failure in our history,” Smith said.',
  ],
  invalid: [
    {
      text: 'The company unveiled a streaming plan. Eventually it will move its sports offerings to a comprehensive streaming service, a move that would probably cause the pay-TV bundle to collapse.',
      spans: ['Eventually it will move its sports offerings to a comprehensive streaming service, a move that would probably cause the pay-TV bundle to collapse.'],
    },
    {
      text: "Monday's announcement could kick-start hundreds of billions of dollars worth of stalled projects.",
      spans: ["Monday's announcement could kick-start hundreds of billions of dollars worth of stalled projects."],
    },
  ],
});
