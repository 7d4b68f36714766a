import { parentPort, workerData } from 'node:worker_threads';
import { InputError } from '../input-error.js';
import { DraftChecker, type AnalysisOptions } from './analyse.js';
import type { WorkerReply, WorkerRequest } from './pool.js';

/**
 * A worker thread of the pool: checks the batches of import components it is sent, one at a
 * time, and replies with the results (or with the error that stopped it).
 */
const options = workerData as AnalysisOptions;
let checker: DraftChecker | undefined;
const port = parentPort!;

port.on('message', async (request: WorkerRequest) => {
    let reply: WorkerReply;
    try {
        reply = { kind: 'done', batch: request.batch, results: await (checker ??= new DraftChecker(options)).check(request.components, request.texts, request.hidden) };
    } catch (error) {
        reply = { kind: 'failed', batch: request.batch, inputError: error instanceof InputError, message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
        if (error instanceof InputError) reply.message = error.message;
        else process.exit(70); // A thread in an unknown state is replaced, and its batch retried in pieces (pool.ts).
    }
    port.postMessage(reply);
});
