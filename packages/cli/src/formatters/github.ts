import { countProblems, type ProblemSeverity } from '../results.js';
import { summaryLine } from './stylish.js';
import { displayPath, type Formatter } from './formatter.js';

const COMMAND: Record<ProblemSeverity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/**
 * GitHub Actions workflow commands: each finding becomes an annotation on the changed file in
 * the pull request ("::error file=...,line=...,col=...,title=...::message"), then a plain total.
 */
export const github: Formatter = ({ results, cwd, notes }) => {
    const lines: string[] = [];
    for (const result of results) {
        const file = displayPath(result.path, cwd);
        for (const problem of result.problems) {
            const { start, end } = problem.range;
            const title = problem.citation ? `${problem.ruleId} (${problem.citation})` : problem.ruleId;
            const properties = [
                `file=${property(file)}`, `line=${start.line + 1}`, `col=${start.character + 1}`,
                `endLine=${end.line + 1}`, `endColumn=${end.character + 1}`, `title=${property(title)}`
            ];
            lines.push(`::${COMMAND[problem.severity]} ${properties.join(',')}::${data(problem.message)}`);
        }
    }
    lines.push(summaryLine(countProblems(results)), ...notes);
    return lines.join('\n') + '\n';
};

/** Escaping of a command's message, as @actions/core does it. */
function data(text: string): string {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escaping of a command's property values, as @actions/core does it. */
function property(text: string): string {
    return data(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
