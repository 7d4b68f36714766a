import type { ChildProcess } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import type { InitializeResult, ProtocolConnection, PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { serverBin, spawnServer } from '../../packages/language-server/bench/server-process.mjs';

export { serverBin };

/** A language server started as a real process, driven over JSON-RPC on its stdio. */
export interface TestServer {
    connection: ProtocolConnection;
    /** The server's process. */
    child: ChildProcess;
    initializeResult: InitializeResult;
    /** What the server receives when it asks for the `commons` settings section. */
    settings: Record<string, unknown>;
    /** The diagnostics most recently published for a URI. */
    latest(uri: string): PublishDiagnosticsParams | undefined;
    /**
     * The first diagnostics for `uri` that pass `test`: the latest ones if they already do, or the
     * next ones that arrive. Times out with a message naming the file, since a lost notification
     * would otherwise hang the test.
     */
    diagnostics(uri: string, test?: (params: PublishDiagnosticsParams) => boolean, timeout?: number): Promise<PublishDiagnosticsParams>;
    /** Every diagnostics notification from now on, in the order they arrive. */
    onDiagnostics(listener: (params: PublishDiagnosticsParams) => void): void;
    stop(): Promise<void>;
}

export function uriOf(path: string): string {
    return pathToFileURL(path).toString();
}

export async function startServer(folder: string, options: { command?: string[]; settings?: Record<string, unknown> } = {}): Promise<TestServer> {
    const settings: Record<string, unknown> = options.settings ?? {};
    const server = spawnServer(options.command ?? [serverBin, '--stdio'], { stderr: 'pipe', settings });
    let stderr = '';
    server.child.stderr!.on('data', (chunk) => { stderr += String(chunk); });
    const { connection } = server;
    const latest = new Map<string, PublishDiagnosticsParams>();
    const waiters = new Set<(params: PublishDiagnosticsParams) => void>();
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
        latest.set(params.uri, params);
        for (const waiter of [...waiters]) waiter(params);
    });
    const initializeResult = await server.initialize(folder, 'drafts', {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, didChangeWatchedFiles: { dynamicRegistration: true }, workspaceFolders: true },
        textDocument: {
            publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
            completion: { completionItem: { snippetSupport: true, insertReplaceSupport: false } },
            rename: { prepareSupport: true },
            codeAction: { dataSupport: true, isPreferredSupport: true, codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
            semanticTokens: { requests: { full: true, range: true }, tokenTypes: [], tokenModifiers: [], formats: ['relative'] }
        }
    });
    return {
        connection,
        child: server.child,
        initializeResult,
        settings,
        latest: (uri) => latest.get(uri),
        onDiagnostics: (listener) => { waiters.add(listener); },
        diagnostics(uri, test = () => true, timeout = 30_000) {
            const current = latest.get(uri);
            if (current && test(current)) return Promise.resolve(current);
            return new Promise((resolve, reject) => {
                const timer = setTimeout(() => {
                    waiters.delete(waiter);
                    reject(new Error(`No matching diagnostics for ${uri} within ${timeout} ms; last: ${JSON.stringify(latest.get(uri)?.diagnostics.map((d) => d.code))}. Server said: ${stderr.slice(-500)}`));
                }, timeout);
                const waiter = (params: PublishDiagnosticsParams) => {
                    if (params.uri !== uri || !test(params)) return;
                    clearTimeout(timer);
                    waiters.delete(waiter);
                    resolve(params);
                };
                waiters.add(waiter);
            });
        },
        stop: server.stop
    };
}

/** The LSP position of the first `needle` in `text` (after `after`, when given), plus `shift` characters. */
export function positionOf(text: string, needle: string, shift = 0, after = 0): { line: number; character: number } {
    const offset = text.indexOf(needle, after);
    if (offset < 0) throw new Error(`"${needle}" is not in the text`);
    const before = text.slice(0, offset + shift);
    const line = before.split('\n').length - 1;
    return { line, character: before.length - before.lastIndexOf('\n') - 1 };
}

/** Applies LSP text edits to a text (edits must not overlap). */
export function applyTextEdits(text: string, edits: Array<{ range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }>): string {
    const lineStarts = [0];
    for (let index = 0; index < text.length; index++) if (text[index] === '\n') lineStarts.push(index + 1);
    const offsetOf = (position: { line: number; character: number }) => lineStarts[position.line] + position.character;
    const sorted = [...edits].sort((a, b) => offsetOf(b.range.start) - offsetOf(a.range.start));
    let result = text;
    for (const edit of sorted) result = result.slice(0, offsetOf(edit.range.start)) + edit.newText + result.slice(offsetOf(edit.range.end));
    return result;
}
