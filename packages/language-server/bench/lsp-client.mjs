// A minimal LSP client for the benchmark: starts the real server over stdio and records every
// diagnostics notification with the time it arrived.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';

const serverBin = process.env.BENCH_SERVER ?? join(import.meta.dirname, '..', 'bin', 'commons-language-server.js');

export async function startServer(folder) {
    const child = spawn(process.execPath, [...(process.env.BENCH_NODE_ARGS ? process.env.BENCH_NODE_ARGS.split(' ') : []), serverBin, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const listeners = new Set();
    const latest = new Map();
    connection.onNotification('textDocument/publishDiagnostics', (params) => {
        const at = performance.now();
        latest.set(params.uri, params);
        listeners.forEach((listener) => listener(params, at));
    });
    connection.onRequest('workspace/configuration', (params) => params.items.map(() => ({})));
    connection.onRequest('client/registerCapability', () => null);
    connection.onNotification('window/logMessage', () => undefined);
    connection.listen();
    const folderUri = pathToFileURL(folder).toString();
    const startedAt = performance.now();
    await connection.sendRequest('initialize', {
        processId: process.pid,
        rootUri: folderUri,
        workspaceFolders: [{ uri: folderUri, name: 'bench' }],
        capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { versionSupport: true } } }
    });
    connection.sendNotification('initialized', {});
    return {
        connection,
        startedAt,
        latest,
        /** Resolves with the arrival time of the first diagnostics matching `test`. */
        waitForDiagnostics(test, timeout = 60_000) {
            return new Promise((resolve, reject) => {
                const timer = setTimeout(() => { listeners.delete(listener); reject(new Error('Timed out waiting for diagnostics')); }, timeout);
                const listener = (params, at) => {
                    if (!test(params)) return;
                    clearTimeout(timer);
                    listeners.delete(listener);
                    resolve({ params, at });
                };
                listeners.add(listener);
            });
        },
        async stop() {
            // Ask the server to shut down and exit, and wait for it to go before closing the pipes.
            const exited = new Promise((resolve) => child.once('exit', resolve));
            await connection.sendRequest('shutdown').catch(() => undefined);
            await connection.sendNotification('exit').catch(() => undefined);
            await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 2000))]);
            connection.dispose();
            child.kill();
        }
    };
}
