/**
 * A problem with how the CLI was called or with one of its inputs. The CLI prints the
 * message on one line and exits with status 2, so a pipeline can tell "the copy has
 * problems" (1) from "the check could not run" (2).
 */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliError';
  }
}

/** Exit statuses, documented in `copydesk --help` and the README. */
export const EXIT = { clean: 0, findings: 1, error: 2 } as const;
