import { ruleTable } from '../helpers/rule-table';

ruleTable('attribution/unattributed-quote', {
  options: { kind: 'plaintext' },
  valid: [
    '“Like TikTok, WeChat automatically captures vast swaths of information from its users,” the executive order said. “This data collection threatens to allow access to personal information.”',
    '"Fort Worth P.D. Open the door! We’re coming in!” an officer shouts.',
    // A quote paragraph attributed in the next sentence.
    'Mayer was upbeat.\n\n“There will be a time when the pay-TV numbers are low enough,” he said.',
    // A multi-paragraph quote: the second paragraph reopens the quote.
    '“We are pleased with the result,” Smith said. “We worked hard for it.\n\n“And we will keep working until every family is home.”',
    // A partial quote and a title.
    'Eliminating “the scourge of war” is one of the original goals of the body.',
    'He sang “American Skin (41 Shots)” to the crowd.',
  ],
  invalid: [
    {
      text: 'The town was quiet on Sunday.\n\nThe new mall opened in March.\n\n“We never thought this would happen here.”\n\nShops reopened on Monday.',
      spans: ['“We never thought this would happen here.”'],
    },
  ],
});
