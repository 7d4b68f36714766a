import { SHIFTS } from '@commons/language';
import { FATAL_RULE_IDS, countProblems, plural, type ProblemSeverity } from '../results.js';
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
    // Files that could not be checked come first, so a long report never cuts them off.
    const rows = results.flatMap((result) => result.problems.map((problem) => ({ file: displayPath(result.path, cwd), problem })))
        .sort((a, b) => Number(FATAL_RULE_IDS.has(b.problem.ruleId)) - Number(FATAL_RULE_IDS.has(a.problem.ruleId)));
    if (rows.length > 0) {
        lines.push('', '| | File | Line | Provision | Rule | Shift | Finding |', '|---|---|---|---|---|---|---|');
        for (const { file, problem } of rows.slice(0, MAX_ROWS)) {
            const shift = problem.shift ? SHIFTS[problem.shift].title : '';
            lines.push(`| ${ICON[problem.severity]} | ${code(file)} | ${problem.range.start.line + 1} | ${cell(problem.citation)} | ${code(problem.ruleId)} | ${cell(shift)} | ${cell(problem.message)} |`);
        }
        if (rows.length > MAX_ROWS) lines.push('', `…and ${plural(rows.length - MAX_ROWS, 'more finding')}. Run \`commons lint\` to see them all.`);
    }
    if (counts.fixable > 0) lines.push('', `${plural(counts.fixable, 'finding')} can be fixed with \`commons lint --fix\`.`);
    if (notes.length > 0) lines.push('', ...notes.map((note) => `_${cell(note)}_`));
    return lines.join('\n') + '\n';
};

/**
 * Draft text made inert for a pull-request comment: it stays readable, but renders as plain text.
 * HTML is escaped; Markdown punctuation that makes links, images, emphasis, code or table cells is
 * escaped with a backslash; and what GitHub links in plain text (an @mention, a #123 or GH-123
 * reference, a bare URL) is broken with a zero-width space, so a draft cannot ping people, link
 * issues, or show a link or image in a bot's comment.
 */
export function cell(text: string): string {
    return text
        .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
        .replace(/[\\`*_[\]()!|~{}]/g, (mark) => `\\${mark}`)
        .replace(/\r?\n/g, ' ')
        .replace(/@/g, `@${BREAK}`)
        .replace(/#(?=\w)/g, `#${BREAK}`)
        .replace(/\b(GH)-(?=\d)/gi, `$1-${BREAK}`)
        .replace(/:\/\//g, `:${BREAK}//`)
        .replace(/\b(www)\./gi, `$1${BREAK}.`)
        .replaceAll(BREAK, '&#8203;');
}

/** Stands for the zero-width space while cell() works, so its entity is not itself escaped. */
const BREAK = '\uE000';

/** A file name or rule id as inline code (where GitHub links nothing): no backtick can close it early. */
function code(text: string): string {
    return `\`${text.replace(/`/g, "'").replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')}\``;
}
