// Builds the extension: compiles the language packages, type-checks the extension, bundles the
// client (dist/extension.cjs) and the language server (dist/server.mjs) with esbuild so the
// .vsix needs nothing from this repository, and copies in the TextMate grammar, the rule
// documentation, the snippets and the commons.json schema.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { build } from 'esbuild';

const here = import.meta.dirname;
const root = join(here, '..', '..');
const require = createRequire(import.meta.url);
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');

execFileSync(process.execPath, [tsc, '-b', join(root, 'packages', 'language-server')], { stdio: 'inherit' });
execFileSync(process.execPath, [tsc, '-p', join(here, 'tsconfig.json')], { stdio: 'inherit' });

rmSync(join(here, 'dist'), { recursive: true, force: true });
// node20: VS Code 1.91 (engines.vscode) runs extensions on Node 20. No keepNames: nothing reads a
// function's or class's name at run time, and the __name() call it wraps around every function
// made the server's parsing markedly slower (1.4 s against 0.8 s in a profile).
const common = { bundle: true, platform: 'node', target: 'node20', logLevel: 'warning', legalComments: 'none', sourcemap: false, minify: true };
await build({
    ...common,
    entryPoints: [join(here, 'src', 'extension.ts')],
    format: 'cjs',
    outfile: join(here, 'dist', 'extension.cjs'),
    external: ['vscode']
});
await build({
    ...common,
    entryPoints: [join(here, 'src', 'server.ts')],
    format: 'esm',
    outfile: join(here, 'dist', 'server.mjs'),
    // jsonc-parser's CommonJS build loads its parts with require() calls a bundler cannot follow; its ES module build bundles cleanly.
    mainFields: ['module', 'main'],
    // Bundled CommonJS dependencies call require() for Node's own modules.
    banner: { js: "import { createRequire as __commonsCreateRequire } from 'node:module'; const require = __commonsCreateRequire(import.meta.url);" }
});

// Huge drafts are checked in a worker thread (BackgroundChecks), which loads this beside server.mjs.
await build({
    ...common,
    entryPoints: [join(root, 'packages', 'language-server', 'src', 'diagnostics', 'background-worker.ts')],
    format: 'esm',
    outfile: join(here, 'dist', 'background-worker.mjs'),
    mainFields: ['module', 'main'],
    banner: { js: "import { createRequire as __commonsCreateRequire } from 'node:module'; const require = __commonsCreateRequire(import.meta.url);" }
});

// The grammar is generated from the Langium grammar; it is copied, never edited here.
mkdirSync(join(here, 'syntaxes'), { recursive: true });
cpSync(join(root, 'syntaxes', 'commons.tmLanguage.json'), join(here, 'syntaxes', 'commons.tmLanguage.json'));
rmSync(join(here, 'docs'), { recursive: true, force: true });
cpSync(join(root, 'docs', 'rules'), join(here, 'docs', 'rules'), { recursive: true });

const { snippetsFile } = await import('./snippets.mjs');
mkdirSync(join(here, 'snippets'), { recursive: true });
writeFileSync(join(here, 'snippets', 'commons.json'), `${JSON.stringify(snippetsFile(), null, 2)}\n`);

const { ALL_RULES, commonsConfigSchema } = await import(require.resolve('@commons/language'));
mkdirSync(join(here, 'schemas'), { recursive: true });
writeFileSync(join(here, 'schemas', 'commons.schema.json'), `${JSON.stringify(commonsConfigSchema(ALL_RULES), null, 2)}\n`);
