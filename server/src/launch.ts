/**
 * Node options for the server process, for whoever starts it: the VS Code client (serverOptions
 * `options.execArgv`) and the LSP bench. The main thread speaks LSP and checks only short
 * articles, but its garbage (a 50,000-word story: ~1,200 diagnostics serialised per edit)
 * grows V8's young generation to its default maximum, two 16 MB semi-spaces, and keeps it
 * there. With 2 MB semi-spaces the server's peak RSS over the LSP bench's 200 edits at
 * 50,000 words was 142 MB instead of 170 MB. A 512 MB old generation makes V8 grow the heap
 * by a factor of ~1.4 after each full collection instead of 4 (its factor for multi-gigabyte
 * limits): peak RSS 156 -> 139 MB on the same bench (1 GB: 151 MB). Texts the main thread may
 * check are short (check-runner.ts sends long ones to the worker, and refuses those over 2
 * million characters if the worker cannot start). The check worker sets its own heap limits.
 */
export const SERVER_NODE_OPTIONS: readonly string[] = ['--max-semi-space-size=2', '--max-old-space-size=512'];
