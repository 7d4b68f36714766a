import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import yauzl from 'yauzl';
import { beforeAll, describe, expect, it } from 'vitest';
import { ALL_RULES, commonsConfigSchema } from '../../packages/language/src/index.js';
import { repositoryRoot } from '../helpers/cli.js';
import { startServer, uriOf } from '../language-server/lsp-test-client.js';

// The .vsix is built as a user would build it (npm run package), then opened as the zip it is:
// its manifest must contribute the language, grammar, snippets, settings and command, and it
// must carry the bundled server, which must run from anywhere, with nothing from this repository.

const vsixPath = join(repositoryRoot, 'packages/vscode/commons-vscode.vsix');
let files: Map<string, Buffer>;

function readZip(path: string): Promise<Map<string, Buffer>> {
    return new Promise((resolve, reject) => {
        yauzl.open(path, { lazyEntries: true }, (error, zip) => {
            if (error || !zip) return reject(error);
            const entries = new Map<string, Buffer>();
            zip.on('entry', (entry: yauzl.Entry) => {
                if (entry.fileName.endsWith('/')) return zip.readEntry();
                zip.openReadStream(entry, (streamError, stream) => {
                    if (streamError || !stream) return reject(streamError);
                    const chunks: Buffer[] = [];
                    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
                    stream.on('end', () => {
                        entries.set(entry.fileName, Buffer.concat(chunks));
                        zip.readEntry();
                    });
                });
            });
            zip.on('end', () => resolve(entries));
            zip.on('error', reject);
            zip.readEntry();
        });
    });
}

beforeAll(async () => {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const result = spawnSync(npm, ['run', 'package', '-w', 'commons-vscode'], { cwd: repositoryRoot, encoding: 'utf8' });
    expect(result.status, `npm run package failed:\n${result.stdout}\n${result.stderr}`).toBe(0);
    files = await readZip(vsixPath);
}, 180_000);

describe('the .vsix', () => {
    const manifest = () => JSON.parse(files.get('extension/package.json')!.toString('utf8'));

    it('contributes the Commons language, its grammar, snippets, language configuration and settings', () => {
        const { contributes } = manifest();
        expect(contributes.languages).toEqual([expect.objectContaining({ id: 'commons', extensions: ['.commons'], configuration: './language-configuration.json' })]);
        expect(contributes.grammars).toEqual([{ language: 'commons', scopeName: 'source.commons', path: './syntaxes/commons.tmLanguage.json' }]);
        expect(contributes.snippets).toEqual([{ language: 'commons', path: './snippets/commons.json' }]);
        // Clauses are long lines of prose: they wrap like a document instead of running off the screen.
        expect(contributes.configurationDefaults).toEqual({ '[commons]': { 'editor.wordWrap': 'on' } });
        expect(Object.keys(contributes.configuration.properties)).toEqual(expect.arrayContaining(['commons.preset', 'commons.rules', 'commons.trace.server']));
        expect(contributes.commands).toContainEqual(expect.objectContaining({ command: 'commons.openSummaryToSide', title: 'Open plain-language summary to the side', category: 'Commons' }));
        for (const path of ['language-configuration.json', 'syntaxes/commons.tmLanguage.json', 'snippets/commons.json', 'schemas/commons.schema.json']) {
            expect(files.has(`extension/${path}`), path).toBe(true);
        }
    });

    it('starts on Commons files and workspaces that hold them', () => {
        const { activationEvents, main } = manifest();
        expect(activationEvents).toEqual(expect.arrayContaining(['onLanguage:commons', 'workspaceContains:**/*.commons']));
        expect(files.has(`extension/${main.replace(/^\.\//, '')}`)).toBe(true);
    });

    it('ships the grammar generated from the language, unchanged', () => {
        expect(files.get('extension/syntaxes/commons.tmLanguage.json')!.toString('utf8')).toBe(readFileSync(join(repositoryRoot, 'syntaxes/commons.tmLanguage.json'), 'utf8'));
    });

    it('ships a language configuration with comments, brackets, closing quotes and indentation', () => {
        const configuration = JSON.parse(files.get('extension/language-configuration.json')!.toString('utf8'));
        expect(configuration.comments).toEqual({ lineComment: '//', blockComment: ['/*', '*/'] });
        expect(configuration.autoClosingPairs).toContainEqual({ open: '"', close: '"', notIn: ['string', 'comment'] });
        expect(configuration.indentationRules.decreaseIndentPattern).toBeDefined();
    });

    it('has whole-provision snippets and a schema for commons.json', () => {
        const snippets = JSON.parse(files.get('extension/snippets/commons.json')!.toString('utf8'));
        expect(Object.keys(snippets)).toEqual(expect.arrayContaining(['right (whole provision)', 'budget (devolved budget)', 'measure (outcome)', 'participation (whole provision)', 'duty (whole provision)', 'power (whole provision)']));
        const schema = JSON.parse(files.get('extension/schemas/commons.schema.json')!.toString('utf8'));
        expect(Object.keys(schema.properties.rules.properties)).toContain('drafting/shall');
        expect(Object.keys(schema.properties)).toContain('docsUrl');
        // The schema editors check commons.json against is the one the command line checks it against.
        expect(schema).toEqual(commonsConfigSchema(ALL_RULES));
    });

    it('bundles the client so that it needs nothing but VS Code and Node.js', () => {
        expect([...files.keys()].filter((name) => name.includes('node_modules') || name.startsWith('extension/src/'))).toEqual([]);
        const client = files.get('extension/dist/extension.cjs')!.toString('utf8');
        const required = new Set([...client.matchAll(/require\("([^"]+)"\)/g)].map((match) => match[1].replace(/^node:/, '')));
        const allowed = new Set(['vscode', ...builtinModules]);
        expect([...required].filter((name) => !allowed.has(name))).toEqual([]);
    });

    it('carries a server that runs outside this repository', async () => {
        const place = mkdtempSync(join(tmpdir(), 'commons-installed-'));
        for (const [name, content] of files) {
            if (!name.startsWith('extension/dist/') && !name.startsWith('extension/docs/')) continue;
            const target = join(place, name.slice('extension/'.length));
            mkdirSync(dirname(target), { recursive: true });
            writeFileSync(target, content);
        }
        const drafts = mkdtempSync(join(tmpdir(), 'commons-drafts-'));
        writeFileSync(join(drafts, 'draft.commons'), 'policy "Plan" {\n  ethos "People decide."\n  actor council: local-authority "the council"\n  section 1 {\n    (1) "The [council] shall publish a plan."\n  }\n}\n');
        const server = await startServer(drafts, { command: [join(place, 'dist/server.mjs'), '--stdio'] });
        try {
            const params = await server.diagnostics(uriOf(join(drafts, 'draft.commons')), (p) => p.diagnostics.length > 0);
            const shall = params.diagnostics.find((diagnostic) => diagnostic.code === 'drafting/shall');
            expect(shall?.codeDescription?.href).toBe(`${uriOf(place)}/docs/rules/drafting/shall.md`);
        } finally {
            await server.stop();
        }
    });
});
