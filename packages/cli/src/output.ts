import { chmodSync, mkdirSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join, resolve } from 'node:path';
import { InputError } from './input-error.js';

/** Writes a report to --output FILE (creating its folder), or to standard output. */
export function writeOutput(text: string, outputPath: string | undefined): void {
    if (outputPath === undefined) {
        process.stdout.write(text);
        return;
    }
    try {
        mkdirSync(dirname(resolve(outputPath)), { recursive: true });
        writeFileAtomically(resolve(outputPath), text);
    } catch (error) {
        throw new InputError(`Cannot write the report to ${outputPath}: ${(error as Error).message}`);
    }
}

/**
 * Writes a whole file or nothing: the text goes to a temporary file in the same folder, which is
 * then renamed over the target (one step on every file system Node supports). If the write
 * fails part way (a full disk, a size limit, the process killed), the original file is intact.
 * A file that exists keeps its permissions; a link is written through to the file it names.
 */
export function writeFileAtomically(path: string, data: string | Uint8Array): void {
    const target = realTarget(path);
    const mode = statSync(target, { throwIfNoEntry: false })?.mode;
    const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    try {
        writeFileSync(temporary, data, { flag: 'wx' });
        if (mode !== undefined) chmodSync(temporary, mode & 0o7777);
        renameSync(temporary, target);
    } catch (error) {
        try {
            unlinkSync(temporary);
        } catch {
            // Nothing was written, or it is gone already.
        }
        throw error;
    }
}

/**
 * Stops a run whose report or baseline would overwrite one of its input drafts (`--output
 * act.commons` by mistake), before anything is written.
 */
export function refuseToOverwriteInputs(option: string, outputPath: string | undefined, inputs: Iterable<string>): void {
    if (outputPath === undefined) return;
    const target = realTarget(resolve(outputPath));
    for (const input of inputs) {
        if (realTarget(input) === target) {
            throw new InputError(`${option} ${outputPath} names one of the drafts being checked, so writing there would overwrite the draft. `
                + 'Nothing was written. Choose another file, for example commons-report.txt.');
        }
    }
}

/** The real path a write to `path` lands on: through links, and for a new file, in its folder's real place. */
function realTarget(path: string): string {
    try {
        return realpathSync(path);
    } catch {
        try {
            return join(realpathSync(dirname(path)), basename(path));
        } catch {
            return resolve(path);
        }
    }
}
