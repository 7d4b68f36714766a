// Bundles the commons command and its worker thread into dist/, which bin/commons.js runs.
// Node 20 loads several hundred small ES modules (langium, chevrotain, the language core) far more
// slowly than a few large files: `commons check` on a one-line draft went from 0.9 s to 0.55 s,
// and every worker thread saves the same again.
//
// The input is tsc's output (out/), so the bundle holds exactly the code tsc checked, and the
// source maps lead back to the TypeScript. Run `npx tsc -b` first (`npm run build` and
// `npm test` do). With --if-stale, nothing is done when the bundle is newer than everything in it.
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = import.meta.dirname;
const out = join(here, 'out');
const dist = join(here, 'dist');
const metaFile = join(dist, 'meta.json');

if (!existsSync(join(out, 'main.js')) || !existsSync(join(out, 'engine', 'worker.js'))) {
    console.error('packages/cli/build.mjs bundles the compiled CLI: run `npx tsc -b` first.');
    process.exit(2);
}
if (process.argv.includes('--if-stale') && isCurrent()) process.exit(0);

rmSync(dist, { recursive: true, force: true });
const result = await build({
    absWorkingDir: here,
    entryPoints: { main: join(out, 'main.js'), worker: join(out, 'engine', 'worker.js') },
    outdir: dist,
    // Every file lands directly in dist/, one folder below packages/cli as out/ is, so the paths
    // the code finds from import.meta.url hold in both: the pool's './worker.js'
    // (engine/pool.ts), '../package.json' (version.ts) and the repository's docs/rules/
    // (rule-docs.ts).
    entryNames: '[name]',
    chunkNames: '[name]-[hash]',
    // Keeps each command's lazy import(): help, --version and usage mistakes still answer without
    // loading the language, and the worker shares the language chunk rather than a copy of it.
    // One file instead measured no faster for `check`, and slower for help.
    splitting: true,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Some dependencies publish both builds; their ES module build bundles without require() shims.
    mainFields: ['module', 'main'],
    // Bundled CommonJS dependencies call require() for Node's own modules.
    banner: { js: "import { createRequire as __commonsCreateRequire } from 'node:module'; const require = __commonsCreateRequire(import.meta.url);" },
    // Not minified, so a stack trace from a user's report reads as code; `node --enable-source-maps`
    // maps it back to the TypeScript.
    sourcemap: 'linked',
    legalComments: 'none',
    metafile: true,
    logLevel: 'warning'
});
// Written last, so its time is the time of the whole bundle.
writeFileSync(metaFile, JSON.stringify(result.metafile));

/** Whether dist/ holds a complete bundle newer than every file it was made from. */
function isCurrent() {
    if (!existsSync(metaFile)) return false;
    const builtAt = statSync(metaFile).mtimeMs;
    const { inputs, outputs } = JSON.parse(readFileSync(metaFile, 'utf8'));
    if (!Object.keys(outputs).every((path) => existsSync(resolve(here, path)))) return false;
    // npm gives installed files a fixed date, so a changed dependency shows only in npm's own record.
    const sources = [...Object.keys(inputs).map((path) => resolve(here, path)), fileURLToPath(import.meta.url),
        join(here, '..', '..', 'node_modules', '.package-lock.json')];
    return sources.every((path) => existsSync(path) && statSync(path).mtimeMs <= builtAt);
}
