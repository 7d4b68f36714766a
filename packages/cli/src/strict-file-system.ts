import { NodeFileSystemProvider } from 'langium/node';
import type { URI } from 'langium';
import { readFileSync } from 'node:fs';
import type { Workspace } from './files/workspace.js';
import { InputError } from './input-error.js';

/** What the provider may read: never a blocked path; with a workspace, only what it allows. */
export interface FileAccess {
    blocked?: ReadonlySet<string>;
    workspace?: Workspace;
}

/**
 * Reads drafts as strict UTF-8 and refuses binary files, so a mis-saved or wrong file is
 * reported by name instead of being parsed as garbage.
 */
export class StrictNodeFileSystemProvider extends NodeFileSystemProvider {
    /**
     * @param overlay texts that stand in for files on disk, by absolute path: a draft read from
     * standard input, or a draft after fixes were applied in memory.
     */
    constructor(private readonly overlay: ReadonlyMap<string, string> = new Map(), private readonly access: FileAccess = {}) {
        super();
    }

    override async readFile(uri: URI): Promise<string> {
        return this.readFileSync(uri);
    }

    override async exists(uri: URI): Promise<boolean> {
        return this.existsSync(uri);
    }

    override existsSync(uri: URI): boolean {
        if (this.access.blocked?.has(uri.fsPath)) return false;
        return this.overlay.has(uri.fsPath) || super.existsSync(uri);
    }

    override readFileSync(uri: URI): string {
        if (this.access.blocked?.has(uri.fsPath)) throw new InputError(`${uri.fsPath} was not read: it cannot be checked.`);
        const text = this.overlay.get(uri.fsPath);
        if (text !== undefined) return text;
        const { workspace } = this.access;
        if (workspace) {
            const read = workspace.readDraft(uri.fsPath);
            if ('text' in read) return read.text;
            throw new InputError('refusal' in read ? read.refusal.message : `Cannot find ${uri.fsPath}. Check the path.`);
        }
        try {
            return decodeDraft(readFileSync(uri.fsPath), uri.fsPath);
        } catch (error) {
            throw asInputError(error, uri.fsPath);
        }
    }
}

/** The text of a draft: strict UTF-8, or an InputError naming the file. A byte order mark is dropped. */
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

export function asInputError(error: unknown, path: string): Error {
    if (error instanceof InputError) return error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return new InputError(`Cannot find ${path}. Check the path.`);
    if (code === 'EACCES' || code === 'EPERM') return new InputError(`Cannot read ${path}: permission denied. Check the file's permissions.`);
    if (code === 'EISDIR') return new InputError(`${path} is a folder, not a draft.`);
    return new InputError(`Cannot read ${path}: ${(error as Error).message}`);
}
