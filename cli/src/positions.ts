import { TextDocument } from 'vscode-languageserver-textdocument';

export interface Position {
  /** 0-based line, as LSP. */
  line: number;
  /** 0-based UTF-16 code-unit column, as LSP. */
  character: number;
}

/**
 * Offset → LSP position for one file's text. Uses the same implementation as the language
 * server, so the CLI and the editor agree on every position (CRLF is one line break, a
 * lone CR is a line break, columns count UTF-16 code units).
 */
export class LineIndex {
  private readonly document: TextDocument;

  constructor(text: string) {
    this.document = TextDocument.create('copydesk:cli', 'plaintext', 0, text);
  }

  positionAt(offset: number): Position {
    return this.document.positionAt(offset);
  }
}
