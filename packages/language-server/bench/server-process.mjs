// The language server as a real process, spoken to in JSON-RPC over its stdio as an editor would.
// The benchmark and the tests both drive it through this, so they start, answer and stop it the
// same way; it is plain JavaScript so that the benchmark runs without a build.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';

export const serverBin = join(import.meta.dirname, '..', 'bin', 'commons-language-server.js');

/**
 * Starts `node ...args` and answers what the server asks of its client: `settings` for every
 * configuration request (the object itself, so a caller can change it between requests) and
 * consent to every capability registration. Add handlers of your own before `initialize`, which
 * starts listening.
 */
export function spawnServer(args, { stderr = 'inherit', settings = {} } = {}) {
    const child = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', stderr] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    connection.onRequest('workspace/configuration', (params) => params.items.map(() => settings));
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('client/unregisterCapability', () => null);
    connection.onNotification('window/logMessage', () => undefined);
    return {
        child,
        connection,
        async initialize(folder, name, capabilities) {
            connection.listen();
            const folderUri = pathToFileURL(folder).toString();
            const result = await connection.sendRequest('initialize', { processId: process.pid, rootUri: folderUri, workspaceFolders: [{ uri: folderUri, name }], capabilities });
            connection.sendNotification('initialized', {});
            return result;
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
