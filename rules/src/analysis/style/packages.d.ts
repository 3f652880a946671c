// write-good's checkers, called one by one (see write-good-checks.ts). Each takes the text and
// returns its matches as start index and length, in text order.
interface WriteGoodMatch {
  index: number;
  offset: number;
}
type WriteGoodChecker = (text: string) => WriteGoodMatch[];

declare module 'weasel-words' {
  const check: WriteGoodChecker;
  export = check;
}
declare module 'passive-voice' {
  const check: WriteGoodChecker;
  export = check;
}
declare module 'adverb-where' {
  const check: WriteGoodChecker;
  export = check;
}
declare module 'too-wordy' {
  const check: WriteGoodChecker;
  export = check;
}
declare module 'no-cliches' {
  const check: WriteGoodChecker;
  export = check;
}
declare module 'e-prime' {
  const check: WriteGoodChecker;
  export = check;
}
declare module 'write-good/lib/lexical-illusions' {
  const check: WriteGoodChecker;
  export = check;
}
declare module 'write-good/lib/starts-with-so' {
  const check: WriteGoodChecker;
  export = check;
}
declare module 'write-good/lib/there-is' {
  const check: WriteGoodChecker;
  export = check;
}
