import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { InputError } from '../input-error.js';
import { writeFileAtomically } from '../output.js';
import { FATAL_RULE_IDS, type FileResult, type Problem } from '../results.js';

/** One recorded finding. Only `fingerprint` is compared; the rest is there for people reading the file. */
export interface BaselineEntry {
    fingerprint: string;
    rule: string;
    file: string;
    citation: string;
    excerpt: string;
}

export interface BaselineFile {
    version: 1;
    about: string;
    findings: BaselineEntry[];
}

const ABOUT = 'Findings accepted when this baseline was written by `commons lint --write-baseline`. '
    + '`commons lint --baseline FILE` reports only findings not listed here. Regenerate it rather than editing it.';

/**
 * A finding's fingerprint: its rule, its file (relative to the baseline, so the baseline works
 * from any folder), the citation of the provision it is in, and the flagged text with spacing
 * normalised. Line numbers are left out, so adding or removing lines elsewhere keeps it stable.
 */
export function fingerprint(problem: Problem, file: string, baselineFolder: string): string {
    return createHash('sha256')
        .update([problem.ruleId, portablePath(file, baselineFolder), problem.citation, problem.spanHash].join('\0'))
        .digest('hex')
        .slice(0, 32);
}

/** Writes every finding of the run to the baseline file. */
export function writeBaseline(path: string, results: readonly FileResult[]): void {
    const absolute = resolve(path);
    const folder = dirname(absolute);
    // A file that could not be checked is never accepted into a baseline: it must stay visible.
    const findings = results.flatMap((result) => result.problems.filter((problem) => !FATAL_RULE_IDS.has(problem.ruleId)).map((problem): BaselineEntry => ({
        fingerprint: fingerprint(problem, result.path, folder),
        rule: problem.ruleId,
        file: portablePath(result.path, folder),
        citation: problem.citation,
        excerpt: problem.excerpt
    })));
    findings.sort((a, b) => compareText(a.file, b.file) || compareText(a.citation, b.citation) || compareText(a.rule, b.rule) || compareText(a.fingerprint, b.fingerprint));
    const file: BaselineFile = { version: 1, about: ABOUT, findings };
    try {
        mkdirSync(folder, { recursive: true });
        writeFileAtomically(absolute, `${JSON.stringify(file, null, 2)}\n`);
    } catch (error) {
        throw new InputError(`Cannot write the baseline ${path}: ${(error as Error).message}`);
    }
}

/** The fingerprints in a baseline file, with how many times each was recorded. */
export function readBaseline(path: string): Map<string, number> {
    let text: string;
    try {
        text = readFileSync(resolve(path), 'utf8');
    } catch {
        throw new InputError(`Cannot read the baseline ${path}. Check the path, or create it with --write-baseline ${path}.`);
    }
    let file: Partial<BaselineFile>;
    try {
        file = JSON.parse(text) as Partial<BaselineFile>;
    } catch {
        throw new InputError(`The baseline ${path} is not valid JSON. Write it again with --write-baseline ${path}.`);
    }
    if (file?.version !== 1 || !Array.isArray(file.findings) || file.findings.some((entry) => typeof entry?.fingerprint !== 'string')) {
        throw new InputError(`${path} is not a Commons baseline (version 1, with a list of findings). Write it again with --write-baseline ${path}.`);
    }
    const counts = new Map<string, number>();
    for (const entry of file.findings) counts.set(entry.fingerprint, (counts.get(entry.fingerprint) ?? 0) + 1);
    return counts;
}

/**
 * Leaves out findings recorded in the baseline. A fingerprint recorded twice hides two
 * findings, so a third identical one in the same provision still shows as new.
 */
export function onlyNewFindings(results: readonly FileResult[], baseline: ReadonlyMap<string, number>, baselinePath: string): { results: FileResult[]; known: number } {
    const remaining = new Map(baseline);
    const folder = dirname(resolve(baselinePath));
    let known = 0;
    const filtered = results.map((result) => ({
        ...result,
        problems: result.problems.filter((problem) => {
            const print = fingerprint(problem, result.path, folder);
            const left = remaining.get(print) ?? 0;
            if (left === 0) return true;
            remaining.set(print, left - 1);
            known++;
            return false;
        })
    }));
    return { results: filtered, known };
}

function portablePath(file: string, folder: string): string {
    return relative(folder, file).split(sep).join('/');
}

function compareText(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}
