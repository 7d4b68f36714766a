import { spawnSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { structuredPatch } from 'diff';
import { InputError } from '../input-error.js';
import type { FileResult, Problem } from '../results.js';

/** Lines of a file (1-based, in its current text) changed since the ref, or 'all' for a file new since then. */
export type ChangedLines = 'all' | ReadonlySet<number>;

/** How many paths to give one `git diff`, to stay well inside command-line limits. */
const PATHS_PER_CALL = 200;

export interface GitRepository {
    top: string;
    ref: string;
}

/**
 * The git repository around `cwd`, with `ref` checked to name a commit, so a mistyped branch
 * stops the run before any draft is checked.
 */
export function openRepository(ref: string, cwd: string): GitRepository {
    if (ref.startsWith('-') || ref.trim() === '') throw new InputError(`"${ref}" is not a git ref. Give a branch, tag or commit, for example --changed-since origin/main.`);
    const top = git(['rev-parse', '--show-toplevel'], cwd, () =>
        `--changed-since compares with git, but ${cwd} is not inside a git repository. Run it from a clone of your drafts' repository, or leave --changed-since out.`).trim();
    git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], top, () =>
        `"${ref}" is not a commit in this repository. Check the branch or tag name; in CI, fetch enough history first (for GitHub Actions: actions/checkout with fetch-depth: 0).`);
    return { top, ref };
}

/**
 * The lines of each file that differ from the ref, from `git diff --unified=0 REF -- files`
 * (the working tree against the ref, so uncommitted edits count). Files git does not track
 * count as wholly changed. A draft read from standard input is compared with the ref's copy
 * of the file named by --stdin-filename.
 */
export function changedLinesSince({ top, ref }: GitRepository, files: readonly string[], overlay: ReadonlyMap<string, string>): Map<string, ChangedLines> {
    // git prints paths from the repository root with links resolved; map them back to ours.
    const ours = new Map<string, string>();
    for (const file of files) ours.set(realOrSame(file), file);
    const outside = [...ours.keys()].find((file) => relative(top, file).startsWith('..'));
    if (outside) throw new InputError(`${ours.get(outside)} is outside the git repository at ${top}, so --changed-since cannot tell what changed in it.`);

    const changed = new Map<string, ChangedLines>();
    const onDisk = [...ours].filter(([, file]) => !overlay.has(file)).map(([real]) => relative(top, real));
    for (let start = 0; start < onDisk.length; start += PATHS_PER_CALL) {
        const chunk = onDisk.slice(start, start + PATHS_PER_CALL);
        const diff = git(['--literal-pathspecs', '-c', 'core.quotePath=false', 'diff', '--unified=0', '--no-color', '--no-ext-diff', '--no-textconv',
            '--no-renames', '--src-prefix=a/', '--dst-prefix=b/', ref, '--', ...chunk], top);
        for (const [path, lines] of parseUnifiedDiff(diff)) changed.set(ours.get(resolve(top, path)) ?? resolve(top, path), lines);
        const tracked = new Set(git(['--literal-pathspecs', 'ls-files', '-z', '--cached', '--', ...chunk], top).split('\0').filter(Boolean).map((path) => resolve(top, path)));
        for (const real of chunk.map((path) => resolve(top, path))) {
            if (!tracked.has(real)) changed.set(ours.get(real)!, 'all');
        }
    }
    for (const [file, text] of overlay) {
        const path = relative(top, realOrSame(file)).split(sep).join('/');
        const show = spawnSync('git', ['show', `${ref}:${path}`], { cwd: top, encoding: 'utf8', maxBuffer: 1 << 30 });
        if (show.status !== 0) {
            changed.set(file, 'all');
            continue;
        }
        const lines = new Set<number>();
        for (const hunk of structuredPatch(path, path, show.stdout, text, '', '', { context: 0 }).hunks) markHunk(lines, hunk.newStart, hunk.newLines);
        changed.set(file, lines);
    }
    return changed;
}

/** Keeps only the problems in provisions that overlap a changed line. */
export function onlyChangedProvisions(results: readonly FileResult[], changed: ReadonlyMap<string, ChangedLines>): FileResult[] {
    return results.map((result) => {
        const lines = changed.get(result.path);
        const keep = (problem: Problem) => lines === 'all' || (lines !== undefined && overlapsAny(problem, lines));
        return { ...result, problems: result.problems.filter(keep) };
    });
}

function overlapsAny(problem: Problem, lines: ReadonlySet<number>): boolean {
    for (const line of lines) {
        if (line >= problem.provisionLines.start && line <= problem.provisionLines.end) return true;
    }
    return false;
}

/** Changed lines per file (paths as git prints them, relative to the repository root). */
export function parseUnifiedDiff(diff: string): Map<string, ChangedLines> {
    const files = new Map<string, ChangedLines>();
    let current: Set<number> | undefined;
    for (const line of diff.split('\n')) {
        if (line.startsWith('+++ ')) {
            const target = line.slice(4).replace(/\t$/, '');
            if (target === '/dev/null') {
                current = undefined;
                continue;
            }
            const path = unquote(target).replace(/^b\//, '');
            current = new Set();
            files.set(path, current);
        } else if (line.startsWith('@@') && current) {
            const match = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
            if (match) markHunk(current, Number(match[1]), match[2] === undefined ? 1 : Number(match[2]));
        }
    }
    return files;
}

/** A hunk that only removes lines marks the lines on either side of the gap it leaves. */
function markHunk(lines: Set<number>, start: number, count: number): void {
    if (count === 0) {
        lines.add(Math.max(1, start));
        lines.add(start + 1);
        return;
    }
    for (let line = start; line < start + count; line++) lines.add(line);
}

/** Undoes git's C-style quoting of unusual paths ("a\"b", octal escapes for bytes). */
function unquote(path: string): string {
    if (!path.startsWith('"')) return path;
    const bytes: number[] = [];
    const body = path.slice(1, -1);
    const escapes: Record<string, number> = { n: 10, t: 9, r: 13, '"': 34, '\\': 92, a: 7, b: 8, f: 12, v: 11 };
    for (let index = 0; index < body.length; index++) {
        const char = body[index];
        if (char !== '\\') {
            bytes.push(...Buffer.from(char));
        } else if (/[0-7]/.test(body[index + 1] ?? '')) {
            bytes.push(parseInt(body.slice(index + 1, index + 4), 8));
            index += 3;
        } else {
            bytes.push(escapes[body[index + 1]] ?? body.charCodeAt(index + 1));
            index += 1;
        }
    }
    return Buffer.from(bytes).toString('utf8');
}

function realOrSame(path: string): string {
    try {
        return realpathSync(path);
    } catch {
        // A draft from standard input may name a file that does not exist yet: resolve its folder.
        try {
            return join(realpathSync(dirname(path)), basename(path));
        } catch {
            return path;
        }
    }
}

function git(args: string[], cwd: string, explain?: () => string): string {
    const run = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
    if (run.error) {
        throw new InputError((run.error as NodeJS.ErrnoException).code === 'ENOENT'
            ? '--changed-since needs git, and git was not found. Install git, or leave --changed-since out.'
            : `Could not run git: ${run.error.message}`);
    }
    if (run.status !== 0) throw new InputError(explain?.() ?? `git ${args[0] === '-c' ? args[2] : args[0]} failed: ${run.stderr.trim()}`);
    return run.stdout;
}
