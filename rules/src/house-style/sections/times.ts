/** The times section of a house style. Owned by the times rules; extend as they need. */
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface TimesStyle {
  [key: string]: unknown;
}
