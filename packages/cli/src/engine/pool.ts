import { Worker } from 'node:worker_threads';
import { INTERNAL_ERROR_CODE } from '@commons/language';
import { InputError } from '../input-error.js';
import { fatalProblem, type FileResult } from '../results.js';
import type { AnalysisOptions } from './analyse.js';
import { explainFailedImports } from './failed-imports.js';

export interface WorkerRequest {
    batch: number;
    components: string[][];
    /** Texts of the batch's files already read by the main thread. */
    texts: Map<string, string>;
    /** Files to treat as absent for this request only (while a failing component is searched). */
    hidden?: string[];
}

export type WorkerReply =
    | { kind: 'done'; batch: number; results: FileResult[] }
    | { kind: 'failed'; batch: number; inputError: boolean; message: string };

/**
 * One piece of work for a thread. A batch whose thread died is retried one component at a time;
 * a component whose thread died is searched: each of its files alone ('probe', the others hidden),
 * then the others together without the files that killed a thread ('rest').
 */
interface Task {
    components: string[][];
    texts: Map<string, string>;
    kind: 'batch' | 'component' | 'probe' | 'rest';
    hidden?: string[];
    /** For probes and the rest: the search they belong to. */
    search?: Search;
}

interface Search {
    component: string[];
    probesLeft: number;
    culprits: Set<string>;
}

/**
 * Checks batches on `threads` worker threads, handing each worker the next task as soon as it
 * finishes one, so a few large acts and many small drafts still keep every core busy.
 * `textsOf` gives the texts of a batch already read, sent along with it. `onBatchDone` reports
 * progress. A problem with the input or settings (InputError) stops every worker. A thread that
 * dies (out of memory, a crash in native code) is replaced and its batch retried in smaller
 * pieces, so the draft that killed it is reported with a commons/internal-error finding and
 * every other draft is still checked.
 */
export async function analyseInWorkers(batches: readonly string[][][], textsOf: (batch: string[][]) => Map<string, string>, threads: number, options: AnalysisOptions,
    onBatchDone: (results: FileResult[]) => void): Promise<FileResult[]> {
    if (batches.length === 0) return [];
    const results: FileResult[] = [];
    const queue: Task[] = [];
    let nextBatch = 0;
    let running = 0;
    const workers = new Set<Worker>();
    let closing = false;
    let replacements = 2 * batches.flat(2).length + threads;
    try {
        await new Promise<void>((resolve, reject) => {
            const fail = (error: Error) => {
                closing = true;
                reject(error);
            };
            const nextTask = (): Task | undefined => {
                if (queue.length > 0) return queue.shift();
                if (nextBatch < batches.length) {
                    const components = batches[nextBatch++];
                    return { components, texts: textsOf(components), kind: 'batch' };
                }
                return undefined;
            };
            const finishIfDone = () => {
                if (running === 0 && queue.length === 0 && nextBatch >= batches.length) {
                    closing = true;
                    resolve();
                }
            };
            const report = (done: FileResult[]) => {
                results.push(...done);
                onBatchDone(done);
            };
            const settle = (task: Task, done: FileResult[] | undefined) => {
                const { search } = task;
                if (task.kind === 'probe') {
                    if (!done) search!.culprits.add(task.components[0][0]);
                    if (--search!.probesLeft === 0) {
                        const rest = search!.component.filter((file) => !search!.culprits.has(file));
                        const culprits = [...search!.culprits];
                        if (culprits.length === 0 || rest.length === 0) {
                            // No file fails alone (only together), or every file does: none can be checked.
                            report(search!.component.map(internalErrorResult));
                        } else {
                            report(culprits.map(internalErrorResult));
                            queue.push({ components: [rest], texts: task.texts, kind: 'rest', hidden: culprits, search });
                        }
                    }
                    return;
                }
                if (done) {
                    report(task.kind === 'rest' ? done.map((result) => explainFailedImports(result, task.texts.get(result.path), search!.culprits)) : done);
                    return;
                }
                if (task.kind === 'batch' && task.components.length > 1) {
                    for (const component of task.components) queue.push({ components: [component], texts: task.texts, kind: 'component' });
                } else if (task.kind !== 'rest' && task.components[0].length > 1) {
                    const component = task.components[0];
                    const newSearch: Search = { component, probesLeft: component.length, culprits: new Set() };
                    for (const file of component) {
                        queue.push({ components: [[file]], texts: task.texts, kind: 'probe', hidden: component.filter((other) => other !== file), search: newSearch });
                    }
                } else {
                    report(task.components.flat().map(internalErrorResult));
                }
            };
            const start = () => {
                // A larger young generation means fewer pauses for the many short-lived objects of parsing and prose reading.
                // './worker.js' lies beside this module both in out/engine/ and in the flat bundle in dist/ (build.mjs).
                const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: options, resourceLimits: { maxYoungGenerationSizeMb: 48 } });
                workers.add(worker);
                let current: Task | undefined;
                const feed = () => {
                    current = nextTask();
                    if (!current) {
                        finishIfDone();
                        return;
                    }
                    running++;
                    const request: WorkerRequest = { batch: 0, components: current.components, texts: current.texts, hidden: current.hidden };
                    worker.postMessage(request);
                };
                worker.on('message', (reply: WorkerReply) => {
                    const task = current!;
                    current = undefined;
                    running--;
                    if (reply.kind === 'failed' && reply.inputError) {
                        fail(new InputError(reply.message));
                        return;
                    }
                    settle(task, reply.kind === 'done' ? reply.results : undefined);
                    feed();
                    // Work split from a failure may wait for an idle thread.
                    wakeIdle();
                });
                worker.on('error', () => undefined);
                worker.on('exit', () => {
                    workers.delete(worker);
                    idle.delete(feedIdle);
                    if (closing) return;
                    // The thread died (its error is reported as the files' finding): retry its task in pieces on a new thread.
                    const task = current;
                    current = undefined;
                    if (task) {
                        running--;
                        settle(task, undefined);
                    }
                    // Each death splits the work it held, so a bounded number of replacements always finishes; a thread that
                    // cannot even start would otherwise be replaced for ever.
                    if (--replacements < 0) {
                        fail(new Error('The checking threads keep stopping before they start. Run again with --jobs 1.'));
                        return;
                    }
                    start();
                });
                const feedIdle = () => {
                    if (!current) feed();
                };
                idle.add(feedIdle);
                feed();
            };
            const idle = new Set<() => void>();
            const wakeIdle = () => [...idle].forEach((wake) => wake());
            for (let index = 0; index < Math.min(threads, batches.length); index++) start();
        });
    } finally {
        closing = true;
        await Promise.all([...workers].map((worker) => worker.terminate()));
    }
    return results;
}

function internalErrorResult(path: string): FileResult {
    return {
        fault: `commons: a checking thread stopped while checking ${path}. This is a fault in Commons; the other drafts were checked.`,
        path,
        description: 'not checked',
        problems: [fatalProblem(INTERNAL_ERROR_CODE, 'Commons failed while checking this draft (its checking thread stopped), so it was not checked. '
            + 'This is a fault in Commons, not in your draft: please report it, with the draft if you can share it. Every other draft was checked.')]
    };
}
