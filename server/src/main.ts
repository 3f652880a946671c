import { isMainThread, workerData } from 'worker_threads';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { CHECK_WORKER_MARK } from './check-thread';
import { runCheckWorker } from './check-worker';
import { startServer } from './server';

// One file, two roles, so the bundle (dist/server.js) needs no second entry: on the main
// thread it is the server (transport --stdio, --node-ipc or --socket=N from the command line);
// loaded by the server's CheckRunner as a worker thread, it runs the checks.
if (!isMainThread && workerData === CHECK_WORKER_MARK) {
  runCheckWorker();
} else {
  startServer(createConnection(ProposedFeatures.all), { checkWorkerScript: __filename });
}
