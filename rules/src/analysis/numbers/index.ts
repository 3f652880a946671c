export * from './quantity';
export { findQuantities, documentQuantities } from './recognise';
export { spellCardinal, spellOrdinal, ordinalSuffix, formatFigure, capitalize, wordCount } from './spell';
export { SCALE_WORDS, scaleWordFor } from './lexicon';
