// A little English grammar for finding who an attribution verb points at. These are
// function words of the language, not house style, so they live in code.

/** Words that end a noun phrase when walking left from a verb. */
export const CLAUSE_BOUNDARIES = new Set([
  'that', 'which', 'when', 'while', 'after', 'before', 'because', 'since', 'although', 'though', 'if', 'but',
  'as', 'than', 'where', 'whether', 'so', 'or', 'nor', 'until', 'unless', 'what', 'how', 'why', 'is', 'was',
  'were', 'are', 'be', 'been', 'being', 'am', 'not', 'to', 'whom', 'whose', 'once', 'also', 'has', 'have', 'had',
  'will', 'would', 'could', 'should', 'may', 'might', 'can', 'must', 'did', 'does', 'do', 'there', 'here',
  'yet', 'then', 'thus', 'hence', 'however', 'without', 'into', 'onto', 'against', 'during', 'through', 'like',
  'unlike', 'despite', 'amid', 'upon',
]);

/** Adverbs and auxiliaries that may sit between a subject and its verb ("has previously said"). */
export const BETWEEN_SUBJECT_AND_VERB = new Set([
  'has', 'have', 'had', 'also', 'later', 'earlier', 'previously', 'further', 'then', 'again', 'once', 'recently',
  'publicly', 'privately', 'repeatedly', 'first', 'last', 'would', 'will', 'did', 'does', 'do', 'often', 'never',
  'always', 'long', 'since', 'initially', 'quickly', 'simply', 'just', 'already', 'still', 'even', 'flatly',
  'openly', 'separately', 'subsequently', 'immediately', 'could', 'may', 'might', 'should', 'can', 'must',
  'reportedly', 'allegedly', 'reiterated', 'had', 'widely', 'now', 'frequently', 'sometimes', 'routinely',
  'explicitly', 'specifically', 'directly', 'formally', 'officially', 'only', 'too', 'both', 'all', 'has',
]);

/** Words that can stand between two commas without being an appositive ("Clark, meanwhile, told"). */
export const PARENTHETICAL_ADVERBS = new Set(['meanwhile', 'however', 'though', 'too', 'also', 'in', 'turn', 'for', 'his', 'her', 'their', 'part', 'instead', 'moreover', 'then', 'now', 'again', 'separately', 'likewise', 'similarly', 'nonetheless', 'indeed']);

export const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);

/** Determiners that stand alone as a subject: "Both vowed…", "All said…". */
export const STANDALONE_DETERMINERS = new Set(['both', 'all', 'each', 'either', 'neither']);

export const DETERMINERS = new Set([
  'a', 'an', 'the', 'this', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'some', 'many',
  'several', 'another', 'other', 'one', 'two', 'three', 'four', 'five', 'each', 'every', 'both', 'all', 'most', 'few',
  'senior', 'former', 'top',
]);

/** Prepositions that follow the head of a noun phrase ("officials at the ministry"). */
export const HEAD_CUTS = new Set(['of', 'in', 'at', 'for', 'from', 'with', 'on', 'among', 'by', 'to', 'about', 'within', 'near', 'across', 'familiar', 'close', 'who', 'involved', 'briefed', 'knowledgeable', 'inside', 'outside', 'under']);

/** Words after an inverted verb ("said Smith in an email") that end the source. */
export const RIGHT_SOURCE_STOPS = new Set(['when', 'while', 'after', 'adding', 'citing', 'according', 'that', 'because', 'as', 'but', 'and', 'during', 'before', 'on', 'at', 'via', 'last', 'this', 'earlier', 'later', 'told', 'to', 'from', 'where', 'referring', 'speaking', 'noting', 'though', 'although', 'if']);

/** Participles that are adjectives in a source description, not verbs ("a recently named chair"). */
export const ADJECTIVAL_PARTICIPLES = new Set(['named', 'unnamed', 'retired', 'embattled', 'unidentified', 'elected', 'appointed', 'detained', 'indicted', 'jailed', 'disgraced', 'united', 'so-called', 'advanced', 'unaffiliated', 'registered', 'licensed', 'interested', 'concerned', 'alleged', 'talented', 'qualified', 'experienced', 'armed', 'married', 'related', 'interested']);

export const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight']);

/** People nouns that become an anonymous source with a qualifier ("two people familiar with the matter"). */
export const PERSON_NOUNS = new Set([
  'source', 'sources', 'official', 'officials', 'insider', 'insiders', 'aide', 'aides', 'person', 'people', 'member',
  'members', 'individual', 'individuals', 'adviser', 'advisers', 'advisor', 'advisors', 'employee', 'employees',
  'executive', 'executives', 'staffer', 'staffers', 'diplomat', 'diplomats', 'associate', 'associates', 'lawmaker',
  'lawmakers', 'friend', 'friends', 'relative', 'relatives', 'operative', 'operatives', 'confidant', 'confidants',
  'investigator', 'investigators', 'officer', 'officers', 'agent', 'agents', 'worker', 'workers', 'analyst', 'analysts',
  'authorities', 'participant', 'participants', 'negotiator', 'negotiators', 'strategist', 'strategists', 'donor', 'donors',
]);

/** "a source" / "sources": the bare forms AP asks to describe more specifically. */
export const BARE_SOURCE = /^(?:an?\s+)?sources?$/i;
