import { Worker } from 'node:worker_threads';
import { InputError } from '../input-error.js';
import type { FileResult } from '../results.js';
import type { AnalysisOptions } from './analyse.js';

export interface WorkerRequest {
    batch: number;
    components: string[][];
    /** Texts of the batch's files already read by the main thread. */
    texts: Map<string, string>;
}

export type WorkerReply =
    | { kind: 'done'; batch: number; results: FileResult[] }
    | { kind: 'failed'; batch: number; inputError: boolean; message: string };

/**
 * Checks batches on `threads` worker threads, handing each worker the next batch as soon as it
 * finishes one, so a few large acts and many small drafts still keep every core busy.
 * `textsOf` gives the texts of a batch already read, sent along with it. `onBatchDone` reports
 * progress. The first error stops every worker.
 */
export async function analyseInWorkers(batches: readonly string[][][], textsOf: (batch: string[][]) => Map<string, string>, threads: number, options: AnalysisOptions,
    onBatchDone: (results: FileResult[]) => void): Promise<FileResult[]> {
    if (batches.length === 0) return [];
    const results: FileResult[][] = new Array(batches.length);
    const workers: Worker[] = [];
    let next = 0;
    let finished = 0;
    try {
        await new Promise<void>((resolve, reject) => {
            const feed = (worker: Worker) => {
                if (next < batches.length) {
                    const request: WorkerRequest = { batch: next, components: batches[next], texts: textsOf(batches[next]) };
                    next++;
                    worker.postMessage(request);
                }
            };
            for (let index = 0; index < Math.min(threads, batches.length); index++) {
                // A larger young generation means fewer pauses for the many short-lived objects of parsing and prose reading.
                // './worker.js' lies beside this module both in out/engine/ and in the flat bundle in dist/ (build.mjs).
                const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: options, resourceLimits: { maxYoungGenerationSizeMb: 48 } });
                workers.push(worker);
                worker.on('message', (reply: WorkerReply) => {
                    if (reply.kind === 'failed') {
                        reject(reply.inputError ? new InputError(reply.message) : new Error(`A checking thread failed: ${reply.message}`));
                        return;
                    }
                    results[reply.batch] = reply.results;
                    onBatchDone(reply.results);
                    if (++finished === batches.length) resolve();
                    else feed(worker);
                });
                worker.on('error', reject);
                worker.on('exit', (code) => {
                    if (finished < batches.length && code !== 0) reject(new Error(`A checking thread stopped unexpectedly (exit code ${code}).`));
                });
                feed(worker);
            }
        });
    } finally {
        await Promise.all(workers.map((worker) => worker.terminate()));
    }
    return results.flat();
}
