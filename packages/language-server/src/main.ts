import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { format } from 'node:util';
import { createConnection, ProposedFeatures, type Connection } from 'vscode-languageserver/node';
import { createCommonsLanguageServices } from './commons-lsp-module.js';
import { startCommonsLanguageServer } from './start-server.js';
import { FrameGuard } from './transport/frame-guard.js';
import { ConfinedFileSystemProvider } from './workspace/confined-file-system.js';

const USAGE = `Usage: commons-language-server --stdio

The Commons language server speaks the Language Server Protocol. Editors start it themselves;
point yours at this command with --stdio (or --node-ipc, or --socket=PORT).`;

const TRANSPORTS = ['--stdio', '--node-ipc', '--socket', '--pipe', '--clientProcessId'];

/** Starts the server on the transport named on the command line. */
export function main(argv: readonly string[] = process.argv.slice(2)): void {
    if (argv.includes('--help') || argv.includes('-h')) {
        process.stdout.write(`${USAGE}\n`);
        return;
    }
    if (!argv.some((arg) => TRANSPORTS.some((transport) => arg.startsWith(transport)))) {
        process.stderr.write(`${USAGE}\n`);
        process.exitCode = 2;
        return;
    }
    const connection = argv.includes('--stdio') ? stdioConnection() : createConnection(ProposedFeatures.all);
    const { shared, Commons } = createCommonsLanguageServices({ connection, fileSystemProvider: () => new ConfinedFileSystemProvider() });
    const docs = shippedRuleDocs();
    if (docs) {
        Commons.lint.RuleDocs.useBase(pathToFileURL(docs).toString());
        Commons.editor.BackgroundChecks.useRuleDocs(pathToFileURL(docs).toString());
    }
    startCommonsLanguageServer(shared, Commons);
}

/**
 * A connection over stdin and stdout, with stdin read through a FrameGuard: a malformed header is
 * answered with a parse error and the server exits with 1 (an editor then starts a new one),
 * requests before `initialize` get error -32002. The connection exits when stdin closes (the
 * editor has gone), with 0 after `shutdown` and 1 without, as the protocol asks.
 */
function stdioConnection(): Connection {
    const write = (message: object) => {
        const body = JSON.stringify(message);
        process.stdout.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    };
    const guard = new FrameGuard({
        reply: write,
        broken(reason) {
            process.stderr.write(`commons-language-server: the editor sent a message that cannot be read (${reason}), so the server stops; the editor can start it again.\n`);
            process.stdout.write('', () => process.exit(1));
        }
    });
    process.stdin.pipe(guard);
    const connection = createConnection(ProposedFeatures.all, guard, process.stdout);
    // Anything written to stdout outside the protocol would corrupt it: console output goes to the editor's log.
    console.log = (...args: unknown[]) => connection.console.log(format(...args));
    console.info = (...args: unknown[]) => connection.console.info(format(...args));
    console.warn = (...args: unknown[]) => connection.console.warn(format(...args));
    console.error = (...args: unknown[]) => connection.console.error(format(...args));
    console.debug = (...args: unknown[]) => connection.console.log(format(...args));
    return connection;
}

/**
 * The rule documentation shipped with the server (docs/rules in the repository, or beside the
 * bundled server in the editor extension), so findings link to it without a network.
 */
function shippedRuleDocs(): string | undefined {
    let folder = dirname(fileURLToPath(import.meta.url));
    for (let level = 0; level < 5; level++) {
        const candidate = join(folder, 'docs', 'rules');
        if (existsSync(join(candidate, 'README.md'))) return `${candidate}/`;
        folder = dirname(folder);
    }
    return undefined;
}
