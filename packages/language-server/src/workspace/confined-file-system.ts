import { closeSync, constants, fstatSync, openSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { URI } from 'langium';
import { NodeFileSystemProvider } from 'langium/node';

/** The same codes as the command line's refusals, so a finding means the same in both. */
export const OUTSIDE_WORKSPACE = 'commons/outside-workspace';
export const UNREADABLE_FILE = 'commons/unreadable-file';

/** Why a file on disk is not read. The message never quotes the file. */
export interface ConfinementRefusal {
    code: typeof OUTSIDE_WORKSPACE | typeof UNREADABLE_FILE;
    message: string;
}

/**
 * The only way the server reads files from disk (drafts, imports, the drafts of a background
 * check). Langium's Node provider reads any path it is given, so a draft's
 * `import "../../../secret.commons"`, or a link in the workspace to a file outside it, was read,
 * and an import of a named pipe blocked the server for good. Here symbolic links are resolved
 * with realpath and the real file must lie inside one of the editor's workspace folders; only
 * regular files are opened, non-blocking, and checked with fstat before a byte is read, so a
 * pipe, device or socket is refused without waiting on it. Outside every folder nothing exists,
 * as far as Langium can tell. Drafts the editor has open are not read from disk at all (the
 * editor sends their text), so they are checked wherever they are.
 */
export class ConfinedFileSystemProvider extends NodeFileSystemProvider {
    private roots: string[] = [];

    /** The workspace folders, from `initialize`: folder URIs (file: only). */
    useFolders(uris: readonly string[]): void {
        this.roots = [];
        for (const uri of uris) {
            const parsed = URI.parse(uri);
            if (parsed.scheme !== 'file') continue;
            try {
                this.roots.push(realpathSync(parsed.fsPath));
            } catch {
                // A folder that does not exist holds nothing to read.
            }
        }
    }

    /** The workspace folders' real paths. */
    get folders(): readonly string[] {
        return this.roots;
    }

    /** Whether a real path lies inside a workspace folder. */
    contains(realPath: string): boolean {
        return this.roots.some((root) => realPath === root || realPath.startsWith(root.endsWith(sep) ? root : root + sep));
    }

    /**
     * Why the file at `uri` must not be read, or undefined when it may be (or is simply not
     * there). Does not open the file.
     */
    refusal(uri: URI): ConfinementRefusal | undefined {
        if (uri.scheme !== 'file') return undefined;
        let real: string;
        try {
            real = realpathSync(uri.fsPath);
        } catch {
            // Not there (or a broken link): the path itself must still be inside.
            return this.contains(resolve(uri.fsPath)) ? undefined : outside();
        }
        return this.contains(real) ? undefined : outside();
    }

    override existsSync(uri: URI): boolean {
        return this.importRefusal(uri) === undefined && super.existsSync(uri);
    }

    override async exists(uri: URI): Promise<boolean> {
        return this.existsSync(uri);
    }

    override readBinarySync(uri: URI): Uint8Array {
        return this.readConfined(uri);
    }

    override async readBinary(uri: URI): Promise<Uint8Array> {
        return this.readConfined(uri);
    }

    override readFileSync(uri: URI): string {
        return new TextDecoder().decode(this.readConfined(uri));
    }

    override async readFile(uri: URI): Promise<string> {
        return this.readFileSync(uri);
    }

    private readConfined(uri: URI): Uint8Array {
        const refused = this.refusal(uri);
        if (refused) throw new Error(refused.message);
        // The real path, checked above; non-blocking, so opening a named pipe returns at once instead of waiting for a writer.
        const descriptor = openSync(realpathSync(uri.fsPath), constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
        try {
            if (!fstatSync(descriptor).isFile()) throw new Error(notRegular().message);
            return readFileSync(descriptor);
        } finally {
            closeSync(descriptor);
        }
    }

    /**
     * Why an import must not be read: outside the workspace, or not a regular file (a pipe, a
     * device, a socket). Checked with stat, never by opening the file.
     */
    importRefusal(uri: URI): ConfinementRefusal | undefined {
        const refused = this.refusal(uri);
        if (refused) return refused;
        let info;
        try {
            info = statSync(uri.fsPath, { throwIfNoEntry: false });
        } catch {
            return undefined;
        }
        return info && !info.isFile() && !info.isDirectory() ? notRegular() : undefined;
    }
}

function outside(): ConfinementRefusal {
    return {
        code: OUTSIDE_WORKSPACE,
        message: 'This import points outside the workspace folder, so Commons does not read it. '
            + 'Move the file it names into the workspace folder, or open a folder that holds both drafts.'
    };
}

function notRegular(): ConfinementRefusal {
    return {
        code: UNREADABLE_FILE,
        message: 'This import names a pipe, a device or a socket, not a saved draft, so Commons does not open it. '
            + 'Import an ordinary .commons file.'
    };
}
