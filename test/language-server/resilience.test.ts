import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CancellationTokenSource, ResponseError, type Hover } from 'vscode-languageserver-protocol/node';
import { fixtureFolder } from '../helpers/cli.js';
import { positionOf, serverBin, startServer, uriOf, type TestServer } from './lsp-test-client.js';

// The language server under abuse, as issue 11 lists it: drafts that crash or flood the core, a
// 50 MB draft, broken framing, requests before `initialize`, cancellation. Whatever happens to
// one draft, the server must stay up and go on answering for the others, so after every abuse
// this hovers in a small, healthy draft and times the answer.

const GOOD = `policy "Local plan" {
  ethos "Local people decide."
  actor council: local-authority "the council"
  section 1 "Duty" {
    (1) "The [council] must publish a plan."
  }
}
`;

const HEAD = 'policy "Abuse" {\n  ethos "Local people decide."\n  section 1 "S" {\n';
const TAIL = '  }\n}\n';

/** Clauses nested `depth` deep: (1) "x" { (1) "x" { ... } }. */
function nested(depth: number): string {
    return `${HEAD}${'(1) "x" {\n'.repeat(depth)}(1) "y"\n${'}\n'.repeat(depth)}${TAIL}`;
}

const ABUSES: Record<string, () => string> = {
    'clauses nested 190 deep': () => nested(190),
    'clauses nested 2,000 deep (past any parser stack)': () => nested(2000),
    '2,500 unclosed quotation marks': () => `${HEAD}${'    (1) "a\n'.repeat(2500)}${TAIL}`,
    'a 4 MB quoted string': () => `${HEAD}    (1) "${'word '.repeat(850_000)}"\n${TAIL}`,
    'a check that throws (an amount without a currency)': () => `policy "Abuse" {\n  ethos "Local people decide."\n  actor council: local-authority "the council"\n  section 1 "S" {\n    budget B {\n      amount 400000 per year\n      decided by council\n    }\n  }\n}\n`,
    'a NUL byte': () => `${HEAD}    (1) "The council\u0000 must publish a plan."\n${TAIL}`
};

/** The longest any hover in the healthy draft took while the server was being abused, in ms. */
let worstHover = 0;
const figures: string[] = [];

let folder: string;
let server: TestServer;
const good = () => uriOf(join(folder, 'good.commons'));

/** Hovers over "council" in the healthy draft: it must answer, with content, within `limit` ms. */
async function hoverInGoodDraft(limit = 1000): Promise<number> {
    const started = performance.now();
    const hover = await server.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri: good() }, position: positionOf(GOOD, 'council:', 2) });
    const elapsed = performance.now() - started;
    expect(hover?.contents, 'the hover in the healthy draft has content').toBeTruthy();
    expect(elapsed).toBeLessThan(limit);
    if (limit <= 1000) worstHover = Math.max(worstHover, elapsed);
    return elapsed;
}

function open(uri: string, text: string, version = 1): void {
    server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'commons', version, text } });
}

function rssOf(child: ChildProcess): number {
    const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
}

beforeAll(async () => {
    folder = fixtureFolder({
        'good.commons': GOOD,
        // Present in the folder at start-up, never opened: it must not stop the others being served.
        'deep-on-disk.commons': nested(2000)
    });
    server = await startServer(folder);
    await server.diagnostics(good());
}, 60_000);

afterAll(async () => {
    await server?.stop();
    const report = [`worst hover in another draft under abuse: ${Math.round(worstHover)} ms`, ...figures].join('\n');
    console.log(`Language server under abuse:\n${report}`);
});

describe('a draft that breaks the core is one draft\'s problem', () => {
    it('serves the workspace although a crashing draft lies in the folder', async () => {
        const deep = await server.diagnostics(uriOf(join(folder, 'deep-on-disk.commons')), (p) => p.diagnostics.length > 0);
        expect(deep.diagnostics[0].message).toMatch(/deep-on-disk\.commons, line 1|nested too deeply/i);
        await hoverInGoodDraft();
    });

    for (const [name, text] of Object.entries(ABUSES)) {
        it(`survives ${name}, and still answers a hover in another draft`, async () => {
            const uri = uriOf(join(folder, `abuse-${name.replace(/\W+/g, '-')}.commons`));
            open(uri, text());
            const findings = await server.diagnostics(uri, () => true, 60_000);
            expect(Array.isArray(findings.diagnostics)).toBe(true);
            await hoverInGoodDraft();
            expect(server.latest(good())?.diagnostics).toEqual([]);
            server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
        }, 90_000);
    }

    it('reports a parser failure as one plain finding on that draft, naming the file', async () => {
        const uri = uriOf(join(folder, 'too-deep.commons'));
        open(uri, nested(2000));
        const { diagnostics } = await server.diagnostics(uri, (p) => p.diagnostics.length > 0, 60_000);
        // Either the core refuses the nesting plainly, or the server's guard reports its fault.
        const messages = diagnostics.map((d) => d.message).join('\n');
        expect(messages).toMatch(/nested too deeply|too-deep\.commons, line 1: Commons failed while reading the draft/i);
        // Fixing the draft brings ordinary findings back.
        server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: GOOD }] });
        const fixed = await server.diagnostics(uri, (p) => p.version === 2, 30_000);
        expect(fixed.diagnostics).toEqual([]);
    }, 90_000);
});

describe('a huge draft is checked in the background', () => {
    it('keeps answering hovers in another draft within a second while a 50 MB draft is open', async () => {
        const clause = '    (1) "The [council] must publish a plan for the area within six months."\n';
        const huge = `${HEAD}${clause.repeat(Math.ceil(50_000_000 / clause.length))}${TAIL}`;
        const uri = uriOf(join(folder, 'huge.commons'));
        const rssBefore = rssOf(server.child);
        open(uri, huge);
        // A hover sent right behind the 50 MB message waits for the message to be written, read off
        // the pipe and decoded (about 2 s on an idle machine of this kind): that is transport, not checking.
        const behind = await hoverInGoodDraft(30_000);
        figures.push(`hover sent right behind the 50 MB didOpen: ${Math.round(behind)} ms`);
        const received = await server.diagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'large-draft'), 30_000);
        expect(received.diagnostics[0].message).toMatch(/huge\.commons, line 1: this draft is large \(50\.\d MB\), so Commons checks it in the background/);
        let worstDuringCheck = 0;
        for (let round = 0; round < 10; round++) {
            await new Promise((resolve) => setTimeout(resolve, 200));
            worstDuringCheck = Math.max(worstDuringCheck, await hoverInGoodDraft());
        }
        figures.push(`worst of 10 hovers while the 50 MB draft is checked: ${Math.round(worstDuringCheck)} ms`);
        const rssOpen = rssOf(server.child);
        // Closing the unsaved draft ends its check and forgets it.
        server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
        await server.diagnostics(uri, (p) => p.diagnostics.length === 0, 30_000);
        await hoverInGoodDraft();
        await new Promise((resolve) => setTimeout(resolve, 1000));
        const rssClosed = rssOf(server.child);
        figures.push(`server memory: ${Math.round(rssBefore)} MB before, ${Math.round(rssOpen)} MB with the 50 MB draft open, ${Math.round(rssClosed)} MB after it closed`);
        expect(rssClosed).toBeLessThan(1024);
    }, 120_000);

    it('sends the findings of a large draft when its background check ends, for its latest text', async () => {
        const shall = (n: number) => `    (${n}) "The [council] shall publish a plan for the area."\n`;
        const must = (n: number) => `    (${n}) "The [council] must publish a plan for the area."\n`;
        const large = (clause: (n: number) => string) => `policy "Large" {\n  ethos "Local people decide."\n  actor council: local-authority "the council"\n  section 1 "S" {\n${Array.from({ length: 36_000 }, (_, n) => clause(n + 1)).join('')}  }\n}\n`;
        const uri = uriOf(join(folder, 'large.commons'));
        open(uri, large(must));
        await server.diagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'large-draft'), 30_000);
        // A new version cancels the running check; only the new text's findings arrive.
        server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: large(shall) }] });
        const started = performance.now();
        const checked = await server.diagnostics(uri, (p) => p.version === 2 && p.diagnostics.some((d) => d.code === 'drafting/shall'), 120_000);
        figures.push(`background check of a 2.1 MB draft: ${Math.round(performance.now() - started)} ms`);
        expect(checked.diagnostics.some((d) => /checks it in the background/.test(d.message))).toBe(false);
        // 36,000 findings are too many to send: the first 5,000 go, and one more finding says how many are left out.
        expect(checked.diagnostics).toHaveLength(5001);
        expect(checked.diagnostics.at(-1)!.message).toMatch(/large\.commons, line 1: the editor shows the first 5,000 findings in this draft; 31,000 more are not shown\. Run "commons check"/);
        await hoverInGoodDraft();
        server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
        await server.diagnostics(uri, (p) => p.diagnostics.length === 0, 30_000);
    }, 180_000);
});

describe('JSON-RPC errors are errors', () => {
    it('answers a cancelled request with error -32800, not with a result', async () => {
        // A hover in a draft of 1.5 MB waits for the draft to be read and linked; it is cancelled meanwhile.
        const clause = '    (1) "The [council] must publish a plan for the area."\n';
        const text = `${GOOD.slice(0, GOOD.indexOf('  section'))}  section 1 "S" {\n${clause.repeat(Math.ceil(1_500_000 / clause.length))}  }\n}\n`;
        const uri = uriOf(join(folder, 'cancelled.commons'));
        open(uri, text);
        const source = new CancellationTokenSource();
        const request = server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: positionOf(text, 'council:', 2) }, source.token);
        source.cancel();
        const outcome = await request.then((result) => ({ result }), (error: unknown) => ({ error }));
        expect(outcome).toHaveProperty('error');
        expect((outcome as { error: unknown }).error).toBeInstanceOf(ResponseError);
        expect(((outcome as { error: ResponseError<unknown> }).error).code).toBe(-32800);
        // The server goes on: the draft is checked, and the other draft answers.
        await server.diagnostics(uri, () => true, 60_000);
        await hoverInGoodDraft();
        server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    }, 60_000);

    it('answers a request about an unknown document with an error or nothing, never an error object as a result', async () => {
        const outcome = await server.connection.sendRequest('textDocument/hover', { textDocument: { uri: uriOf(join(folder, 'no-such-draft.commons')) }, position: { line: 0, character: 0 } })
            .then((result) => ({ result }), (error: unknown) => ({ error }));
        if ('result' in outcome) expect(outcome.result).toBeNull();
        else expect(outcome.error).toBeInstanceOf(ResponseError);
        await hoverInGoodDraft();
    });
});

/** The server started bare, spoken to byte by byte. */
function rawServer(): { child: ChildProcess; output: () => string; exited: Promise<number | null>; send: (text: string) => void } {
    const child = spawn(process.execPath, [serverBin, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let output = '';
    child.stdout!.on('data', (chunk) => { output += String(chunk); });
    child.stderr!.resume();
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    return { child, output: () => output, exited, send: (text) => child.stdin!.write(text) };
}

function frame(message: object): string {
    const body = JSON.stringify(message);
    return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
}

async function until<T>(probe: () => T | undefined, timeout = 10_000): Promise<T> {
    const deadline = Date.now() + timeout;
    for (;;) {
        const value = probe();
        if (value !== undefined) return value;
        if (Date.now() > deadline) throw new Error('timed out');
        await new Promise((resolve) => setTimeout(resolve, 20));
    }
}

function replies(output: string): Array<{ id: unknown; result?: unknown; error?: { code: number; message: string } }> {
    return output.split(/Content-Length: \d+\r\n\r\n/).filter(Boolean).map((body) => JSON.parse(body));
}

const INITIALIZE = { jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } };

describe('the connection', () => {
    it('answers requests before initialize with error -32002, then initializes', async () => {
        const raw = rawServer();
        raw.send(frame({ jsonrpc: '2.0', id: 7, method: 'textDocument/hover', params: { textDocument: { uri: 'file:///x.commons' }, position: { line: 0, character: 0 } } }));
        const early = await until(() => replies(raw.output()).find((reply) => reply.id === 7));
        expect(early.error?.code).toBe(-32002);
        expect(early.error?.message).toMatch(/not been initialized/);
        raw.send(frame(INITIALIZE));
        const initialized = await until(() => replies(raw.output()).find((reply) => reply.id === 1));
        expect(initialized.result).toHaveProperty('capabilities');
        raw.child.stdin!.end();
        await raw.exited;
    });

    for (const [name, header] of Object.entries({
        'a Content-Length that is not a number': 'Content-Length: abc\r\n\r\n',
        'a header without Content-Length': 'Content-Lenth: 5\r\n\r\n',
        'a header line that is not "Name: value"': 'this is not a header\r\n\r\n',
        'a header that never ends': 'Content-Length: 12'.padEnd(20_000, '3')
    })) {
        it(`answers ${name} with a parse error and exits non-zero, never alive and deaf`, async () => {
            const raw = rawServer();
            raw.send(`${header}${JSON.stringify(INITIALIZE)}`);
            const code = await Promise.race([raw.exited, new Promise<string>((resolve) => setTimeout(() => resolve('still running'), 10_000))]);
            raw.child.kill();
            expect(code).toBe(1);
            expect(replies(raw.output())[0]?.error?.code).toBe(-32700);
        });
    }

    it('answers a body that is not JSON with a parse error and goes on serving', async () => {
        const raw = rawServer();
        raw.send('Content-Length: 2\r\n\r\n{]');
        raw.send(frame(INITIALIZE));
        const initialized = await until(() => replies(raw.output()).find((reply) => reply.id === 1));
        expect(initialized.result).toHaveProperty('capabilities');
        expect(replies(raw.output())[0].error?.code).toBe(-32700);
        raw.child.stdin!.end();
        await raw.exited;
    });

    it('exits when the editor goes away (stdin closes)', async () => {
        const raw = rawServer();
        raw.send(frame(INITIALIZE));
        await until(() => replies(raw.output()).find((reply) => reply.id === 1));
        raw.child.stdin!.end();
        const code = await Promise.race([raw.exited, new Promise<string>((resolve) => setTimeout(() => resolve('still running'), 10_000))]);
        expect(code).toBe(1);
    });

    it('exits with 0 on shutdown then exit', async () => {
        const raw = rawServer();
        raw.send(frame(INITIALIZE));
        await until(() => replies(raw.output()).find((reply) => reply.id === 1));
        raw.send(frame({ jsonrpc: '2.0', id: 2, method: 'shutdown' }));
        await until(() => replies(raw.output()).find((reply) => reply.id === 2));
        raw.send(frame({ jsonrpc: '2.0', method: 'exit' }));
        const code = await Promise.race([raw.exited, new Promise<string>((resolve) => setTimeout(() => resolve('still running'), 10_000))]);
        expect(code).toBe(0);
    });
});
