import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { InputError } from './input-error.js';

const DRAFT_EXTENSION = '.commons';
const SKIPPED_FOLDERS = new Set(['node_modules']);

/**
 * The draft files named by the user's paths: files as given, folders searched recursively for
 * .commons files (skipping hidden folders and node_modules), sorted so reports are stable.
 */
export async function collectDraftFiles(paths: string[]): Promise<string[]> {
    const found = new Set<string>();
    for (const path of paths) {
        const absolute = resolve(path);
        const info = await stat(absolute).catch(() => undefined);
        if (!info) throw new InputError(`Cannot find ${path}. Check the path, or run the command from the folder that holds your drafts.`);
        if (info.isDirectory()) {
            for (const file of await draftsIn(absolute)) found.add(file);
        } else {
            found.add(absolute);
        }
    }
    return [...found].sort();
}

async function draftsIn(folder: string): Promise<string[]> {
    const entries = await readdir(folder, { withFileTypes: true });
    const files: string[] = [];
    for (const entry of entries) {
        if (entry.name.startsWith('.') || SKIPPED_FOLDERS.has(entry.name)) continue;
        const path = join(folder, entry.name);
        if (entry.isDirectory()) files.push(...await draftsIn(path));
        else if (entry.isFile() && entry.name.endsWith(DRAFT_EXTENSION)) files.push(path);
    }
    return files;
}
