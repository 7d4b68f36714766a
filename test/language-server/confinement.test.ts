import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic, Hover } from 'vscode-languageserver-protocol';
import { positionOf, startServer, uriOf, type TestServer } from './lsp-test-client.js';

// Confinement (issue 11, point 4): the server reads files from disk only inside its workspace
// folder. A draft's import that leads out of it (with ../ or through a symbolic link) or names a
// named pipe is refused with a finding on the import line, and nothing of the refused file ever
// reaches the editor.

/** What the file outside the workspace holds: a secret that must never appear in any message. */
const SECRET = 'ghp_s3cr3tTOKENnotForTheEditor';

const POLICY = (imports: string) => `${imports}
policy "Local plan" {
  ethos "Local people decide."
  actor council: local-authority "the council"
  section 1 "Duty" {
    (1) "The [council] must publish a plan."
  }
}
`;

const ESCAPES = POLICY('import "../outside/secret.commons"\nimport "./link.commons"\nimport "./shared/terms.commons"');
const TERMS = 'definitions "Shared terms" {\n  "plan" means "the local plan"\n}\n';
const PIPED = POLICY('import "./pipe.commons"');

let base: string;
let folder: string;
let server: TestServer;
let stdout = '';

const codesOf = (diagnostics: Diagnostic[]) => diagnostics.map((each) => each.code);

beforeAll(async () => {
    base = mkdtempSync(join(tmpdir(), 'commons-confine-'));
    folder = join(base, 'drafts');
    mkdirSync(join(base, 'outside'));
    mkdirSync(folder);
    writeFileSync(join(base, 'outside', 'secret.commons'), `${SECRET}\n`);
    symlinkSync(join(base, 'outside', 'secret.commons'), join(folder, 'link.commons'));
    execFileSync('mkfifo', [join(folder, 'pipe.commons')]);
    writeFileSync(join(folder, 'escapes.commons'), ESCAPES);
    mkdirSync(join(folder, 'shared'));
    writeFileSync(join(folder, 'shared', 'terms.commons'), TERMS);
    writeFileSync(join(folder, 'piped.commons'), PIPED);
    // Settings: one commons.json above the workspace folder (never read), one that is a pipe.
    writeFileSync(join(base, 'commons.json'), `{ "extends": "${SECRET}" `);
    mkdirSync(join(folder, 'piped-settings'));
    execFileSync('mkfifo', [join(folder, 'piped-settings', 'commons.json')]);
    writeFileSync(join(folder, 'piped-settings', 'plan.commons'), POLICY(''));
    server = await startServer(folder);
    server.child.stdout!.on('data', (chunk) => { stdout += String(chunk); });
}, 30_000);

afterAll(async () => {
    await server?.stop();
    rmSync(base, { recursive: true, force: true });
});

describe('the language server reads only inside its workspace folder', () => {
    it('refuses an import that leads out with ../ or through a symbolic link, on the import line', async () => {
        const uri = uriOf(join(folder, 'escapes.commons'));
        const { diagnostics } = await server.diagnostics(uri, (params) => codesOf(params.diagnostics).includes('commons/outside-workspace'));
        const refused = diagnostics.filter((each) => each.code === 'commons/outside-workspace');
        expect(refused.map((each) => each.range.start.line).sort()).toEqual([0, 1]);
        expect(refused[0].message).toBe(`This import ("../outside/secret.commons") points outside the workspace folder, so Commons does not read it. Move the file it names into the workspace folder, or open a folder that holds both drafts.`);
        // The import inside the folder is read as before.
        expect(diagnostics.filter((each) => each.range.start.line === 2)).toEqual([]);
        // Refused, not reported as missing as well.
        expect(codesOf(diagnostics)).not.toContain('language/missing-import');
        expect(stdout).not.toContain(SECRET);
        // The refused file is never loaded as a draft of its own.
        expect(server.latest(uriOf(join(base, 'outside', 'secret.commons')))).toBeUndefined();
    });

    it('refuses an import of a named pipe without opening it, and still answers a hover within a second', async () => {
        const uri = uriOf(join(folder, 'piped.commons'));
        const { diagnostics } = await server.diagnostics(uri, (params) => codesOf(params.diagnostics).includes('commons/unreadable-file'));
        const refused = diagnostics.find((each) => each.code === 'commons/unreadable-file')!;
        expect(refused.range.start.line).toBe(0);
        expect(refused.message).toContain('pipe');
        const started = performance.now();
        const hover = await server.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(PIPED, 'council:', 2) });
        expect(performance.now() - started).toBeLessThan(1000);
        expect(JSON.stringify(hover)).toContain('council');
    });

    it('refuses the same imports when a very large draft is checked in the background', async () => {
        const clauses = Array.from({ length: 36_000 }, (_, n) => `    (${n + 2}) "The [council] must publish a plan for the area."\n`).join('');
        const text = POLICY('import "../outside/secret.commons"\nimport "./pipe.commons"').replace('  section 1 "Duty" {\n', `  section 1 "Duty" {\n${clauses}`);
        const uri = uriOf(join(folder, 'large.commons'));
        server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'commons', version: 1, text } });
        const { diagnostics } = await server.diagnostics(uri, (params) => params.diagnostics.some((each) => each.code === 'commons/unreadable-file')
            && !params.diagnostics.some((each) => /checks it in the background/.test(each.message)), 90_000);
        expect(codesOf(diagnostics)).toEqual(expect.arrayContaining(['commons/outside-workspace', 'commons/unreadable-file']));
        expect(codesOf(diagnostics)).not.toContain('language/missing-import');
        expect(stdout).not.toContain(SECRET);
        server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    }, 150_000);

    it('does not look for commons.json above the workspace folder, and does not open one that is a pipe', async () => {
        const settings = uriOf(join(folder, 'piped-settings', 'commons.json'));
        const { diagnostics } = await server.diagnostics(settings, (params) => params.diagnostics.length > 0);
        expect(diagnostics[0].message).toContain('could not be read, so the recommended settings are used instead');
        // The draft beside it is checked with the recommended settings, and the server still answers.
        await server.diagnostics(uriOf(join(folder, 'piped-settings', 'plan.commons')));
        const hover = await server.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri: uriOf(join(folder, 'piped-settings', 'plan.commons')) }, position: positionOf(POLICY(''), 'council:', 2) });
        expect(JSON.stringify(hover)).toContain('council');
        expect(server.latest(uriOf(join(base, 'commons.json')))).toBeUndefined();
        expect(stdout).not.toContain(SECRET);
    });

    it('refuses the same imports in a draft the editor opens, and still checks a draft it opens from outside the folder', async () => {
        const opened = uriOf(join(base, 'outside', 'opened.commons'));
        server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: opened, languageId: 'commons', version: 1, text: POLICY('import "./secret.commons"\nimport "../drafts/pipe.commons"') } });
        const { diagnostics } = await server.diagnostics(opened, (params) => params.diagnostics.length > 0);
        expect(codesOf(diagnostics)).toEqual(expect.arrayContaining(['commons/outside-workspace', 'commons/unreadable-file']));
        expect(stdout).not.toContain(SECRET);
    });
});
