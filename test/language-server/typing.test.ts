import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { fixtureFolder } from '../helpers/cli.js';
import { positionOf, startServer, uriOf, type TestServer } from './lsp-test-client.js';
// @ts-expect-error The benchmark's draft generator is plain JavaScript.
import { actOfSize } from '../../packages/language-server/bench/drafts.mjs';

// While the writer types in a large draft, the element they are typing in is checked at once and
// its findings published straight away (early, without fix data); the full check of the whole
// draft follows when typing pauses, and brings everything.

let server: TestServer;
let uri: string;
let text: string;
const published: PublishDiagnosticsParams[] = [];

beforeAll(async () => {
    text = actOfSize(80_000) as string;
    const folder = fixtureFolder({ 'act.commons': text });
    uri = uriOf(join(folder, 'act.commons'));
    server = await startServer(folder);
    await server.diagnostics(uri, (p) => p.diagnostics.length > 0);
    server.onDiagnostics((params) => { if (params.uri === uri) published.push(params); });
    server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'commons', version: 1, text } });
    await server.diagnostics(uri, (p) => p.version === 1);
});

afterAll(async () => {
    await server?.stop();
});

describe('typing in a large draft', () => {
    it('publishes the findings of the edited clause at once, then the full check', async () => {
        const at = positionOf(text, '(2) "The [council] must give', 5, text.length / 2);
        const shallCount = (params: PublishDiagnosticsParams) => params.diagnostics.filter((d) => d.code === 'drafting/shall').length;
        const before = shallCount(server.latest(uri)!);
        published.length = 0;
        server.connection.sendNotification('textDocument/didChange', {
            textDocument: { uri, version: 2 },
            contentChanges: [{ range: { start: at, end: at }, text: 'council shall hear and the ' }]
        });
        const full = await server.diagnostics(uri, (p) => p.version === 2 && p.diagnostics.some((d) => d.data !== undefined && d.code === 'drafting/shall'), 20_000);
        const forVersion = published.filter((p) => p.version === 2);
        expect(forVersion.length).toBe(2);
        const [early] = forVersion;
        // The early findings already hold the new finding in the edited clause...
        expect(shallCount(early)).toBe(before + 1);
        // ...but travel light: the server keeps their fixes, and the full check sends them.
        expect(early.diagnostics.every((d) => d.data === undefined)).toBe(true);
        expect(shallCount(full)).toBe(before + 1);
        expect(full.diagnostics.filter((d) => d.code?.toString().includes('/')).every((d) => d.data !== undefined)).toBe(true);
    });

    it('still offers the fixes of a finding published early', async () => {
        published.length = 0;
        const at = positionOf(text, '(2) "The [council] must give', 5, text.length / 4);
        server.connection.sendNotification('textDocument/didChange', {
            textDocument: { uri, version: 3 },
            contentChanges: [{ range: { start: at, end: at }, text: 'council shall hear and the ' }]
        });
        const early = await server.diagnostics(uri, (p) => p.version === 3);
        const finding = early.diagnostics.find((d) => d.code === 'drafting/shall' && d.range.start.line === at.line)!;
        expect(finding.data).toBeUndefined();
        const actions = await server.connection.sendRequest<Array<{ title: string }>>('textDocument/codeAction', {
            textDocument: { uri }, range: finding.range, context: { diagnostics: [finding] }
        });
        expect(actions.map((action) => action.title)).toContain('Replace "shall" with "must"');
    });
});
