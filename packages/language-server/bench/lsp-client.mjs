// A minimal LSP client for the benchmark: starts the real server over stdio and records every
// diagnostics notification with the time it arrived.
import { serverBin, spawnServer } from './server-process.mjs';

const serverArgs = [...(process.env.BENCH_NODE_ARGS ? process.env.BENCH_NODE_ARGS.split(' ') : []), process.env.BENCH_SERVER ?? serverBin, '--stdio'];

export async function startServer(folder) {
    const server = spawnServer(serverArgs);
    const { connection } = server;
    const listeners = new Set();
    const latest = new Map();
    connection.onNotification('textDocument/publishDiagnostics', (params) => {
        const at = performance.now();
        latest.set(params.uri, params);
        listeners.forEach((listener) => listener(params, at));
    });
    const startedAt = performance.now();
    await server.initialize(folder, 'bench', { workspace: { configuration: true }, textDocument: { publishDiagnostics: { versionSupport: true } } });
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
        stop: server.stop
    };
}
