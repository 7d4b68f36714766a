import { SHIFTS } from '@commons/language';
import { countProblems, plural, type ProblemSeverity } from '../results.js';
import { displayPath, type Formatter } from './formatter.js';

/** GitHub refuses comments over 65,536 characters; stop listing well before that. */
const MAX_ROWS = 200;
const ICON: Record<ProblemSeverity, string> = { error: '❌ error', warning: '⚠️ warning', info: 'ℹ️ info' };

/**
 * A pull-request comment: a headline with the totals, then a table of findings with the file,
 * line, provision, rule and shift, in the order they appear in each draft.
 */
export const markdown: Formatter = ({ results, cwd, notes }) => {
    const counts = countProblems(results);
    const lines = [counts.problems === 0
        ? `### Commons lint: ✅ no problems in ${plural(counts.files, 'file')}`
        : `### Commons lint: ${plural(counts.problems, 'problem')} (${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}) in ${plural(counts.files, 'file')}`];
    const rows = results.flatMap((result) => result.problems.map((problem) => ({ file: displayPath(result.path, cwd), problem })));
    if (rows.length > 0) {
        lines.push('', '| | File | Line | Provision | Rule | Shift | Finding |', '|---|---|---|---|---|---|---|');
        for (const { file, problem } of rows.slice(0, MAX_ROWS)) {
            const shift = problem.shift ? SHIFTS[problem.shift].title : '';
            lines.push(`| ${ICON[problem.severity]} | \`${cell(file)}\` | ${problem.range.start.line + 1} | ${cell(problem.citation)} | \`${cell(problem.ruleId)}\` | ${cell(shift)} | ${cell(problem.message)} |`);
        }
        if (rows.length > MAX_ROWS) lines.push('', `…and ${plural(rows.length - MAX_ROWS, 'more finding')}. Run \`commons lint\` to see them all.`);
    }
    if (counts.fixable > 0) lines.push('', `${plural(counts.fixable, 'finding')} can be fixed with \`commons lint --fix\`.`);
    if (notes.length > 0) lines.push('', ...notes.map((note) => `_${cell(note)}_`));
    return lines.join('\n') + '\n';
};

/** Text safe inside a table cell: no pipes or line breaks, no stray HTML. */
function cell(text: string): string {
    return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/\r?\n/g, ' ');
}
