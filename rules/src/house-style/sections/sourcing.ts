/** The sourcing section of a house style. Owned by the sourcing rules; extend as they need. */
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface SourcingStyle {
  [key: string]: unknown;
}
