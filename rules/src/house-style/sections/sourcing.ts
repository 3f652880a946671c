/**
 * The sourcing section of a house style: the lexicons behind the attribution analysis
 * (rules/src/analysis/attribution) and the sourcing/attribution rules. Entries are
 * case-insensitive words or phrases; spaces match any run of whitespace.
 */
export interface SourcingStyle {
  /** Speech and cognition verbs, every inflected form listed: "said", "says", "told", "added". */
  attributionVerbs: string[];
  /** Phrases that attribute without a verb-with-subject: "according to", "in a statement", "citing". */
  attributionPhrases: string[];
  /** Nouns that name a source without naming a person: "source", "official", "insider", "aide". */
  anonymousSourceNouns: string[];
  /** Phrases that mark a person as unnamed on purpose: "familiar with", "declined to be identified". */
  anonymityPhrases: string[];
  /** Phrases that explain why anonymity was granted: "not authorized to", "for fear of". */
  anonymityReasonPhrases: string[];
  /** Whole phrases that pin a claim on nobody: "reportedly", "it is believed", "some say". */
  vaguePhrases: string[];
  /** Unnamed groups that, as the subject of an attribution verb, are vague: "critics", "experts". */
  vagueSourceNouns: string[];
  /** Bodies that speak officially, so an unnamed spokesperson or "police said" is not anonymous. */
  institutionalSources: string[];
  /** Words for an official spokesperson ("spokesman", "representative"): institutional, not anonymous. */
  spokespersonNouns: string[];
  /** What makes a sentence a claim a reader needs a source for, by kind. */
  claimSignals: ClaimSignals;
}

export interface ClaimSignals {
  /** Accusations and legal conclusions: "violated", "illegal", "fraud". */
  accusation: string[];
  /** Causal claims: "led to", "because of", "caused". */
  causal: string[];
  /** Predictions: "will", "is expected to", "could". */
  prediction: string[];
  /** Evaluative or loaded words: "failed", "controversial", "success". */
  evaluative: string[];
  /** Superlatives and firsts: "the largest", "the first". */
  superlative: string[];
  /** Generalisations: "many", "most experts". */
  generalisation: string[];
}
