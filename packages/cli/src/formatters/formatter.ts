import { relative, sep } from 'node:path';
import type { Rule } from '@commons/language';
import type { FileResult } from '../results.js';

/** Everything an output format may use. */
export interface Report {
    results: readonly FileResult[];
    /** Paths are shown relative to this folder. */
    cwd: string;
    /** Colour the output (stylish only, and only on a terminal). */
    colour: boolean;
    rules: readonly Rule[];
    /** Where the rule docs are published (commons.json `docsUrl`, ending in "/"), for links that must work on other machines. */
    docsUrl?: string;
    /** Plain sentences about what was left out (baseline, --changed-since, --quiet). */
    notes: readonly string[];
}

export type Formatter = (report: Report) => string;

/** A path as people and CI systems expect it: relative to the working folder, with "/" separators. */
export function displayPath(path: string, cwd: string): string {
    const rel = relative(cwd, path);
    return (rel === '' || rel.startsWith('..') ? path : rel).split(sep).join('/');
}
