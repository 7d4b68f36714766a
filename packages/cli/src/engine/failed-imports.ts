import { dirname, resolve } from 'node:path';
import { IssueCodes } from '@commons/language';
import type { FileResult } from '../results.js';
import { scanImportsAt } from './import-scan.js';

/**
 * A draft checked without an import that Commons failed on says so on the import line, instead
 * of the language's "Cannot find" that file (which is there, but could not be checked).
 */
export function explainFailedImports(result: FileResult, text: string | undefined, failing: { has(path: string): boolean }): FileResult {
    if (text === undefined) return result;
    const failedOn = new Map<number, string>();
    for (const { path, offset } of scanImportsAt(text)) {
        if (failing.has(resolve(dirname(result.path), path))) failedOn.set(text.slice(0, offset).split('\n').length - 1, path);
    }
    if (failedOn.size === 0) return result;
    return {
        ...result,
        problems: result.problems.map((problem) => {
            const path = problem.ruleId === IssueCodes.MissingImport ? failedOn.get(problem.range.start.line) : undefined;
            return path === undefined ? problem : {
                ...problem,
                message: `Commons failed on "${path}" (see that file's commons/internal-error finding), so this draft was checked without it: `
                    + 'references to what it declares are reported as unresolved.'
            };
        })
    };
}
