import { URI, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
import type { CommonsServices } from '../commons-module.js';

/**
 * Loads drafts and every file they import (transitively) through the injected file system,
 * then parses, links and validates them together, so references resolve across files. The
 * language core itself never touches the disk: the CLI passes Node's file system, a browser
 * worker an in-memory one.
 */
export async function loadDrafts(shared: LangiumSharedCoreServices, commons: CommonsServices, entries: URI[]): Promise<LangiumDocument[]> {
    const documents = shared.workspace.LangiumDocuments;
    const fileSystem = shared.workspace.FileSystemProvider;
    const loaded = new Map<string, LangiumDocument>();
    const pending = [...entries];
    while (pending.length > 0) {
        const uri = pending.shift()!;
        const key = uri.toString();
        if (loaded.has(key)) continue;
        const document = await documents.getOrCreateDocument(uri);
        loaded.set(key, document);
        for (const { uri: imported } of commons.workspace.ImportGraph.importsOf(document)) {
            if (!loaded.has(imported.toString()) && imported.path.endsWith('.commons') && await fileSystem.exists(imported)) {
                pending.push(imported);
            }
        }
    }
    const all = [...loaded.values()];
    await shared.workspace.DocumentBuilder.build(all, { validation: true });
    return all;
}
