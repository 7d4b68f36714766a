import { readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DRAFT_EXTENSION } from '../files/draft-files.js';
import { asInputError, decodeDraft } from '../strict-file-system.js';
import { scanImports } from './import-scan.js';

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
}

/**
 * Reads every draft named for the run and every file they import (transitively), and groups
 * them into the connected components of the import graph. A draft only ever sees the files it
 * imports and the files that import it, so components can be checked in separate threads and
 * every cross-file reference still resolves. Reading here also finds unreadable, binary and
 * non-UTF-8 files before any work starts.
 */
export function planWorkload(named: readonly string[], overlay: ReadonlyMap<string, string> = new Map()): Workload {
    const sizes = new Map<string, number>();
    const texts = new Map<string, string>();
    const edges = new Map<string, string[]>();
    const importedOnly = new Set<string>();
    const pending = [...named];
    const namedSet = new Set(named);
    while (pending.length > 0) {
        const file = pending.pop()!;
        if (sizes.has(file)) continue;
        const text = overlay.get(file) ?? readDraft(file);
        sizes.set(file, Buffer.byteLength(text));
        texts.set(file, text);
        const targets = scanImports(text)
            .map((path) => resolve(dirname(file), path))
            .filter((target) => target.endsWith(DRAFT_EXTENSION) && (overlay.has(target) || existsAsAnything(target)));
        edges.set(file, targets);
        for (const target of targets) {
            if (!namedSet.has(target)) importedOnly.add(target);
            if (!sizes.has(target)) pending.push(target);
        }
    }
    const components = connectedComponents([...sizes.keys()].sort(), edges);
    const bytesOf = (component: string[]) => component.reduce((sum, file) => sum + sizes.get(file)!, 0);
    components.sort((a, b) => bytesOf(b) - bytesOf(a) || a[0].localeCompare(b[0]));
    return { components, sizes, totalBytes: [...sizes.values()].reduce((a, b) => a + b, 0), importedOnly, texts };
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

function readDraft(path: string): string {
    let bytes: Uint8Array;
    try {
        bytes = readFileSync(path);
    } catch (error) {
        throw asInputError(error, path);
    }
    return decodeDraft(bytes, path);
}

/** Whether an imported path names something on disk (a folder counts, so reading it reports the mistake). */
function existsAsAnything(path: string): boolean {
    return statSync(path, { throwIfNoEntry: false }) !== undefined;
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
