import { readFileSync } from 'node:fs';
import { writeFileAtomically } from './output.js';
import { createTwoFilesPatch } from 'diff';
import { displayPath } from './formatters/formatter.js';
import { InputError } from './input-error.js';
import type { FileResult } from './results.js';
import { decodeDraft } from './strict-file-system.js';

const BOM = '\uFEFF';

/**
 * Writes fixed drafts back to disk. Only the fixed spans change: line endings, a byte order
 * mark and every other byte stay as they were. A file changed on disk since it was read is
 * left alone and reported, rather than overwritten.
 */
export function writeFixes(results: readonly FileResult[]): number {
    let written = 0;
    for (const result of results) {
        if (!result.fixed) continue;
        const bytes = readFileSync(result.path);
        if (decodeDraft(bytes, result.path) !== result.fixed.before) {
            throw new InputError(`${result.path} changed while it was being checked, so its fixes were not written. Run the command again.`);
        }
        const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
        try {
            writeFileAtomically(result.path, (hasBom ? BOM : '') + result.fixed.after);
        } catch (error) {
            throw new InputError(`Cannot write the fixes to ${result.path}: ${(error as Error).message}. The draft is unchanged`
                + (written > 0 ? `; ${written} other ${written === 1 ? 'draft was' : 'drafts were'} fixed before it.` : '.'));
        }
        written++;
    }
    return written;
}

/** The fixes as a unified diff (paths relative to the working folder, as `git apply` and `patch -p1` expect). */
export function fixesAsDiff(results: readonly FileResult[], cwd: string): string {
    return results
        .filter((result) => result.fixed)
        .map((result) => {
            const path = displayPath(result.path, cwd);
            return createTwoFilesPatch(`a/${path}`, `b/${path}`, result.fixed!.before, result.fixed!.after, undefined, undefined, { context: 3 })
                .replace(/^={67}\n/m, '');
        })
        .join('');
}
