/** The figures section of a house style. Owned by the figures rules; extend as they need. */
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface FiguresStyle {
  [key: string]: unknown;
}
