import { ErrorCodes, ResponseError, type Connection } from 'vscode-languageserver/node';

function describe(error: unknown): string {
  return error instanceof Error ? error.stack ?? error.message : String(error);
}

/** Logs an error to the client's output channel. The server keeps running. */
export function logError(connection: Connection, where: string, error: unknown): void {
  try {
    connection.console.error(`Copydesk ${where}: ${describe(error)}`);
  } catch {
    // The connection itself is gone; nothing left to tell.
  }
}

/**
 * Wraps a notification or event handler: an exception in one document's handling must
 * never take the server down for every other document.
 */
export function guardEvent<A extends unknown[]>(connection: Connection, where: string, handler: (...args: A) => void | Promise<void>): (...args: A) => void {
  return (...args: A) => {
    try {
      const result = handler(...args);
      if (result instanceof Promise) result.catch((error) => logError(connection, where, error));
    } catch (error) {
      logError(connection, where, error);
    }
  };
}

/**
 * Wraps a request handler: errors are logged and answered with `fallback` (features such as
 * hover or code actions just come back empty), or with a ResponseError when there is no fallback.
 */
export function guardRequest<P, R>(connection: Connection, where: string, handler: (params: P) => R | Promise<R>, fallback?: () => R): (params: P) => Promise<R | ResponseError<void>> {
  return async (params: P) => {
    try {
      return await handler(params);
    } catch (error) {
      // A ResponseError is a deliberate answer (bad params, unreadable file), not a bug.
      if (error instanceof ResponseError) return error;
      logError(connection, where, error);
      if (fallback) return fallback();
      return new ResponseError<void>(ErrorCodes.InternalError, `Copydesk ${where} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
}
