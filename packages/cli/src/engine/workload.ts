import { realpathSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DRAFT_EXTENSION } from '../files/draft-files.js';
import { UNREADABLE_FILE, type Refusal, type Workspace } from '../files/workspace.js';
import { fatalProblem, type Problem } from '../results.js';
import { scanImportsAt } from './import-scan.js';

/** The drafts of one run, grouped so that each group can be checked on its own. */
export interface Workload {
    /** Groups of files connected by imports (in either direction), largest first. */
    components: string[][];
    /** Size in bytes of each file. */
    sizes: Map<string, number>;
    totalBytes: number;
    /** Files reached only through another draft's import. */
    importedOnly: Set<string>;
    /** The text of every file, as read while planning; handed to whoever checks the file. */
    texts: Map<string, string>;
    /** Files that could not be read (or may not be): each is reported with one fatal finding and never checked. */
    refused: Map<string, Refusal>;
    /** Findings on drafts' import lines, for imports that were refused (outside the workspace, a pipe, a binary file). */
    importProblems: Map<string, Problem[]>;
    /** Paths the checker must treat as absent, so no thread ever opens them. */
    blocked: Set<string>;
}

/**
 * Reads every draft named for the run and every file they import (transitively), and groups
 * them into the connected components of the import graph. A draft only ever sees the files it
 * imports and the files that import it, so components can be checked in separate threads and
 * every cross-file reference still resolves. Reading goes through the workspace (files/workspace.ts),
 * so a file that is unreadable, binary, not UTF-8, a pipe or outside the workspace is found here,
 * reported as that file's own fatal finding, and every other file is still checked.
 */
export function planWorkload(named: readonly string[], workspace: Workspace, overlay: ReadonlyMap<string, string> = new Map()): Workload {
    const sizes = new Map<string, number>();
    const texts = new Map<string, string>();
    const edges = new Map<string, string[]>();
    const importedOnly = new Set<string>();
    const refused = new Map<string, Refusal>();
    const importProblems = new Map<string, Problem[]>();
    const blocked = new Set<string>();
    const pending = [...named];
    const namedSet = new Set(named);
    while (pending.length > 0) {
        const file = pending.pop()!;
        if (sizes.has(file) || refused.has(file)) continue;
        let text = overlay.get(file);
        if (text === undefined) {
            const read = workspace.readDraft(file);
            if ('refusal' in read) {
                refused.set(file, read.refusal);
                blocked.add(file);
                continue;
            }
            if ('missing' in read) {
                refused.set(file, { ruleId: UNREADABLE_FILE, message: `Cannot find ${workspace.shown(file)}: it was removed while Commons was running. Run the command again.` });
                blocked.add(file);
                continue;
            }
            text = read.text;
        }
        sizes.set(file, Buffer.byteLength(text));
        texts.set(file, text);
        const targets: string[] = [];
        for (const { path, offset } of scanImportsAt(text)) {
            const target = resolve(dirname(file), path);
            if (!target.endsWith(DRAFT_EXTENSION)) continue;
            if (overlay.has(target) || sizes.has(target)) {
                targets.push(target);
                continue;
            }
            const refusal = refused.get(target) ?? importRefusal(target, workspace);
            if (refusal === 'missing') continue;
            if (refusal) {
                // The draft that imports a refused file says so on its import line; a draft of the
                // workspace that cannot be read is also reported as a file of its own.
                blocked.add(target);
                const line = text.slice(0, offset).split('\n').length - 1;
                const problems = importProblems.get(file) ?? [];
                problems.push(fatalProblem(refusal.ruleId, `This draft imports "${path}", which Commons did not read: ${refusal.message}`, line));
                importProblems.set(file, problems);
                if (refusal.ruleId === UNREADABLE_FILE && isDraftOfWorkspace(target, workspace) && !refused.has(target)) {
                    refused.set(target, refusal);
                    if (!namedSet.has(target)) importedOnly.add(target);
                }
                continue;
            }
            targets.push(target);
        }
        edges.set(file, targets);
        for (const target of targets) {
            if (!namedSet.has(target)) importedOnly.add(target);
            if (!sizes.has(target)) pending.push(target);
        }
    }
    const components = connectedComponents([...sizes.keys()].sort(), edges);
    const bytesOf = (component: string[]) => component.reduce((sum, file) => sum + sizes.get(file)!, 0);
    components.sort((a, b) => bytesOf(b) - bytesOf(a) || a[0].localeCompare(b[0]));
    return { components, sizes, totalBytes: [...sizes.values()].reduce((a, b) => a + b, 0), importedOnly, texts, refused, importProblems, blocked };
}

/** Why an imported file may not be read, 'missing' when nothing is there (the language reports that), or undefined when it can be. */
function importRefusal(target: string, workspace: Workspace): Refusal | 'missing' | undefined {
    const read = workspace.readDraft(target);
    if ('missing' in read) return 'missing';
    return 'refusal' in read ? read.refusal : undefined;
}

/** A real .commons file inside the workspace (not a link out of it, not a pipe): one the run should report on. */
function isDraftOfWorkspace(path: string, workspace: Workspace): boolean {
    try {
        const real = realpathSync(path);
        return workspace.contains(real) && real.endsWith(DRAFT_EXTENSION) && statSync(real).isFile();
    } catch {
        return false;
    }
}

/**
 * Packs components into batches of about `targetBytes` each, so a thread builds many small
 * drafts together (fewer set-ups) while large acts still spread across threads.
 */
export function batchComponents(workload: Workload, targetBytes: number): string[][][] {
    const batches: string[][][] = [];
    let current: string[][] = [];
    let bytes = 0;
    for (const component of workload.components) {
        const size = component.reduce((sum, file) => sum + workload.sizes.get(file)!, 0);
        if (current.length > 0 && bytes + size > targetBytes) {
            batches.push(current);
            current = [];
            bytes = 0;
        }
        current.push(component);
        bytes += size;
    }
    if (current.length > 0) batches.push(current);
    return batches;
}

/**
 * The planned texts of a batch's files, which the workload then forgets: each is handed over
 * once, so a run over a large repository does not keep every draft in memory.
 */
export function takeTexts(workload: Workload, batch: readonly string[][]): Map<string, string> {
    const taken = new Map<string, string>();
    for (const file of batch.flat()) {
        const text = workload.texts.get(file);
        if (text === undefined) continue;
        taken.set(file, text);
        workload.texts.delete(file);
    }
    return taken;
}

/** Union-find over import edges, ignoring their direction. */
function connectedComponents(files: string[], edges: Map<string, string[]>): string[][] {
    const parent = new Map(files.map((file) => [file, file]));
    const find = (file: string): string => {
        let root = file;
        while (parent.get(root) !== root) root = parent.get(root)!;
        for (let current = file; current !== root;) {
            const next = parent.get(current)!;
            parent.set(current, root);
            current = next;
        }
        return root;
    };
    for (const [file, targets] of edges) {
        for (const target of targets) {
            const [a, b] = [find(file), find(target)];
            if (a !== b) parent.set(a < b ? b : a, a < b ? a : b);
        }
    }
    const groups = new Map<string, string[]>();
    for (const file of files) {
        const root = find(file);
        const group = groups.get(root) ?? [];
        group.push(file);
        groups.set(root, group);
    }
    return [...groups.values()];
}
