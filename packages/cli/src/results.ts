import { createHash } from 'node:crypto';
import type { Fix, Pack, Shift } from '@commons/language';
import type { Range } from 'vscode-languageserver-types';

export type ProblemSeverity = 'error' | 'warning' | 'info';

/** 1-based first and last line of a piece of a draft. */
export interface LineSpan {
    start: number;
    end: number;
}

/**
 * One finding, as every output format and filter sees it. Plain data, so it crosses from a
 * worker thread to the main thread unchanged.
 */
export interface Problem {
    /** The rule id (community/consult-only) or language check id (language/unresolved-reference). */
    ruleId: string;
    severity: ProblemSeverity;
    message: string;
    /** Which of the rule's messages this is (a key of its `meta.messages`); absent for the language's own checks. */
    messageId?: string;
    /** The values that filled the message's placeholders, by name. */
    messageData?: Readonly<Record<string, string>>;
    /** 0-based, UTF-16 columns, as the language core reports it. */
    range: Range;
    pack?: Pack;
    shift?: Shift;
    /** Where the rule's documentation can be opened: where commons.json says it is published, or the docs shipped with the command. */
    docsUrl?: string;
    fixes: Fix[];
    /** How a drafter would cite the place: "section 3(2)", "Schedule 1, paragraph 2"; empty at the top level. */
    citation: string;
    /** Lines of the provision the finding sits in (its section, or the provision itself), for --changed-since. */
    provisionLines: LineSpan;
    /** Hash of the flagged text with spacing normalised, for baseline fingerprints that survive line shifts. */
    spanHash: string;
    /** The flagged text, shortened, so a baseline file can be read by a person. */
    excerpt: string;
}

/** What checking one file found. */
export interface FileResult {
    /** Absolute path. */
    path: string;
    /** One line saying what the file holds (empty when the report format does not show it). */
    description: string;
    problems: Problem[];
    /** Set when safe fixes changed the text: the text before and after. */
    fixed?: { before: string; after: string; applied: number };
    /**
     * The line for standard error when Commons itself failed on the file. A worker thread's own
     * writes to standard error can be lost when it is stopped, so the main thread writes it.
     */
    fault?: string;
}

export const SEVERITY_RANK: Record<ProblemSeverity, number> = { error: 0, warning: 1, info: 2 };

export interface Counts {
    files: number;
    problems: number;
    errors: number;
    warnings: number;
    infos: number;
    /** Problems that have a fix which needs no review. */
    fixable: number;
    /** Files Commons could not check, and faults in Commons itself (FATAL_RULE_IDS): the run exits with code 2. */
    fatal: number;
}

/**
 * Findings that say a file could not be checked: it could not be read or decoded, it lies
 * outside the workspace, or Commons failed on it. They are errors in every report, and the run
 * exits with code 2, as when the command cannot run; every other file is still checked.
 */
export const FATAL_RULE_IDS: ReadonlySet<string> = new Set(['commons/unreadable-file', 'commons/outside-workspace', 'commons/internal-error']);

/** A fatal finding on a whole file (or on one line of it, where that is known). */
export function fatalProblem(ruleId: string, message: string, line = 0): Problem {
    const range = { start: { line, character: 0 }, end: { line, character: 0 } };
    return {
        ruleId, severity: 'error', message, range, fixes: [], citation: '',
        provisionLines: { start: line + 1, end: line + 1 },
        spanHash: createHash('sha256').update(`${ruleId}\n${line}`).digest('hex').slice(0, 24),
        excerpt: ''
    };
}

export function countProblems(results: readonly FileResult[]): Counts {
    const counts: Counts = { files: results.length, problems: 0, errors: 0, warnings: 0, infos: 0, fixable: 0, fatal: 0 };
    for (const result of results) {
        for (const problem of result.problems) {
            counts.problems++;
            if (problem.severity === 'error') counts.errors++;
            else if (problem.severity === 'warning') counts.warnings++;
            else counts.infos++;
            if (safeFix(problem)) counts.fixable++;
            if (FATAL_RULE_IDS.has(problem.ruleId)) counts.fatal++;
        }
    }
    return counts;
}

/** The fix --fix may apply without asking: the first one not marked for review. */
export function safeFix(problem: Problem): Fix | undefined {
    return problem.fixes.find((fix) => fix.needsReview !== true && fix.edits.length > 0);
}

export function plural(count: number, word: string, plural = `${word}s`): string {
    return `${count} ${count === 1 ? word : plural}`;
}

/** Orders problems by position, then rule and message, so every run prints them the same way. */
export function compareProblems(a: Problem, b: Problem): number {
    return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character
        || a.ruleId.localeCompare(b.ruleId) || a.message.localeCompare(b.message);
}
