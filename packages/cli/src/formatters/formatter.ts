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

/**
 * Control characters (C0 and C1, line breaks included) and the bidirectional controls that can
 * make text read differently from what it is ("Trojan Source"), each replaced by U+FFFD. Draft
 * text reaches reports through messages, citations and excerpts; a terminal escape or a line
 * break in it must not forge or hide report lines in any format.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

export function withoutControls(text: string): string {
    return text.replace(CONTROL, '\uFFFD');
}

/** A report whose every text field (paths, messages, citations, excerpts, notes) has no control characters. */
export function sanitisedReport(report: Report): Report {
    return {
        ...report,
        notes: report.notes.map(withoutControls),
        results: report.results.map((result) => ({
            ...result,
            path: withoutControls(result.path),
            description: withoutControls(result.description),
            problems: result.problems.map((problem) => ({
                ...problem,
                ruleId: withoutControls(problem.ruleId),
                message: withoutControls(problem.message),
                citation: withoutControls(problem.citation),
                excerpt: withoutControls(problem.excerpt),
                ...(problem.messageData ? { messageData: Object.fromEntries(Object.entries(problem.messageData).map(([key, value]) => [key, withoutControls(String(value))])) } : {}),
                fixes: problem.fixes.map((fix) => ({ ...fix, title: withoutControls(fix.title) }))
            }))
        }))
    };
}
