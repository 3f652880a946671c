import { ruleTable } from '../helpers/rule-table';

// Valid cases are sentences from ../shared/corpus (real copy) that must not be flagged.
ruleTable('sourcing/anonymous-source', {
  options: { kind: 'plaintext' },
  valid: [
    'The plane lacked real-time engine diagnostics or monitoring, a GE spokesman said.',
    'A navy spokesman said a plane door, oxygen tanks and one body had been recovered.',
    'An official at the Chinese mission to the WTO did not immediately respond to a request for comment.',
    'The government has previously said data from American users is being accessed by the Chinese government.',
    'Carlineo is a convicted felon, prosecutors said.',
    'Jane Doe, a State Department official, said the talks would resume. The official said no date was set.',
    '"Come on, sweetheart. You are going to be OK," an officer told the girl.',
  ],
  invalid: [
    {
      text: 'A China trade official who declined to be identified said at the closed-door WTO meeting Friday that measures taken by the U.S. are inconsistent with the rules.',
      spans: ['A China trade official who declined to be identified'],
    },
    { text: 'The search area was widened on Tuesday, officials said.', spans: ['officials said'] },
    { text: 'The NYAG is investigating WeWork, according to two people familiar with the matter.', spans: ['two people familiar with the matter'] },
    { text: 'Authorities say a stabbing killed a passenger on a train.', spans: ['Authorities say'] },
    { text: 'The news organization, citing an anonymous government source, reported that talks had stalled.', spans: ['an anonymous government source'] },
    { text: 'Pilots had asked to climb, said a source close to the probe, adding that the weather was poor.', spans: ['a source close to the probe'] },
    { text: 'A source said the deal was off.', spans: ['A source'] },
  ],
});
