import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import { parse as parseYaml } from 'yaml';
import { repositoryRoot } from '../helpers/cli.js';
import { NODE_RELEASES, nodeBuild } from './node-builds.js';

// The command and the language server as a user gets them: `npm run pack` makes the tarballs,
// npm installs them into an empty folder outside the repository with no network and an empty
// cache (so nothing can come from the registry or from this checkout), and the installed bins
// run there, on this machine's Node and on the Node lines users run (22 and 24).

const DRAFT = `policy "Estate leases" {
  ethos "People who live on the estate decide its future."
  actor council: local-authority "the council"
  section 1 "Leases" {
    (1) "The council shall decide the leases."
  }
}
`;

interface Packed { name: string; version: string; tarball: string }

let work: string;
let project: string;
let packed: Packed[];

const cliPackage = () => join(project, 'node_modules', 'commons-policy-lint');
const serverPackage = () => join(project, 'node_modules', 'commons-policy-language-server');
const expectedVersion = JSON.parse(readFileSync(join(repositoryRoot, 'packages/cli/package.json'), 'utf8')).version as string;

beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'commons-install-'));
    const pack = spawnSync(process.execPath, [join(repositoryRoot, 'scripts/pack.mjs'), '--out', join(work, 'tarballs')], { encoding: 'utf8' });
    expect(pack.stderr + pack.stdout, 'npm run pack').toMatch(/commons-policy-lint@/);
    expect(pack.status).toBe(0);
    packed = [...pack.stdout.matchAll(/^(\S+)@(\S+): (.+\.tgz) \(/gm)].map(([, name, version, tarball]) => ({ name, version, tarball }));

    project = join(work, 'project');
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), '{ "private": true }\n');
    writeFileSync(join(project, 'draft.commons'), DRAFT);
    mkdirSync(join(project, 'drafts'));
    writeFileSync(join(project, 'drafts', 'a.commons'), DRAFT);
    writeFileSync(join(project, 'drafts', 'b.commons'), DRAFT.replace('Estate leases', 'Market leases'));
    const install = spawnSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--prefix', project, '--cache', join(work, 'npm-cache'), ...packed.map((p) => p.tarball)], {
        cwd: project,
        encoding: 'utf8',
        // A registry that cannot answer: an install that needed anything beyond the tarballs fails.
        env: { ...process.env, npm_config_registry: 'http://127.0.0.1:9/', npm_config_engine_strict: 'false' }
    });
    expect(install.stderr, 'npm install of the tarballs').not.toMatch(/npm error/);
    expect(install.status).toBe(0);
}, 180_000);

afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
});

/** Runs an installed bin with the given Node, in the project folder. */
function runBin(node: string, bin: string, args: string[]) {
    return spawnSync(node, [bin, ...args], { cwd: project, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' }, timeout: 60_000 });
}

describe('the tarballs', () => {
    it('are made for both published names, at the workspace version, in a folder outside the repository', () => {
        expect(packed.map((p) => p.name).sort()).toEqual(['commons-policy-language-server', 'commons-policy-lint']);
        for (const p of packed) {
            expect(p.version).toBe(expectedVersion);
            expect(relative(repositoryRoot, project).startsWith('..')).toBe(true);
        }
    });

    it('install on their own: no dependencies, no workspace packages, Node 22 or later', () => {
        expect(readdirSync(join(project, 'node_modules')).filter((entry) => !entry.startsWith('.')).sort()).toEqual(['commons-policy-language-server', 'commons-policy-lint']);
        for (const folder of [cliPackage(), serverPackage()]) {
            const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
            expect(manifest.dependencies ?? {}).toEqual({});
            expect(manifest.private).toBeUndefined();
            expect(manifest.engines).toEqual({ node: '>=22' });
            expect(JSON.stringify(manifest)).not.toContain('@commons/');
        }
        expect(Object.keys(JSON.parse(readFileSync(join(cliPackage(), 'package.json'), 'utf8')).bin).sort()).toEqual(['commons', 'commons-policy-lint']);
    });

    it('carry the licence of every library bundled inside them', () => {
        for (const folder of [cliPackage(), serverPackage()]) {
            const notices = readFileSync(join(folder, 'THIRD-PARTY-NOTICES.md'), 'utf8');
            expect(notices).toMatch(/^## langium \d+\.\d+\.\d+ \(MIT\)$/m);
            expect(notices).toMatch(/^## chevrotain \d+\.\d+\.\d+ \(Apache-2\.0\)$/m);
            expect(notices).toContain('Permission is hereby granted, free of charge');
        }
        expect(readFileSync(join(cliPackage(), 'THIRD-PARTY-NOTICES.md'), 'utf8')).toMatch(/^## commander /m);
        expect(readFileSync(join(serverPackage(), 'THIRD-PARTY-NOTICES.md'), 'utf8')).toMatch(/^## vscode-languageserver /m);
    });
});

describe('the installed commons command', () => {
    it('lints a draft in the empty folder and reports each finding with its file, line and rule', () => {
        const run = spawnSync(join(project, 'node_modules', '.bin', 'commons'), ['lint', 'draft.commons'], { cwd: project, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
        expect(run.stderr).toBe('');
        expect(run.status).toBe(1);
        expect(run.stdout).toMatch(/^draft\.commons$/m);
        expect(run.stdout).toMatch(/5:10\s+error\s+This clause leaves the decision \("decide"\) with the council.*community\/institution-decides/);
        expect(run.stdout).toMatch(/5:22\s+warning\s+"shall".*drafting\/shall/);
        expect(run.stdout).toContain('2 problems (1 error, 1 warning) in 1 file.');
    });

    it('answers to its package name too, so `npx commons-policy-lint` runs it', () => {
        const run = spawnSync(join(project, 'node_modules', '.bin', 'commons-policy-lint'), ['--version'], { cwd: project, encoding: 'utf8' });
        expect(run.stdout.trim()).toBe(expectedVersion);
    });

    it('links each rule to the pages installed with it', () => {
        const run = runBin(process.execPath, join(cliPackage(), 'bin', 'commons.js'), ['rules', '--format', 'json']);
        expect(run.status).toBe(0);
        const rules = JSON.parse(run.stdout).rules as { id: string; docs: string }[];
        const shall = rules.find((rule) => rule.id === 'drafting/shall')!;
        expect(shall.docs.startsWith(pathToFileURL(realpathSync(cliPackage())).toString() + '/docs/rules/')).toBe(true);
        expect(readFileSync(fileURLToPath(shall.docs), 'utf8')).toMatch(/^# drafting\/shall/m);
    });
});

const machine = { label: `this machine's Node (${process.version})`, version: undefined as string | undefined };
const lines = [machine, ...NODE_RELEASES.map((version) => ({ label: `Node ${version}`, version }))];

describe.each(lines)('on $label', ({ version }) => {
    let node: string | undefined;
    let skipReason: string | undefined;

    beforeAll(() => {
        if (!version) {
            node = process.execPath;
            return;
        }
        const build = nodeBuild(version);
        if (build.ok) node = build.node;
        else skipReason = build.reason;
    }, 300_000);

    it('the installed command lints two drafts on two worker threads, as JSON', (context) => {
        if (!node) return context.skip(skipReason);
        const run = runBin(node, join(cliPackage(), 'bin', 'commons.js'), ['lint', 'drafts', '--jobs', '2', '--format', 'json']);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(1);
        const report = JSON.parse(run.stdout);
        expect(report.tool).toEqual({ name: 'commons', version: expectedVersion });
        expect(report.summary).toMatchObject({ files: 2, errors: 2, warnings: 2 });
        for (const file of report.files) {
            expect(file.problems.map((problem: { ruleId: string; line: number }) => `${problem.line} ${problem.ruleId}`)).toEqual(['5 community/institution-decides', '5 drafting/shall']);
        }
    });

    it('the installed language server answers initialize and a hover, and publishes findings linked to its rule pages', async (context) => {
        if (!node) return context.skip(skipReason);
        const child = spawn(node, [join(serverPackage(), 'bin', 'commons-language-server.js'), '--stdio'], { cwd: project, stdio: ['pipe', 'pipe', 'pipe'] });
        let stderr = '';
        child.stderr.on('data', (chunk) => { stderr += String(chunk); });
        const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
        connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => ({})));
        connection.onRequest('client/registerCapability', () => null);
        connection.onNotification('window/logMessage', () => undefined);
        const uri = pathToFileURL(join(project, 'draft.commons')).toString();
        const diagnostics = new Promise<{ code?: string; codeDescription?: { href: string } }[]>((resolve) => {
            connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string; diagnostics: { code?: string; codeDescription?: { href: string } }[] }) => {
                if (params.uri === uri && params.diagnostics.length > 0) resolve(params.diagnostics);
            });
        });
        const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
        try {
            connection.listen();
            const folderUri = pathToFileURL(project).toString();
            const initialized = await connection.sendRequest('initialize', { processId: process.pid, rootUri: folderUri, workspaceFolders: [{ uri: folderUri, name: 'project' }], capabilities: {} }) as { capabilities: { hoverProvider?: unknown } };
            expect(initialized.capabilities.hoverProvider).toBeTruthy();
            await connection.sendNotification('initialized', {});
            await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'commons', version: 1, text: DRAFT } });
            // Over the keyword `ethos` (line 2, column 3).
            const hover = await connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 4 } }) as { contents: { value: string } } | null;
            expect(hover?.contents.value).toMatch(/ethos/i);
            // Findings arrive, each linked to its rule's page inside the installed package.
            const shall = (await diagnostics).find((diagnostic) => diagnostic.code === 'drafting/shall');
            expect(shall?.codeDescription?.href.startsWith(`${pathToFileURL(realpathSync(serverPackage())).toString()}/docs/rules/`)).toBe(true);
            await connection.sendRequest('shutdown');
            await connection.sendNotification('exit');
            expect(await Promise.race([exited, new Promise((resolve) => setTimeout(() => resolve('still running'), 5_000))])).toBe(0);
            expect(stderr).not.toMatch(/Error|fault/);
        } finally {
            connection.dispose();
            child.kill();
        }
    });
});

// The reusable GitHub Action (.github/actions/commons-lint/action.yml): its file read as GitHub
// reads it, then its shell steps run here as the runner would run them, on the tarball.
interface ActionStep { name: string; id?: string; uses?: string; run?: string; shell?: string; if?: string; env?: Record<string, string>; with?: Record<string, string> }
interface Action { name: string; inputs: Record<string, { default?: string }>; outputs: Record<string, { value: string }>; runs: { using: string; steps: ActionStep[] } }

const actionFile = join(repositoryRoot, '.github', 'actions', 'commons-lint', 'action.yml');
const action = (): Action => parseYaml(readFileSync(actionFile, 'utf8')) as Action;

/** The value of an `env:` entry, with the two kinds of expression the action uses filled in. */
function evaluate(value: string, inputs: Record<string, string>, outputs: Record<string, Record<string, string>>): string {
    return value.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (whole, expression: string) => {
        const input = /^inputs\.([\w-]+)$/.exec(expression);
        if (input) return inputs[input[1]] ?? '';
        const output = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(expression);
        if (output) return outputs[output[1]]?.[output[2]] ?? '';
        throw new Error(`The test cannot evaluate ${whole} in action.yml.`);
    });
}

describe('the GitHub Action', () => {
    it('is a composite action that installs the published package at the repository\'s version, lints with SARIF and uploads it', () => {
        const { runs, inputs } = action();
        expect(runs.using).toBe('composite');
        expect(inputs.package.default).toBe(`commons-policy-lint@${expectedVersion}`);
        const lint = runs.steps.find((step) => step.id === 'lint')!;
        expect(lint.run).toMatch(/"\$COMMONS_BIN" lint .*--format sarif --output "\$COMMONS_SARIF"/);
        const upload = runs.steps.find((step) => step.uses?.startsWith('github/codeql-action/upload-sarif@'))!;
        expect(upload.with?.sarif_file).toBe('${{ steps.lint.outputs.sarif-file }}');
        expect(upload.if).toContain('!cancelled()');
    });

    it('passes inputs to its scripts only through the environment, so no input can run as a command', () => {
        for (const step of action().runs.steps.filter((candidate) => candidate.run)) {
            expect(step.run, step.name).not.toContain('${{');
            expect(step.shell, step.name).toBe('bash');
        }
    });

    it('installs the command from the tarball, writes the SARIF report and fails the job on errors', () => {
        const { runs, inputs: declared } = action();
        const runner = join(work, 'runner');
        mkdirSync(runner, { recursive: true });
        const cliTarball = packed.find((p) => p.name === 'commons-policy-lint')!.tarball;
        const inputs = { ...Object.fromEntries(Object.entries(declared).map(([name, input]) => [name, input.default ?? ''])), package: cliTarball, paths: 'draft.commons' };
        const outputs: Record<string, Record<string, string>> = {};
        const results: Record<string, { status: number | null; stdout: string }> = {};
        for (const [index, step] of runs.steps.entries()) {
            if (!step.run) continue;
            const outputFile = join(runner, `output-${index}`);
            writeFileSync(outputFile, '');
            const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([name, value]) => [name, evaluate(value, inputs, outputs)]));
            const run = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run], {
                cwd: project,
                encoding: 'utf8',
                env: { ...process.env, ...env, RUNNER_TEMP: runner, GITHUB_OUTPUT: outputFile, npm_config_offline: 'true', npm_config_registry: 'http://127.0.0.1:9/', npm_config_cache: join(work, 'npm-cache') }
            });
            results[step.id ?? step.name] = { status: run.status, stdout: run.stdout };
            outputs[step.id ?? step.name] = Object.fromEntries(readFileSync(outputFile, 'utf8').split('\n').filter(Boolean).map((line) => line.split(/=(.*)/s).slice(0, 2) as [string, string]));
        }
        expect(results.install.status).toBe(0);
        expect(existsSync(join(runner, 'commons-lint', 'node_modules', 'commons-policy-lint', 'dist', 'main.js'))).toBe(true);
        expect(results.lint.status).toBe(0);
        expect(outputs.lint).toEqual({ 'exit-code': '1', 'sarif-file': 'commons.sarif' });
        const sarif = JSON.parse(readFileSync(join(project, 'commons.sarif'), 'utf8'));
        expect(sarif.version).toBe('2.1.0');
        expect(sarif.runs[0].results.map((result: { ruleId: string }) => result.ruleId).sort()).toEqual(['community/institution-decides', 'drafting/shall']);
        expect(results['Pass or fail'].status).toBe(1);
        expect(results['Pass or fail'].stdout).toContain('::error::The drafts have findings at error level');
    });
});
