import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { repositoryRoot } from '../helpers/cli.js';

/**
 * The Node lines users run (22, maintenance LTS, and 24, active LTS), at the releases the tests use.
 * Official Node builds are published on the npm registry as `node-<platform>-<arch>` packages,
 * so CI needs no download site other than the registry.
 */
export const NODE_RELEASES = ['22.23.5', '24.22.3'] as const;

/** Downloaded builds are kept here between runs (node_modules is never committed). */
const cache = join(repositoryRoot, 'node_modules', '.cache', 'commons-node-builds');

export type NodeBuild = { ok: true; node: string } | { ok: false; reason: string };

/**
 * The `node` binary of an official release, installed from the npm registry into the cache on
 * first use. When it cannot be had (no network, no build for this platform), says why instead.
 */
export function nodeBuild(version: string): NodeBuild {
    const packageName = `node-${process.platform === 'win32' ? 'win' : process.platform}-${process.arch}`;
    const prefix = join(cache, version);
    const node = join(prefix, 'node_modules', packageName, 'bin', 'node');
    if (!existsSync(node)) {
        try {
            execFileSync('npm', ['install', '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--ignore-scripts', '--prefix', prefix, `${packageName}@${version}`],
                { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', timeout: 240_000 });
        } catch (error) {
            // npm's first line is only a code ("npm error code ENOTFOUND"); the next says what happened.
            const lines = String((error as { stderr?: string }).stderr ?? error).split('\n').map((line) => line.replace(/^npm error\s*/, '').trim());
            const detail = lines.find((line) => line && !/^code \S+$/.test(line) && !/log of this run|complete log/i.test(line)) ?? 'no message from npm';
            return { ok: false, reason: `Node ${version} could not be installed from the npm registry (${packageName}@${version}), so the command and the server were not tested on it: ${detail}` };
        }
    }
    if (!existsSync(node)) return { ok: false, reason: `${packageName}@${version} installed, but holds no bin/node for this platform.` };
    const reported = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
    if (reported !== `v${version}`) throw new Error(`${node} reports ${reported}, not v${version}: delete ${prefix} and run the tests again.`);
    return { ok: true, node };
}
