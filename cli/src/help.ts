/** Usage texts. Kept next to each other so `--help` and the README say the same thing. */

const COMMON_OPTIONS = `  --style ap|PATH              house style: built-in "ap" (default) or a JSON style file
  --publication-date YYYY-MM-DD
                               used when the article has no front-matter date or dated
                               dateline (weekday and relative-date checks need a year)
  --rule ID=SEVERITY           override a rule: off, hint, information, warning, error;
                               ID may be a family ("style/*"); repeatable
  --numeric-date-order mdy|dmy how to read 10/2/2020 (default mdy)
  --check-inside-quotes        also apply date, time and figure style inside quotations
  --kind markdown|plaintext    override the kind (default: .md/.markdown are Markdown,
                               everything else and stdin is plain text)`;

export const CHECK_HELP = `Usage: copydesk check [options] FILE...

Checks articles and prints every finding. "-" reads standard input.

Options:
  --format text|json|sarif     output format (default text)
${COMMON_OPTIONS}

Text output: path:line:col severity ruleId message (line and column 1-based; the column
counts UTF-16 code units). JSON: {"version":1,"files":[...]} with UTF-16 offsets and LSP
ranges (0-based). SARIF: SARIF 2.1.0 with rule metadata, help links and safe fixes.

Exit status: 0 nothing at warning or above, 1 findings at warning or above,
2 usage or input error (the message names the file).
`;

export const FIX_HELP = `Usage: copydesk fix [--stdout] [options] FILE...

Applies every safe fix (the same fixes "Fix All" applies in the editor) until none is left.
Files are rewritten in place (through a temporary file, so a crash never leaves a
half-written article); --stdout prints the fixed text instead (one file; "-" reads stdin
and implies --stdout). Fixes that need an editor's judgment are never applied.

Options:
  --stdout                     print the fixed text instead of rewriting the file
${COMMON_OPTIONS}

Exit status: 0 nothing at warning or above is left, 1 findings at warning or above remain,
2 usage or input error.
`;

export const LSP_HELP = `Usage: copydesk lsp --stdio

Runs the Copydesk language server over standard input/output, for any LSP editor
(Neovim, Helix, Emacs eglot, Sublime LSP). Settings are read from the "copydesk" section.
`;

export const MAIN_HELP = `Copydesk: a newsroom copy desk for Markdown and plain-text articles.

Usage:
  copydesk check [--format text|json|sarif] [options] FILE...
  copydesk fix [--stdout] [options] FILE...
  copydesk sources [--format text|json] FILE   who the article cites: named and anonymous
                                               sources, vague attributions, unattributed claims
  copydesk lsp --stdio
  copydesk --help | --version
  copydesk COMMAND --help

Options of check and fix:
${COMMON_OPTIONS}

Exit status: 0 nothing at warning or above, 1 findings at warning or above,
2 usage or input error.
`;
