import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * The CLI tests run bin/commons.js, which runs the esbuild bundle rather than tsc's out/: remake
 * the bundle when it is older than what tsc compiled, so `npx tsc -b && npx vitest run` never
 * tests yesterday's command. A no-op when the bundle is current.
 */
export default function setup(): void {
    execFileSync(process.execPath, [join(import.meta.dirname, '..', '..', 'packages', 'cli', 'build.mjs'), '--if-stale'], { stdio: 'inherit' });
}
