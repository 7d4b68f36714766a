// Makes the tarballs Commons would publish: `commons-policy-lint` (the `commons` command) and
// `commons-policy-language-server` (the language server for any editor). Each is self-contained:
// its dist/ is the esbuild bundle of the command or server with every dependency inside
// (scripts/bundle-node.mjs), so it declares no dependencies, installs from its tarball with no
// network, and can never pull in a second copy of a library. The workspace packages
// (`@commons/language`, `@commons/cli`, `@commons/language-server`) stay private: they are how the
// repository is built, and `@commons` is a scope this project does not own on the registry.
//
// A package is staged in a folder of its own (the bins, the bundle, docs/rules for the links in
// findings, a README, the licences of everything bundled, and a package.json written here), then
// `npm pack` makes the tarball from that folder.
//
//   node scripts/pack.mjs [--out <folder>]    (default: .pack/ at the top of the repository)
//
// Prints one line per tarball. Run `npm run build` first; the bundles are remade here if stale.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = join(import.meta.dirname, '..');

/**
 * Node 22 or later: chevrotain 13, which Langium 4.4 parses with, declares Node 22.0.0 as its
 * floor, and Node 20 reached end of life in April 2026. Both tarballs are tested on Node 22 and 24
 * (test/install/).
 */
export const NODE_ENGINES = '>=22';

/** What is published, from which workspace package. */
export const PUBLISHED = [
    {
        name: 'commons-policy-lint',
        workspace: 'packages/cli',
        description: 'The commons command: check Commons policy and legislation drafts from a terminal or CI, with SARIF, JUnit, GitHub and Markdown reports.',
        // `commons` is the command users type; the second name lets `npx commons-policy-lint` pick it.
        bin: { commons: 'bin/commons.js', 'commons-policy-lint': 'bin/commons.js' }
    },
    {
        name: 'commons-policy-language-server',
        workspace: 'packages/language-server',
        description: 'The Commons language server (LSP over stdio): findings, hovers, completion, rename and formatting for Commons drafts in any editor.',
        bin: { 'commons-language-server': 'bin/commons-language-server.js', 'commons-policy-language-server': 'bin/commons-language-server.js' }
    }
];

const KEYWORDS = ['commons', 'legislation', 'policy', 'drafting', 'linter', 'community power'];

/**
 * The registry packages bundled into a workspace package's dist/, from esbuild's record of what
 * went in (dist/meta.json): name, version, licence and the folder it was read from.
 *
 * @param {string} workspace e.g. 'packages/cli'
 * @returns {{ name: string, version: string, license: string, folder: string }[]}
 */
export function bundledPackages(workspace) {
    const packageDir = join(root, workspace);
    const metaFile = join(packageDir, 'dist', 'meta.json');
    if (!existsSync(metaFile)) throw new Error(`${workspace} is not bundled yet: run \`npm run build\` first.`);
    const { inputs } = JSON.parse(readFileSync(metaFile, 'utf8'));
    const folders = new Map();
    for (const input of Object.keys(inputs)) {
        const at = input.lastIndexOf('node_modules/');
        if (at < 0) continue;
        const parts = input.slice(at + 'node_modules/'.length).split('/');
        const name = parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
        folders.set(resolve(packageDir, input.slice(0, at + 'node_modules/'.length) + name), name);
    }
    return [...folders].map(([folder, name]) => {
        const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
        return { name, version: manifest.version, license: manifest.license ?? 'not stated', folder };
    }).sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
}

/** THIRD-PARTY-NOTICES.md: each bundled package's name, version, licence and licence text. */
function thirdPartyNotices(packageName, bundled) {
    const sections = bundled.map(({ name, version, license, folder }) => {
        const file = readdirSync(folder).find((entry) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(entry));
        const text = file ? readFileSync(join(folder, file), 'utf8').trim() : `(${name} ships no licence file; its package.json states the licence as ${license}.)`;
        return `## ${name} ${version} (${license})\n\n\`\`\`\n${text}\n\`\`\``;
    });
    return `# Third-party notices\n\n${packageName} bundles the following packages into dist/. Their licences follow.\n\n${sections.join('\n\n')}\n`;
}

/**
 * Stages and packs every published package into `out`. Returns, for each, its name, version,
 * tarball path, and the tarball's and the unpacked size in bytes.
 *
 * @param {{ out?: string }} [options]
 */
export function packAll({ out = join(root, '.pack') } = {}) {
    mkdirSync(out, { recursive: true });
    return PUBLISHED.map((pkg) => pack(pkg, out));
}

function pack({ name, workspace, description, bin }, out) {
    const packageDir = join(root, workspace);
    execFileSync(process.execPath, [join(packageDir, 'build.mjs'), '--if-stale'], { stdio: 'inherit' });
    const workspaceManifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
    const stage = join(out, 'stage', name);
    rmSync(stage, { recursive: true, force: true });
    mkdirSync(stage, { recursive: true });

    for (const file of new Set(Object.values(bin))) cpSync(join(packageDir, file), join(stage, file));
    // meta.json is the bundler's record for --if-stale, of no use to an installed copy.
    cpSync(join(packageDir, 'dist'), join(stage, 'dist'), { recursive: true, filter: (source) => !source.endsWith('meta.json') });
    // One folder above dist/, where the command and the server look for the rule pages that
    // findings link to.
    cpSync(join(root, 'docs', 'rules'), join(stage, 'docs', 'rules'), { recursive: true });
    cpSync(join(packageDir, 'README.md'), join(stage, 'README.md'));
    writeFileSync(join(stage, 'THIRD-PARTY-NOTICES.md'), thirdPartyNotices(name, bundledPackages(workspace)));
    const manifest = {
        name,
        version: workspaceManifest.version,
        description,
        keywords: KEYWORDS,
        type: 'module',
        bin,
        engines: { node: NODE_ENGINES }
    };
    writeFileSync(join(stage, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);

    const [result] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', out], {
        cwd: stage,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
        // The staging folder is a package of its own, not a workspace of this repository.
        env: { ...process.env, npm_config_workspaces: 'false', npm_config_ignore_scripts: 'true' }
    }));
    return { name, version: manifest.version, tarball: join(out, result.filename), size: result.size, unpackedSize: result.unpackedSize };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
    const outAt = process.argv.indexOf('--out');
    const out = outAt > 0 ? resolve(process.argv[outAt + 1]) : undefined;
    for (const { name, version, tarball, size, unpackedSize } of packAll({ out })) {
        console.log(`${name}@${version}: ${tarball} (${(size / 1e6).toFixed(1)} MB, ${(unpackedSize / 1e6).toFixed(1)} MB unpacked)`);
    }
}
