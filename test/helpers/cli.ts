import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export const repositoryRoot = resolve(import.meta.dirname, '../..');
/** The built `commons` command, as users run it. */
export const commonsBin = join(repositoryRoot, 'packages/cli/bin/commons.js');

export interface CliRun {
    status: number | null;
    stdout: string;
    stderr: string;
}

/** Runs the built `commons` command as a real process (npm test builds it first). */
export function runCommons(args: string[], options: { cwd?: string; input?: string } = {}): CliRun {
    const result = spawnSync(process.execPath, [commonsBin, ...args], {
        cwd: options.cwd ?? repositoryRoot,
        input: options.input,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' }
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A temporary folder holding the given files (paths relative to it); returns its path. */
export function fixtureFolder(files: Record<string, string | Uint8Array>): string {
    const folder = mkdtempSync(join(tmpdir(), 'commons-fixture-'));
    for (const [path, content] of Object.entries(files)) {
        mkdirSync(dirname(join(folder, path)), { recursive: true });
        writeFileSync(join(folder, path), content);
    }
    return folder;
}
