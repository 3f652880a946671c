/** write-good checks, one Copydesk rule each (style/<check>). */
export interface ProseStyle {
  /** write-good check names keyed by Copydesk rule id suffix, e.g. "there-is" → "thereIs". */
  writeGoodChecks: Record<string, string>;
}
