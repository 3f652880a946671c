import type { FiguresStyle } from '../../house-style/sections/figures';
import { PhraseMatcher } from './neighbours';

/** The figures section of a house style, compiled once per style for fast lookups. */
export interface FigureStyleIndex {
  style: FiguresStyle;
  units: PhraseMatcher;
  keepAfter: PhraseMatcher;
  keepBefore: Set<string>;
  streetWords: PhraseMatcher;
  ordinalKeepAfter: PhraseMatcher;
  casualAfterA: PhraseMatcher;
}

const cache = new WeakMap<FiguresStyle, FigureStyleIndex>();

export function figureStyle(style: FiguresStyle): FigureStyleIndex {
  let index = cache.get(style);
  if (!index) {
    index = {
      style,
      units: new PhraseMatcher(style.units),
      keepAfter: new PhraseMatcher(style.keepAfter),
      keepBefore: new Set(style.keepBefore.map((w) => w.toLowerCase())),
      streetWords: new PhraseMatcher(style.streetWords, true),
      ordinalKeepAfter: new PhraseMatcher(style.ordinalKeepAfter, true),
      casualAfterA: new PhraseMatcher(style.casualAfterA),
    };
    cache.set(style, index);
  }
  return index;
}
