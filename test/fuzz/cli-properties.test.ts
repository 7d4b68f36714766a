import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCommons } from '../helpers/cli.js';
import { anyDraft, exampleDrafts, fuzzRuns, fuzzSeed } from './drafts.js';

// The same random drafts through the command as users run it: `commons lint` over a folder of
// them reports on every draft without a fault, every finding lies inside its draft, and `--fix`
// keeps every line no fix touches and has nothing left to do when run again.
// Drafts with a NUL byte are left out: a binary file stops the run (exit 2) by design of the CLI.

interface JsonProblem {
    line: number; column: number; endLine: number; endColumn: number; message: string; ruleId: string;
    fixes: Array<{ needsReview: boolean; edits: Array<{ range: { start: { line: number }; end: { line: number } } }> }>;
}
interface JsonReport { files: Array<{ path: string; problems: JsonProblem[] }> }

const drafts = fc.sample(anyDraft(exampleDrafts()), { numRuns: fuzzRuns(12), seed: fuzzSeed() + 2 })
    .filter((text) => !text.includes('\u0000'));

function folderOf(texts: readonly string[]): string {
    const folder = mkdtempSync(join(tmpdir(), 'commons-fuzz-'));
    texts.forEach((text, index) => writeFileSync(join(folder, `draft-${String(index).padStart(4, '0')}.commons`), text));
    return folder;
}

function lines(text: string): string[] {
    return text.split(/\r\n|\r|\n/);
}

describe('commons lint over random drafts', () => {
    const folder = folderOf(drafts);
    let first: JsonReport | undefined;
    const lintOnce = (): JsonReport => {
        if (first) return first;
        // The report goes to a file: under `npm run fuzz` it is larger than a pipe's buffer.
        const output = join(mkdtempSync(join(tmpdir(), 'commons-fuzz-report-')), 'report.json');
        const run = runCommons(['lint', '--format', 'json', '--root', folder, '--output', output, folder]);
        expect(run.stderr).not.toMatch(/fault in commons/i);
        expect([0, 1]).toContain(run.status);
        return first = JSON.parse(readFileSync(output, 'utf8')) as JsonReport;
    };

    it('reports on every draft without a fault, with every finding inside its draft', () => {
        const report = lintOnce();
        expect(report.files.map((file) => file.path).sort()).toEqual(readdirSync(folder).map((name) => join(folder, name)).sort());
        for (const file of report.files) {
            const text = lines(readFileSync(file.path, 'utf8'));
            for (const problem of file.problems) {
                const where = `${file.path}:${problem.line}:${problem.column} ${problem.ruleId} ${problem.message}`;
                expect(problem.line, where).toBeGreaterThanOrEqual(1);
                expect(problem.endLine, where).toBeLessThanOrEqual(text.length);
                expect(problem.column, where).toBeLessThanOrEqual(text[problem.line - 1].length + 1);
                expect(problem.endColumn, where).toBeLessThanOrEqual(text[problem.endLine - 1].length + 1);
                expect(problem.endLine * 1e6 + problem.endColumn, where).toBeGreaterThanOrEqual(problem.line * 1e6 + problem.column);
            }
        }
    });

    it('--fix keeps every line no fix touches, and a second --fix changes nothing', () => {
        const report = lintOnce();
        const copy = mkdtempSync(join(tmpdir(), 'commons-fuzz-fix-'));
        cpSync(folder, copy, { recursive: true });
        const reports = mkdtempSync(join(tmpdir(), 'commons-fuzz-report-'));
        const fixed = runCommons(['lint', '--fix', '--format', 'json', '--root', copy, '--output', join(reports, 'fixed.json'), copy]);
        expect(fixed.stderr).not.toMatch(/fault in commons/i);
        expect([0, 1]).toContain(fixed.status);
        for (const file of report.files) {
            const name = file.path.slice(folder.length + 1);
            const original = lines(readFileSync(file.path, 'utf8'));
            const after = readFileSync(join(copy, name), 'utf8');
            const touched = new Set(file.problems.flatMap((problem) => problem.fixes.filter((fix) => !fix.needsReview)
                .flatMap((fix) => fix.edits.flatMap((edit) => Array.from({ length: edit.range.end.line - edit.range.start.line + 1 }, (_, k) => edit.range.start.line + k)))));
            const kept = lines(after);
            let at = 0;
            original.forEach((line, index) => {
                if (touched.has(index)) return;
                const found = kept.indexOf(line, at);
                expect(found, `${name}: line ${index + 1} ${JSON.stringify(line.slice(0, 80))} was lost by --fix`).toBeGreaterThanOrEqual(0);
                at = found + 1;
            });
        }
        const snapshot = Object.fromEntries(readdirSync(copy).map((name) => [name, readFileSync(join(copy, name), 'utf8')]));
        const again = runCommons(['lint', '--fix', '--format', 'json', '--root', copy, '--output', join(reports, 'again.json'), copy]);
        expect([0, 1]).toContain(again.status);
        for (const [name, text] of Object.entries(snapshot)) expect(readFileSync(join(copy, name), 'utf8'), `${name} changed on a second --fix`).toBe(text);
    });
});
