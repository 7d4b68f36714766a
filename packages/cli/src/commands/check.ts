import { runLint, type LintOptions } from './lint.js';

/**
 * `commons check`: the language's own checks only (syntax, references, numbering, amounts,
 * dates, imports), with the same inputs, output formats and exit codes as `commons lint`.
 */
export function runCheck(paths: string[], options: LintOptions): Promise<number> {
    return runLint(paths, options, { lint: false });
}
