import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createCommonsLanguageServices } from './commons-lsp-module.js';
import { startCommonsLanguageServer } from './start-server.js';

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
    const connection = createConnection(ProposedFeatures.all);
    const { shared, Commons } = createCommonsLanguageServices({ connection, ...NodeFileSystem });
    const docs = shippedRuleDocs();
    if (docs) Commons.lint.RuleDocs.useBase(pathToFileURL(docs).toString());
    startCommonsLanguageServer(shared, Commons);
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
