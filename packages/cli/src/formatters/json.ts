import { COMMONS_VERSION } from '../version.js';
import { countProblems } from '../results.js';
import { displayPath, type Formatter } from './formatter.js';

/**
 * Machine-readable results: a summary, then each file with its problems. Lines and columns are
 * 1-based; `range` in each fix edit is 0-based, as editors use it. Written on one line, as ESLint
 * does: indenting doubled the report of a large statute book (20 MB for 20,000 findings); pipe it
 * through `jq` to read it.
 */
export const json: Formatter = ({ results, cwd, notes }) => JSON.stringify({
    tool: { name: 'commons', version: COMMONS_VERSION },
    summary: countProblems(results),
    notes,
    files: results.map((result) => ({
        path: displayPath(result.path, cwd),
        description: result.description,
        problems: result.problems.map((problem) => ({
            ruleId: problem.ruleId,
            severity: problem.severity,
            message: problem.message,
            ...(problem.messageId ? { messageId: problem.messageId } : {}),
            line: problem.range.start.line + 1,
            column: problem.range.start.character + 1,
            endLine: problem.range.end.line + 1,
            endColumn: problem.range.end.character + 1,
            ...(problem.pack ? { pack: problem.pack } : {}),
            ...(problem.shift ? { shift: problem.shift } : {}),
            citation: problem.citation,
            ...(problem.docsUrl ? { docsUrl: problem.docsUrl } : {}),
            fixes: problem.fixes.map((fix) => ({ title: fix.title, needsReview: fix.needsReview === true, edits: fix.edits }))
        }))
    }))
}) + '\n';
