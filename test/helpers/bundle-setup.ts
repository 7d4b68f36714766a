import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * The CLI and language-server tests run the bins, which run the esbuild bundles rather than tsc's
 * out/: remake each bundle when it is older than what tsc compiled, so `npx tsc -b && npx vitest
 * run` never tests yesterday's code. A no-op when the bundles are current.
 */
export default function setup(): void {
    const packages = join(import.meta.dirname, '..', '..', 'packages');
    for (const build of [join(packages, 'cli', 'build.mjs'), join(packages, 'language-server', 'build.mjs')]) {
        execFileSync(process.execPath, [build, '--if-stale'], { stdio: 'inherit' });
    }
}
