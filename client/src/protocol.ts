// The client ↔ server vocabulary beyond standard LSP, owned by the server. That file holds
// only constants and plain types, so importing it adds nothing else to the client bundle.
export {
  CHECK_FILE_REQUEST,
  SOURCES_REQUEST,
  FIX_ALL_COMMAND as SERVER_FIX_ALL_COMMAND,
  type CheckFileParams,
  type CheckFileResult,
  type FixAllCommandArgs as FixAllArgs,
} from '../../server/src/protocol';
// Type-only (erased at build): the result shape is defined next to the request handler.
export type { SourcesParams, SourcesResult } from '../../server/src/sources-request';
