/** The times section of a house style: the forms times/format writes and the words it reads. */
export interface TimesStyle {
  /** "a.m." */
  am: string;
  /** "p.m." */
  pm: string;
  noon: string;
  midnight: string;
  /** Phrases that repeat a.m./p.m. right after it, keyed by the meridiem: "p.m." → ["this afternoon"]. */
  redundantAfter: Record<string, string[]>;
  /** Words after "2:55" that make it a game clock, race time or duration, not a time of day. */
  notClockAfter: string[];
  /** Words before "4:25" that make it a duration or a game clock ("in 4:25", "with 3:08 left"). */
  notClockBefore: string[];
}
