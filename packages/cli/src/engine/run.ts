import { availableParallelism } from 'node:os';
import type { IgnoreRules } from '../files/ignore-rules.js';
import { IssueCodes } from '@commons/language';
import type { Workspace } from '../files/workspace.js';
import { compareProblems, fatalProblem, type FileResult, type Problem } from '../results.js';
import { DraftChecker, type AnalysisOptions } from './analyse.js';
import { analyseInWorkers } from './pool.js';
import { batchComponents, planWorkload, takeTexts } from './workload.js';

export interface CheckRunOptions extends Omit<AnalysisOptions, 'root' | 'blocked'> {
    /** The workspace: drafts, imports and settings are read only inside it. */
    workspace: Workspace;
    /** Threads to use: a number, or 'auto' (every core, when there is enough work to pay for starting them). */
    jobs: number | 'auto';
    /** Told the total size once the work is known, then the size of each batch as it finishes. */
    onStart?: (files: number, bytes: number) => void;
    onProgress?: (files: number, bytes: number) => void;
}

/**
 * Below this much text, starting worker threads costs more than it saves: each thread loads the
 * language and warms up its own compiled code.
 */
const PARALLEL_THRESHOLD_BYTES = 2 * 1024 * 1024;
/**
 * Cores one checking thread keeps busy: its garbage collector and compiler run beside it. On a
 * 2-core machine one thread already used about 1.4 cores, and two threads were 20 to 25% slower
 * than one on the 6.8 MB statute book (`npm run bench`), so 'auto' starts one thread per 1.5 cores.
 */
const CORES_PER_THREAD = 1.5;
/** With 'auto', each extra thread should have at least this much to check. */
const BYTES_PER_THREAD = 1024 * 1024;
/** Batches of about this size keep memory bounded on one thread. */
const SINGLE_THREAD_BATCH_BYTES = 512 * 1024;

/**
 * Checks the named drafts and every file they import, on one thread or on all cores, and returns
 * a result per reported file, sorted by path. Files reached only through an import are reported
 * too, unless an ignore rule leaves them out (they are still read, so references resolve).
 */
export async function checkDrafts(named: readonly string[], ignoreRules: IgnoreRules | undefined, options: CheckRunOptions): Promise<FileResult[]> {
    const workload = planWorkload(named, options.workspace, new Map(Object.entries(options.overlay ?? {})));
    const threads = threadCount(options.jobs, workload.totalBytes, workload.components.length);
    options.onStart?.(workload.sizes.size + workload.refused.size, workload.totalBytes);
    const progress = (results: FileResult[]) => options.onProgress?.(results.length, results.reduce((sum, result) => sum + (workload.sizes.get(result.path) ?? 0), 0));
    const analysis: AnalysisOptions = {
        lint: options.lint, fix: options.fix, configPath: options.configPath, ruleOverrides: options.ruleOverrides, overlay: options.overlay, describe: options.describe,
        root: options.workspace.root, blocked: [...workload.blocked]
    };
    let results: FileResult[];
    if (threads <= 1) {
        results = [];
        const checker = new DraftChecker(analysis);
        for (const batch of batchComponents(workload, SINGLE_THREAD_BATCH_BYTES)) {
            const done = await checker.check(batch, takeTexts(workload, batch));
            progress(done);
            results.push(...done);
        }
    } else {
        // Several batches per thread, so a thread that drew large acts does not hold up the rest.
        const target = Math.min(1024 * 1024, Math.max(4 * 1024, Math.ceil(workload.totalBytes / (threads * 6))));
        results = await analyseInWorkers(batchComponents(workload, target), (batch) => takeTexts(workload, batch), threads, analysis, progress);
    }
    // Files that could not be read are reported with their one fatal finding.
    for (const [path, refusal] of workload.refused) {
        results.push({ path, description: 'not checked', problems: [fatalProblem(refusal.ruleId, refusal.message, refusal.line)] });
    }
    progress(results.slice(results.length - workload.refused.size));
    results = results.map((result) => withImportProblems(withFaultReported(result), workload.importProblems.get(result.path)));
    return results
        .filter((result) => !workload.importedOnly.has(result.path) || !ignoreRules?.isIgnored(result.path))
        .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Writes the fault line of a file Commons failed on, from the main thread, and drops it from the result. */
function withFaultReported(result: FileResult): FileResult {
    if (result.fault === undefined) return result;
    process.stderr.write(`${result.fault}\n`);
    const { fault: _fault, ...rest } = result;
    return rest;
}

/**
 * A draft's findings with those on its refused imports. The language, which saw the refused file
 * as absent, said it could not find it; the finding that says why replaces that one.
 */
function withImportProblems(result: FileResult, importProblems: Problem[] | undefined): FileResult {
    if (!importProblems) return result;
    const lines = new Set(importProblems.map((problem) => problem.range.start.line));
    const kept = result.problems.filter((problem) => !(problem.ruleId === IssueCodes.MissingImport && lines.has(problem.range.start.line)));
    return { ...result, problems: [...importProblems, ...kept].sort(compareProblems) };
}

function threadCount(jobs: number | 'auto', totalBytes: number, components: number): number {
    if (jobs !== 'auto') return Math.min(jobs, Math.max(1, components));
    if (totalBytes < PARALLEL_THRESHOLD_BYTES) return 1;
    return Math.max(1, Math.min(Math.floor(availableParallelism() / CORES_PER_THREAD), components, Math.floor(totalBytes / BYTES_PER_THREAD)));
}
