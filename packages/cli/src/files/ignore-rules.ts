import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import type { ConfigFiles } from '../config-files.js';
import type { Workspace } from './workspace.js';

/**
 * Which files a folder search leaves out: those matched by a .gitignore (in the file's folder or
 * any folder above it, up to the root of its git repository) and those matched by the `ignore`
 * list of the commons.json that governs the file. Patterns use .gitignore syntax and are relative
 * to the file that holds them. With a workspace, a .gitignore outside it is not read (configuration
 * is read only inside the workspace), and one that is not a regular file is never opened.
 */
export class IgnoreRules {
    private readonly gitignores = new Map<string, Ignore | undefined>();
    private readonly gitRoots = new Map<string, string | undefined>();
    private readonly configIgnores = new Map<string, Ignore>();

    constructor(private readonly configs: ConfigFiles, private readonly workspace?: Workspace) {}

    /** True when the file (or folder, with `isFolder`) is to be left out. */
    isIgnored(path: string, isFolder = false): boolean {
        return this.ignoredByGit(path, isFolder) || this.ignoredByConfig(path, isFolder);
    }

    private ignoredByGit(path: string, isFolder: boolean): boolean {
        const top = this.gitRoot(dirname(path)) ?? rootOf(path);
        let ignored = false;
        for (const folder of foldersBetween(top, dirname(path))) {
            const rules = this.gitignoreIn(folder);
            if (!rules) continue;
            const verdict = rules.test(relativePath(folder, path, isFolder));
            if (verdict.ignored) ignored = true;
            else if (verdict.unignored) ignored = false;
        }
        return ignored;
    }

    private ignoredByConfig(path: string, isFolder: boolean): boolean {
        const source = this.configs.ignoreListFor(path);
        if (!source || source.patterns.length === 0) return false;
        const base = dirname(source.configPath);
        const rel = relative(base, path);
        if (rel === '' || rel.startsWith('..')) return false;
        let rules = this.configIgnores.get(source.configPath);
        if (!rules) this.configIgnores.set(source.configPath, rules = ignore().add([...source.patterns]));
        return rules.ignores(relativePath(base, path, isFolder));
    }

    private gitignoreIn(folder: string): Ignore | undefined {
        if (this.gitignores.has(folder)) return this.gitignores.get(folder);
        const file = join(folder, '.gitignore');
        let rules: Ignore | undefined;
        if (existsSync(file) && this.mayRead(file)) {
            try {
                rules = ignore().add(readFileSync(file, 'utf8'));
            } catch {
                rules = undefined; // an unreadable .gitignore hides nothing, as in git
            }
        }
        this.gitignores.set(folder, rules);
        return rules;
    }

    /** A .gitignore is read only when it is a regular file inside the workspace: a pipe would hang the run. */
    private mayRead(file: string): boolean {
        try {
            return statSync(file).isFile() && (!this.workspace || this.workspace.contains(realpathSync(file)));
        } catch {
            return false;
        }
    }

    /** The nearest folder at or above `folder` that holds .git. */
    private gitRoot(folder: string): string | undefined {
        if (this.gitRoots.has(folder)) return this.gitRoots.get(folder);
        const parent = dirname(folder);
        const root = existsSync(join(folder, '.git')) ? folder : parent === folder ? undefined : this.gitRoot(parent);
        this.gitRoots.set(folder, root);
        return root;
    }
}

function rootOf(path: string): string {
    let current = path;
    while (dirname(current) !== current) current = dirname(current);
    return current;
}

/** `top`, then each folder down to `bottom` (which lies inside `top`). */
function foldersBetween(top: string, bottom: string): string[] {
    const folders: string[] = [];
    for (let current = bottom; ; current = dirname(current)) {
        folders.unshift(current);
        if (current === top || dirname(current) === current) break;
    }
    return folders;
}

function relativePath(base: string, path: string, isFolder: boolean): string {
    const rel = relative(base, path).split(sep).join('/');
    return isFolder ? `${rel}/` : rel;
}
