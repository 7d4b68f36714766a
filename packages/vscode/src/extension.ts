import { join } from 'node:path';
import { commands, workspace, type ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { SummaryPanel } from './summary-panel.js';

let client: LanguageClient | undefined;

/**
 * Starts the Commons language server bundled with the extension (dist/server.mjs, run by the
 * editor's own Node.js) and adds the summary preview. Everything else (findings, hovers,
 * completion, rename, formatting, fixes) comes from the server.
 */
export async function activate(context: ExtensionContext): Promise<void> {
    const serverModule = context.asAbsolutePath(join('dist', 'server.mjs'));
    const serverOptions: ServerOptions = {
        run: { module: serverModule, transport: TransportKind.ipc },
        debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } }
    };
    const clientOptions: LanguageClientOptions = {
        documentSelector: [{ language: 'commons', scheme: 'file' }, { language: 'commons', scheme: 'untitled' }],
        // Drafts changed outside the editor, and commons.json files, are picked up as they change.
        synchronize: { fileEvents: workspace.createFileSystemWatcher('**/{*.commons,commons.json}') }
    };
    client = new LanguageClient('commons', 'Commons', serverOptions, clientOptions);
    await client.start();
    const summaries = new SummaryPanel(client);
    context.subscriptions.push(summaries, commands.registerCommand('commons.openSummaryToSide', () => summaries.openBeside()));
}

export function deactivate(): Promise<void> | undefined {
    return client?.stop();
}
