import { NodeFileSystemProvider } from 'langium/node';
import type { URI } from 'langium';
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { InputError } from './input-error.js';

/**
 * Reads drafts as strict UTF-8 and refuses binary files, so a mis-saved or wrong file is
 * reported by name instead of being parsed as garbage.
 */
export class StrictNodeFileSystemProvider extends NodeFileSystemProvider {
    override async readFile(uri: URI): Promise<string> {
        return decodeDraft(await readBytes(uri), uri.fsPath);
    }

    override readFileSync(uri: URI): string {
        try {
            return decodeDraft(readFileSync(uri.fsPath), uri.fsPath);
        } catch (error) {
            throw asInputError(error, uri.fsPath);
        }
    }
}

async function readBytes(uri: URI): Promise<Uint8Array> {
    try {
        return await readFile(uri.fsPath);
    } catch (error) {
        throw asInputError(error, uri.fsPath);
    }
}

export function decodeDraft(bytes: Uint8Array, path: string): string {
    if (bytes.includes(0)) {
        throw new InputError(`${path} looks like a binary file, not a Commons draft. Check the file name, or leave it out of the paths you check.`);
    }
    try {
        return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
        throw new InputError(`${path} is not saved as UTF-8 text. Save it again as UTF-8 (most editors offer this under "Save with encoding").`);
    }
}

function asInputError(error: unknown, path: string): Error {
    if (error instanceof InputError) return error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return new InputError(`Cannot find ${path}. Check the path.`);
    if (code === 'EACCES' || code === 'EPERM') return new InputError(`Cannot read ${path}: permission denied. Check the file's permissions.`);
    if (code === 'EISDIR') return new InputError(`${path} is a folder, not a draft.`);
    return new InputError(`Cannot read ${path}: ${(error as Error).message}`);
}
