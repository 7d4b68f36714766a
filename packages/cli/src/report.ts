import { relative } from 'node:path';
import pc from 'picocolors';
import type { Diagnostic } from 'vscode-languageserver-types';

/** What checking one file found. */
export interface FileResult {
    path: string;
    /** One line saying what the file holds. */
    description: string;
    diagnostics: Diagnostic[];
}

const SEVERITY_WORD: Record<number, string> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };

/**
 * The human report: each file, what it holds, and its problems with line:column, severity,
 * message and check id, then a one-line total. Colour only when writing to a terminal.
 */
export function formatReport(results: FileResult[], cwd: string, useColour: boolean): string {
    const colours = pc.createColors(useColour);
    const lines: string[] = [];
    for (const result of results) {
        lines.push(colours.underline(relative(cwd, result.path) || result.path));
        lines.push(`  ${colours.dim(result.description)}`);
        const sorted = [...result.diagnostics].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
        for (const diagnostic of sorted) {
            const position = `${diagnostic.range.start.line + 1}:${diagnostic.range.start.character + 1}`;
            const severity = SEVERITY_WORD[diagnostic.severity ?? 1];
            const coloured = severity === 'error' ? colours.red(severity) : severity === 'warning' ? colours.yellow(severity) : colours.blue(severity);
            lines.push(`  ${colours.dim(position.padEnd(8))} ${coloured.padEnd(useColour ? 17 : 7)} ${diagnostic.message}${diagnostic.code ? colours.dim(`  ${diagnostic.code}`) : ''}`);
        }
        lines.push('');
    }
    lines.push(summaryLine(results, colours));
    return lines.join('\n') + '\n';
}

function summaryLine(results: FileResult[], colours: ReturnType<typeof pc.createColors>): string {
    const all = results.flatMap((result) => result.diagnostics);
    const errors = all.filter((d) => d.severity === 1).length;
    const warnings = all.filter((d) => d.severity === 2).length;
    const files = `${results.length} ${results.length === 1 ? 'file' : 'files'}`;
    if (all.length === 0) return colours.green(`✔ ${files} checked: no problems.`);
    const counts = `${all.length} ${all.length === 1 ? 'problem' : 'problems'} (${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'})`;
    return (errors > 0 ? colours.red : colours.yellow)(`✖ ${counts} in ${files}.`);
}
