// A worker thread that parses, links and checks one large draft (with the drafts it imports) and
// sends back its findings; BackgroundChecks starts one per check and ends it when the draft
// changes or closes. It uses the language core alone: no connection, no editor.
import { parentPort, workerData } from 'node:worker_threads';
import { URI, type LangiumDocument } from 'langium';
import { NodeFileSystem } from 'langium/node';
import type { Diagnostic } from 'vscode-languageserver';
import { createCommonsServices, type LintConfig } from '@commons/language';
import { ConfinedFileSystemProvider } from '../workspace/confined-file-system.js';
import { withRefusedImports } from './refused-imports.js';

export interface BackgroundRequest {
    uri: string;
    /** The draft's text in UTF-8. */
    bytes: Uint8Array;
    config: LintConfig;
    ruleDocs?: string;
    /** The workspace folders (URIs) the server confines reads to; none given, the worker reads as Langium does. */
    folders?: string[];
}

export type BackgroundReply = { diagnostics: Diagnostic[]; more: number } | { fault: string };

/**
 * At most this many findings go back to the editor. A huge draft can have hundreds of thousands,
 * and sending them all would hold the server's thread for seconds (and flood the editor's list).
 */
export const MOST_FINDINGS = 5000;

async function check({ uri, bytes, config, ruleDocs, folders }: BackgroundRequest): Promise<Diagnostic[]> {
    const text = new TextDecoder().decode(bytes);
    let fileSystem = NodeFileSystem;
    if (folders) {
        const confined = new ConfinedFileSystemProvider();
        confined.useFolders(folders);
        fileSystem = { fileSystemProvider: () => confined };
    }
    const { shared, Commons } = createCommonsServices(fileSystem);
    Commons.lint.LintConfigProvider.useResolver(() => config);
    if (ruleDocs) Commons.lint.RuleDocs.useBase(ruleDocs);
    const documents = shared.workspace.LangiumDocuments;
    const draft = shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(uri));
    documents.addDocument(draft);
    // The drafts it imports, so that names defined there resolve as they do in the editor.
    const all: LangiumDocument[] = [draft];
    const seen = new Set([uri]);
    for (let index = 0; index < all.length; index++) {
        for (const { uri: imported } of Commons.workspace.ImportGraph.importsOf(all[index])) {
            const key = imported.toString();
            if (seen.has(key) || !imported.path.endsWith('.commons')) continue;
            seen.add(key);
            if (await shared.workspace.FileSystemProvider.exists(imported)) all.push(await documents.getOrCreateDocument(imported));
        }
    }
    await shared.workspace.DocumentBuilder.build(all, { validation: true });
    return withRefusedImports(Commons, draft, draft.diagnostics ?? []);
}

check(workerData as BackgroundRequest).then(
    (diagnostics) => parentPort!.postMessage({ diagnostics: diagnostics.slice(0, MOST_FINDINGS), more: Math.max(0, diagnostics.length - MOST_FINDINGS) } satisfies BackgroundReply),
    (error: unknown) => parentPort!.postMessage({ fault: error instanceof Error ? `${error.name}: ${error.message}` : String(error) } satisfies BackgroundReply)
);
