// Every Copydesk view, in one place. Pure data (no `vscode` import) so the generator can
// write `contributes.views` and `onView:` activation events from it, like commands.ts.

export interface ViewSpec {
  /** Always prefixed `copydesk.`; `<id>.focus` is the command that reveals it. */
  readonly id: string;
  /** Title of the view's pane. */
  readonly name: string;
  /** Built-in view container it lives in ("explorer") or a contributed container id. */
  readonly container: string;
}

export const VIEWS = {
  // In the Explorer, next to the article list: the editor reads "who says so?" beside the files.
  sources: { id: 'copydesk.sources', name: 'Sources', container: 'explorer' },
} as const satisfies Record<string, ViewSpec>;

export function allViews(): ViewSpec[] {
  return Object.values(VIEWS as Record<string, ViewSpec>);
}
