import { lstatSync, readdirSync, statSync, type Dirent, type Stats } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { InputError } from '../input-error.js';
import type { IgnoreRules } from './ignore-rules.js';

export const DRAFT_EXTENSION = '.commons';
const SKIPPED_FOLDERS = new Set(['node_modules']);

/**
 * The draft files named by the user's arguments, sorted so reports are stable:
 * - a file is taken as given (naming a file checks it, even if an ignore rule matches it);
 * - a folder is searched for .commons files, skipping hidden folders, node_modules and whatever
 *   .gitignore or the `ignore` list of commons.json leaves out;
 * - a glob ("drafts/**\/*.commons") is expanded from the current folder, with the same rules.
 * Anything named *.commons is returned, even if it cannot be read as a draft (a folder, a broken
 * link, a pipe): the run reports it as that file's fatal finding, so a mis-saved draft is never
 * skipped in silence and never stops the others being checked.
 */
export async function collectDraftFiles(args: readonly string[], ignoreRules: IgnoreRules, cwd = process.cwd()): Promise<string[]> {
    const found = new Set<string>();
    for (const arg of args) {
        const absolute = resolve(cwd, arg);
        const info = statOrUndefined(absolute);
        if (info?.isDirectory() && !absolute.endsWith(DRAFT_EXTENSION)) {
            draftsInNamedFolder(absolute, arg, ignoreRules, cwd).forEach((file) => found.add(file));
        } else if (info) {
            found.add(absolute);
        } else if (isDynamicPattern(arg)) {
            const matches = await expandGlob(arg, ignoreRules, cwd);
            if (matches.length === 0) throw new InputError(`No drafts match "${arg}". Check the pattern: it is read from ${cwd}, and only .commons files count.`);
            matches.forEach((file) => found.add(file));
        } else if (isBrokenLink(absolute)) {
            throw new InputError(`Cannot read ${arg}: it is a link to a file that does not exist. Remove the link, or point it at the draft.`);
        } else {
            throw new InputError(`Cannot find ${arg}. Check the path, or run the command from the folder that holds your drafts.`);
        }
    }
    return [...found].sort();
}

type IgnoreTest = Pick<IgnoreRules, 'isIgnored'>;
const NOTHING_IGNORED: IgnoreTest = { isIgnored: () => false };

/**
 * The drafts in a folder named on the command line. A folder with none to check is a mistake
 * worth stopping for, as ESLint does: in CI a wrong path or a too-wide ignore rule would
 * otherwise pass every build while checking nothing.
 */
function draftsInNamedFolder(folder: string, arg: string, ignoreRules: IgnoreTest, cwd: string): string[] {
    const drafts = draftsIn(folder, ignoreRules, cwd);
    if (drafts.length > 0) return drafts;
    const ignored = draftsIn(folder, NOTHING_IGNORED, cwd).length;
    if (ignored > 0) {
        throw new InputError(`Every draft in ${arg} (${ignored} ${ignored === 1 ? 'file' : 'files'}) is left out by .gitignore or the "ignore" list in commons.json, `
            + 'so nothing was checked. Name a draft to check it anyway, or change the ignore rules.');
    }
    throw new InputError(`There are no drafts (.commons files) in ${arg}. Check the path, or run "commons init" there to start one.`);
}

function draftsIn(folder: string, ignoreRules: IgnoreTest, cwd: string): string[] {
    let entries: Dirent[];
    try {
        entries = readdirSync(folder, { withFileTypes: true });
    } catch (error) {
        throw new InputError(`Cannot read the folder ${shown(folder, cwd)}: ${(error as NodeJS.ErrnoException).code === 'EACCES' ? 'permission denied' : (error as Error).message}.`);
    }
    const files: string[] = [];
    for (const entry of entries) {
        if (entry.name.startsWith('.') || SKIPPED_FOLDERS.has(entry.name)) continue;
        const path = join(folder, entry.name);
        const isDraftName = entry.name.endsWith(DRAFT_EXTENSION);
        if (entry.isDirectory() && !isDraftName) {
            if (!ignoreRules.isIgnored(path, true)) files.push(...draftsIn(path, ignoreRules, cwd));
        } else if (isDraftName && !ignoreRules.isIgnored(path)) {
            // Links are followed to files only: a linked folder could lead round in a circle. Whether
            // the file can be read (a pipe, a broken link, a link out of the workspace) is decided
            // when the run reads it (engine/workload.ts): that file's own fatal finding, not a stopped run.
            files.push(path);
        }
    }
    return files;
}

async function expandGlob(pattern: string, ignoreRules: IgnoreRules, cwd: string): Promise<string[]> {
    const matches = await glob(pattern, { cwd, absolute: true, onlyFiles: false, dot: false, ignore: ['**/node_modules/**'], expandDirectories: false });
    return matches
        .map((match) => resolve(match))
        .filter((match) => match.endsWith(DRAFT_EXTENSION) && !ignoreRules.isIgnored(match));
}

function statOrUndefined(path: string): Stats | undefined {
    try {
        return statSync(path);
    } catch {
        return undefined;
    }
}

/** A link whose target is missing: lstat sees the link, stat cannot follow it. */
function isBrokenLink(path: string): boolean {
    return lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink() === true && statOrUndefined(path) === undefined;
}

export function shown(path: string, cwd = process.cwd()): string {
    const rel = relative(cwd, path);
    return rel === '' ? path : rel.startsWith('..') ? path : rel;
}
