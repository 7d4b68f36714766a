// Measures the Commons language server the way an editor uses it, over stdio:
//   - opening a workspace of 1,000 drafts (until every draft's findings have arrived)
//   - findings after a keystroke in a 1 MB Act and in a 100 KB draft (p50 and p95)
//   - completion and hover in the 1 MB Act
// Run after building: npm run bench -w @commons/language-server  (or node packages/language-server/bench/bench-lsp.mjs)
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { actOfSize, smallDraft } from './drafts.mjs';
import { startServer } from './lsp-client.mjs';

const KEYSTROKES = Number(process.env.BENCH_KEYSTROKES ?? 60);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 40);

function percentile(values, p) {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function summary(values) {
    return `p50 ${percentile(values, 50).toFixed(1)} ms, p95 ${percentile(values, 95).toFixed(1)} ms, max ${Math.max(...values).toFixed(1)} ms (n=${values.length})`;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function workspaceOpen() {
    const folder = mkdtempSync(join(tmpdir(), 'commons-bench-workspace-'));
    for (let index = 0; index < 1000; index++) {
        const sub = join(folder, `area-${Math.floor(index / 100)}`);
        mkdirSync(sub, { recursive: true });
        writeFileSync(join(sub, `draft-${index}.commons`), smallDraft(index));
    }
    const server = await startServer(folder);
    const seen = new Set();
    let firstAt;
    const done = server.waitForDiagnostics((params) => {
        seen.add(params.uri);
        return seen.size === 1000;
    }, 120_000);
    server.waitForDiagnostics(() => true).then(({ at }) => { firstAt = at; });
    const { at } = await done;
    const hoverStart = performance.now();
    const uri = pathToFileURL(join(folder, 'area-5', 'draft-500.commons')).toString();
    await server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 4, character: 10 } });
    const hoverTime = performance.now() - hoverStart;
    await server.stop();
    rmSync(folder, { recursive: true, force: true });
    return { allFindings: at - server.startedAt, firstFindings: firstAt - server.startedAt, hoverAfter: hoverTime };
}

/** A place inside clause prose where a writer might type: the `which`-th of `count` spread through the draft. */
function typingPosition(text, which, count) {
    const all = [...text.matchAll(/\(3\) "/g)].map((match) => match.index + match[0].length + 4);
    return all[Math.floor((which + 0.5) * all.length / count)];
}

function positionAt(text, offset) {
    const before = text.slice(0, offset);
    const line = before.split('\n').length - 1;
    return { line, character: offset - before.lastIndexOf('\n') - 1 };
}

async function typing(bytes, pauses) {
    const folder = mkdtempSync(join(tmpdir(), 'commons-bench-draft-'));
    const path = join(folder, 'act.commons');
    let text = actOfSize(bytes);
    writeFileSync(path, text);
    const server = await startServer(folder);
    const uri = pathToFileURL(path).toString();
    await server.waitForDiagnostics((params) => params.uri === uri, 120_000);
    let version = 1;
    server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'commons', version, text } });
    await server.waitForDiagnostics((params) => params.uri === uri && params.version === version, 120_000);
    const results = {};
    for (const [name, pause] of Object.entries(pauses)) {
        const latencies = [];
        for (let keystroke = 0; keystroke < KEYSTROKES; keystroke++) {
            const offset = typingPosition(text, keystroke, KEYSTROKES);
            version++;
            const position = positionAt(text, offset);
            text = text.slice(0, offset) + 'x' + text.slice(offset);
            const expected = version;
            const arrived = server.waitForDiagnostics((params) => params.uri === uri && params.version === expected);
            const sentAt = performance.now();
            server.connection.sendNotification('textDocument/didChange', {
                textDocument: { uri, version },
                contentChanges: [{ range: { start: position, end: position }, text: 'x' }]
            });
            const { at } = await arrived;
            latencies.push(at - sentAt);
            await sleep(pause);
        }
        results[name] = summary(latencies);
    }
    // The full check after a pause, for one keystroke.
    version++;
    const offset = typingPosition(text, 0, 1);
    const position = positionAt(text, offset);
    text = text.slice(0, offset) + 'y' + text.slice(offset);
    const expected = version;
    const seen = [];
    const sentAt = performance.now();
    const collect = server.waitForDiagnostics((params) => { if (params.uri === uri && params.version === expected) seen.push(performance.now() - sentAt); return seen.length === 2; }, 30_000).catch(() => undefined);
    server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start: position, end: position }, text: 'y' }] });
    await collect;
    results['early then full findings after a pause'] = seen.map((ms) => `${ms.toFixed(0)} ms`).join(' then ');

    // Completion and hover.
    const completion = [];
    const hover = [];
    const lines = text.split('\n');
    const holderLines = lines.map((line, index) => (line.includes('holder [community body]') ? index : -1)).filter((index) => index >= 0);
    const proseLines = lines.map((line, index) => (line.includes('(2) "The [council]') ? index : -1)).filter((index) => index >= 0);
    for (let index = 0; index < REQUESTS; index++) {
        const holderLine = holderLines[Math.floor((index + 0.5) * holderLines.length / REQUESTS)];
        const proseLine = proseLines[Math.floor((index + 0.5) * proseLines.length / REQUESTS)];
        const atStructure = { line: holderLine, character: lines[holderLine].indexOf('[community') };
        const inProse = { line: proseLine, character: lines[proseLine].indexOf('[council') + 1 };
        let start = performance.now();
        await server.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: index % 2 ? atStructure : inProse });
        completion.push(performance.now() - start);
        start = performance.now();
        await server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: index % 2 ? { ...atStructure, character: atStructure.character + 3 } : inProse });
        hover.push(performance.now() - start);
    }
    results.completion = summary(completion);
    results.hover = summary(hover);
    await server.stop();
    rmSync(folder, { recursive: true, force: true });
    return results;
}

const report = {};
const only = process.argv[2];
if (!only || only === 'workspace') {
    const open = await workspaceOpen();
    report['1,000-draft workspace'] = {
        'first findings': `${open.firstFindings.toFixed(0)} ms`,
        'findings for all 1,000 drafts': `${open.allFindings.toFixed(0)} ms`,
        'hover right after': `${open.hoverAfter.toFixed(1)} ms`
    };
}
if (!only || only === '100kb') report['100 KB draft'] = await typing(100_000, { 'findings after a keystroke (typing, 60 ms between keys)': 60, 'findings after a keystroke (400 ms pauses)': 400 });
if (!only || only === '1mb') report['1 MB Act'] = await typing(1_000_000, { 'findings after a keystroke (typing, 60 ms between keys)': 60, 'findings after a keystroke (400 ms pauses)': 400 });
console.log(JSON.stringify(report, null, 2));
