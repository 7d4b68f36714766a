import pc from 'picocolors';
import { countProblems, plural, type Counts } from '../results.js';
import { displayPath, type Formatter } from './formatter.js';

/**
 * The report for people: each file, what it holds, and its problems with line:column, severity,
 * message and rule id, then a one-line total. Colour only when writing to a terminal.
 */
export const stylish: Formatter = ({ results, cwd, colour, notes }) => {
    const colours = pc.createColors(colour);
    const lines: string[] = [];
    for (const result of results) {
        lines.push(colours.underline(displayPath(result.path, cwd)));
        lines.push(`  ${colours.dim(result.description)}`);
        for (const problem of result.problems) {
            const position = `${problem.range.start.line + 1}:${problem.range.start.character + 1}`;
            const severity = problem.severity;
            const coloured = severity === 'error' ? colours.red(severity) : severity === 'warning' ? colours.yellow(severity) : colours.blue(severity);
            lines.push(`  ${colours.dim(position.padEnd(8))} ${coloured}${' '.repeat(Math.max(1, 8 - severity.length))}${problem.message}${colours.dim(`  ${problem.ruleId}`)}`);
        }
        lines.push('');
    }
    const counts = countProblems(results);
    lines.push(summaryLine(counts, colours));
    if (counts.fixable > 0) lines.push(colours.dim(`${plural(counts.fixable, 'problem')} can be fixed with --fix (see the changes first with --fix-dry-run).`));
    lines.push(...notes.map((note) => colours.dim(note)));
    return lines.join('\n') + '\n';
};

export function summaryLine(counts: Counts, colours = pc.createColors(false)): string {
    const files = plural(counts.files, 'file');
    if (counts.problems === 0) return colours.green(`✔ ${files} checked: no problems.`);
    const detail = `${plural(counts.problems, 'problem')} (${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')})`;
    return (counts.errors > 0 ? colours.red : colours.yellow)(`✖ ${detail} in ${files}.`);
}
