import { closeSync, constants, fstatSync, lstatSync, openSync, readFileSync, realpathSync } from 'node:fs';
import { basename, relative, resolve, sep } from 'node:path';
import { InputError } from '../input-error.js';
import { DRAFT_EXTENSION } from './draft-files.js';

/** Why a file was not read. Its message names the file and says what to do; it never quotes the file. */
export interface Refusal {
    ruleId: typeof OUTSIDE_WORKSPACE | typeof UNREADABLE_FILE;
    message: string;
    /** 0-based line of the problem, where it is known (the first NUL byte, the first bad byte). */
    line?: number;
}

export const OUTSIDE_WORKSPACE = 'commons/outside-workspace';
export const UNREADABLE_FILE = 'commons/unreadable-file';

/**
 * The workspace root (the current folder, or --root) and the only way the CLI reads drafts,
 * imports and commons.json: symbolic links are resolved with realpath and the real file must lie
 * inside the root; only regular files are opened, and a pipe, device or socket is refused without
 * blocking on it (the file is opened non-blocking and checked with fstat before it is read). A
 * shared draft is untrusted input: a `.commons` link to a token file must not be read, let alone
 * have its first word quoted in a syntax error.
 */
export class Workspace {
    /** The root's real path. */
    readonly root: string;

    constructor(root: string, private readonly cwd = process.cwd()) {
        try {
            this.root = realpathSync(resolve(cwd, root));
        } catch {
            throw new InputError(`Cannot find the workspace folder ${root}. Check the path given to --root.`);
        }
        if (!lstatSync(this.root).isDirectory()) throw new InputError(`${root} is not a folder. Give --root the folder that holds your drafts.`);
    }

    /** Whether a real path lies inside the root. */
    contains(realPath: string): boolean {
        return realPath === this.root || realPath.startsWith(this.root.endsWith(sep) ? this.root : this.root + sep);
    }

    /** A path as the messages show it: relative to the current folder when inside it. */
    shown(path: string): string {
        const rel = relative(this.cwd, path);
        return rel === '' || rel.startsWith('..') ? path : rel;
    }

    /**
     * The bytes of a draft (or, with `kind: 'configuration'`, a commons.json), or why it was not
     * read. `undefined` bytes with no refusal: nothing is there.
     */
    read(path: string, kind: 'draft' | 'configuration' = 'draft'): { bytes: Uint8Array } | { refusal: Refusal } | { missing: true } {
        const name = this.shown(path);
        let real: string;
        try {
            real = realpathSync(path);
        } catch (error) {
            if (lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink()) {
                return refuse(UNREADABLE_FILE, `${name} is a link to a file that does not exist. Remove the link, or point it at the draft.`);
            }
            if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { missing: true };
            return refuse(UNREADABLE_FILE, `Cannot read ${name}: ${reason(error)}.`);
        }
        if (!this.contains(real)) {
            return refuse(OUTSIDE_WORKSPACE, `${name} is outside the workspace folder ${this.root}${real !== resolve(path) ? ' (it is a link that leads out of it)' : ''}, `
                + 'so Commons did not read it. Commons reads drafts, imports and settings only inside the workspace: move the file into it, '
                + 'or run Commons from a folder that holds both (or name that folder with --root).');
        }
        if (kind === 'draft' && !real.endsWith(DRAFT_EXTENSION)) {
            return refuse(UNREADABLE_FILE, `${name} is a link to ${basename(real)}, which is not a ${DRAFT_EXTENSION} draft, so Commons did not read it. `
                + 'Link only to drafts, or remove the link.');
        }
        let descriptor: number;
        try {
            // Non-blocking, so opening a named pipe returns at once instead of waiting for a writer.
            descriptor = openSync(real, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
        } catch (error) {
            return refuse(UNREADABLE_FILE, `Cannot read ${name}: ${reason(error)}. Check the file's permissions.`);
        }
        try {
            const info = fstatSync(descriptor);
            if (info.isDirectory()) return refuse(UNREADABLE_FILE, `${name} is a folder, not a ${kind === 'draft' ? 'draft' : 'file'}. Rename it, or leave it out with the "ignore" list in commons.json.`);
            if (!info.isFile()) {
                return refuse(UNREADABLE_FILE, `${name} is not a regular file (it is a pipe, a device or a socket), so Commons did not open it. `
                    + `Save the ${kind === 'draft' ? 'draft' : 'settings'} as an ordinary file.`);
            }
            return { bytes: readFileSync(descriptor) };
        } catch (error) {
            return refuse(UNREADABLE_FILE, `Cannot read ${name}: ${reason(error)}.`);
        } finally {
            closeSync(descriptor);
        }
    }

    /** The text of a draft as strict UTF-8, or why it cannot be used. */
    readDraft(path: string): { text: string } | { refusal: Refusal } | { missing: true } {
        const read = this.read(path);
        if (!('bytes' in read)) return read;
        const problem = undecodable(read.bytes, this.shown(path));
        return problem ? { refusal: { ruleId: UNREADABLE_FILE, ...problem } } : { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(read.bytes) };
    }
}

function refuse(ruleId: Refusal['ruleId'], message: string): { refusal: Refusal } {
    return { refusal: { ruleId, message } };
}

function reason(error: unknown): string {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
    if (code === 'ELOOP') return 'it is a link that leads round in a circle';
    if (code === 'EISDIR') return 'it is a folder';
    return (error as Error).message;
}

/**
 * Why bytes are not a draft's text: a NUL byte (a binary file) or bytes that are not UTF-8, with
 * the line where it starts. Undefined for good text.
 */
export function undecodable(bytes: Uint8Array, name: string): { message: string; line: number } | undefined {
    const nul = bytes.indexOf(0);
    if (nul >= 0) {
        return { message: `${name} looks like a binary file, not a Commons draft (it holds a NUL byte). Check the file name, or leave it out of the paths you check.`, line: lineAt(bytes, nul) };
    }
    try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        return undefined;
    } catch {
        const lossy = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
        const at = lossy.indexOf('\uFFFD');
        const line = at < 0 ? 0 : (lossy.slice(0, at).match(/\n/g)?.length ?? 0);
        return { message: `${name} is not saved as UTF-8 text. Save it again as UTF-8 (most editors offer this under "Save with encoding").`, line };
    }
}

function lineAt(bytes: Uint8Array, index: number): number {
    let line = 0;
    for (let at = 0; at < index; at++) if (bytes[at] === 0x0a) line++;
    return line;
}
