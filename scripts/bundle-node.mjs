// Bundles entry points of a package's compiled code (out/) into its dist/, for the commands a
// package ships: `commons` (packages/cli/build.mjs) and `commons-language-server`
// (packages/language-server/build.mjs). Node 20 loads several hundred small ES modules (langium,
// chevrotain, the language core) far more slowly than a few large files: `commons check` on a
// one-line draft went from 0.9 s to 0.55 s, and the language server answers `initialize` in
// 0.57 s instead of 0.93 s and has findings for a 1,000-draft workspace about 0.6 s sooner.
//
// The input is tsc's output, not the TypeScript, so a bundle holds exactly the code tsc checked,
// and the source maps lead back through out/ to the TypeScript. Run `npx tsc -b` first
// (`npm run build` and `npm test` do). With ifStale, nothing is done when the bundle is newer than
// everything in it, so scripts/ensure-built.mjs and the test set-up can call this every time.
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(import.meta.dirname, '..');

/**
 * Bundles `entryPoints` (bundle name, e.g. 'main', to a path under out/) of the package in
 * `packageDir` into `packageDir/dist/<name>.js`. `buildScript` is the caller's import.meta.url:
 * a change to it, as to this file, makes the bundle stale. Exits the process with 2 when tsc has
 * not compiled an entry point yet.
 *
 * @param {{ packageDir: string, entryPoints: Record<string, string>, buildScript: string, ifStale?: boolean }} options
 */
export async function bundleNode({ packageDir, entryPoints, buildScript, ifStale = false }) {
    const out = join(packageDir, 'out');
    const dist = join(packageDir, 'dist');
    const metaFile = join(dist, 'meta.json');
    const scripts = [fileURLToPath(import.meta.url), fileURLToPath(buildScript)];

    const entries = Object.fromEntries(Object.entries(entryPoints).map(([name, path]) => [name, join(out, path)]));
    if (!Object.values(entries).every((path) => existsSync(path))) {
        console.error(`${relative(root, fileURLToPath(buildScript))} bundles the compiled package: run \`npx tsc -b\` first.`);
        process.exit(2);
    }
    if (ifStale && isCurrent(packageDir, metaFile, scripts)) return;

    rmSync(dist, { recursive: true, force: true });
    const result = await build({
        absWorkingDir: packageDir,
        entryPoints: entries,
        outdir: dist,
        // Every file lands directly in dist/, one folder below the package as out/ is, so the paths
        // the code finds from import.meta.url hold in both. The CLI's: the pool's './worker.js'
        // (engine/pool.ts), '../package.json' (version.ts) and the repository's docs/rules/
        // (rule-docs.ts). The language server's: docs/rules/, looked for in the folders above
        // (main.ts).
        entryNames: '[name]',
        chunkNames: '[name]-[hash]',
        // Keeps each lazy import() lazy: the CLI's help, --version and usage mistakes still answer
        // without loading the language, and its worker shares the language chunk rather than a
        // copy of it. One file instead measured no faster for `check`, and slower for help.
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
}

/** Whether dist/ holds a complete bundle newer than every file it was made from. */
function isCurrent(packageDir, metaFile, scripts) {
    if (!existsSync(metaFile)) return false;
    const builtAt = statSync(metaFile).mtimeMs;
    const { inputs, outputs } = JSON.parse(readFileSync(metaFile, 'utf8'));
    if (!Object.keys(outputs).every((path) => existsSync(resolve(packageDir, path)))) return false;
    // npm gives installed files a fixed date, so a changed dependency shows only in npm's own record.
    const sources = [...Object.keys(inputs).map((path) => resolve(packageDir, path)), ...scripts,
        join(root, 'node_modules', '.package-lock.json')];
    return sources.every((path) => existsSync(path) && statSync(path).mtimeMs <= builtAt);
}
