import { countProblems, type Problem } from '../results.js';
import { displayPath, type Formatter } from './formatter.js';

/**
 * JUnit XML for CI test dashboards (GitLab, Jenkins, Azure DevOps): one test suite per draft,
 * one test case per finding. Errors are failures; warnings and notes are passing cases that
 * carry the finding in system-out, so a build that passes shows no failed tests. A clean draft
 * has a single passing case.
 */
export const junit: Formatter = ({ results, cwd }) => {
    const counts = countProblems(results);
    const lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<testsuites name="commons lint" tests="${results.reduce((sum, result) => sum + Math.max(1, result.problems.length), 0)}" failures="${counts.errors}" errors="0">`
    ];
    for (const result of results) {
        const path = displayPath(result.path, cwd);
        const failures = result.problems.filter((problem) => problem.severity === 'error').length;
        lines.push(`  <testsuite name="${xml(path)}" tests="${Math.max(1, result.problems.length)}" failures="${failures}" errors="0" skipped="0">`);
        if (result.problems.length === 0) lines.push(`    <testcase classname="${xml(path)}" name="${xml(`${path}: no problems`)}"/>`);
        for (const problem of result.problems) lines.push(...testCase(problem, path));
        lines.push('  </testsuite>');
    }
    lines.push('</testsuites>');
    return lines.join('\n') + '\n';
};

function testCase(problem: Problem, path: string): string[] {
    const position = `${problem.range.start.line + 1}:${problem.range.start.character + 1}`;
    const where = problem.citation ? ` (${problem.citation})` : '';
    const name = `${problem.ruleId} at ${position}${where}`;
    const detail = `${path}:${position} ${problem.severity}: ${problem.message} [${problem.ruleId}]`;
    const open = `    <testcase classname="${xml(path)}" name="${xml(name)}">`;
    if (problem.severity === 'error') {
        return [open, `      <failure message="${xml(problem.message)}" type="${xml(problem.ruleId)}">${xml(detail)}</failure>`, '    </testcase>'];
    }
    return [open, `      <system-out>${xml(detail)}</system-out>`, '    </testcase>'];
}

/** Escapes text for XML attributes and content, dropping characters XML 1.0 cannot hold. */
function xml(text: string): string {
    return text
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&apos;')
        .replace(/\n/g, '&#10;')
        .replace(/\r/g, '&#13;');
}
