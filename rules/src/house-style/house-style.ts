import type { DatesStyle } from './sections/dates';
import type { FiguresStyle } from './sections/figures';
import type { ProseStyle } from './sections/prose';
import type { SentencesStyle } from './sections/sentences';
import type { SourcingStyle } from './sections/sourcing';
import type { TimesStyle } from './sections/times';

/**
 * A newsroom's house style: the data behind the rules (word lists, month forms, percent form…).
 * AP is the default (rules/styles/ap.json); a newsroom file may `extend` it and override sections.
 */
export interface HouseStyle {
  name: string;
  description?: string;
  sentences: SentencesStyle;
  dates: DatesStyle;
  times: TimesStyle;
  figures: FiguresStyle;
  sourcing: SourcingStyle;
  prose: ProseStyle;
}
