import { DocumentState, URI, type LangiumDocument } from 'langium';
import {
    addCallHierarchyHandler, addCodeActionHandler, addCodeLensHandler, addCompletionHandler, addConfigurationChangeHandler,
    addDocumentHighlightHandler, addDocumentLinkHandler, addDocumentSymbolHandler, addDocumentUpdateHandler, addExecuteCommandHandler,
    addFileOperationHandler, addFindReferencesHandler, addFoldingRangeHandler, addFormattingHandler, addGoToDeclarationHandler,
    addGoToImplementationHandler, addGoToTypeDefinitionHandler, addGotoDefinitionHandler, addHoverHandler, addInlayHintHandler,
    addRenameHandler, addSemanticTokenHandler, addSignatureHelpHandler, addTypeHierarchyHandler, addWorkspaceSymbolHandler,
    createRequestHandler, type LangiumSharedServices
} from 'langium/lsp';
import type { CommonsLspServices } from './commons-lsp-services.js';
import { ConfigurationSync } from './configuration/configuration-sync.js';
import { ConfinedFileSystemProvider } from './workspace/confined-file-system.js';
import { DraftSummaryRequest, type DraftSummary, type DraftSummaryParams } from './protocol.js';

/**
 * Starts the server on the services' connection. The same handlers as Langium's
 * startLanguageServer, except that findings are sent by DiagnosticsPublisher (with the text's
 * version, and early after a keystroke), code lenses read the findings already sent instead of
 * waiting for a full check, and `commons/summary` answers the summary preview.
 */
export function startCommonsLanguageServer(shared: LangiumSharedServices, commons: CommonsLspServices): void {
    const connection = shared.lsp.Connection;
    if (!connection) throw new Error('The Commons language server needs a connection to an editor.');

    addDocumentUpdateHandler(connection, shared);
    addFileOperationHandler(connection, shared);
    addCompletionHandler(connection, shared);
    addFindReferencesHandler(connection, shared);
    addDocumentSymbolHandler(connection, shared);
    addGotoDefinitionHandler(connection, shared);
    addGoToTypeDefinitionHandler(connection, shared);
    addGoToImplementationHandler(connection, shared);
    addDocumentHighlightHandler(connection, shared);
    addFoldingRangeHandler(connection, shared);
    addFormattingHandler(connection, shared);
    addCodeActionHandler(connection, shared);
    addRenameHandler(connection, shared);
    addHoverHandler(connection, shared);
    addInlayHintHandler(connection, shared);
    addSemanticTokenHandler(connection, shared);
    addExecuteCommandHandler(connection, shared);
    addSignatureHelpHandler(connection, shared);
    addCallHierarchyHandler(connection, shared);
    addTypeHierarchyHandler(connection, shared);
    addCodeLensHandler(connection, shared, DocumentState.IndexedContent);
    addDocumentLinkHandler(connection, shared);
    addConfigurationChangeHandler(connection, shared);
    addGoToDeclarationHandler(connection, shared);
    addWorkspaceSymbolHandler(connection, shared);

    const publisher = commons.editor.Publisher;
    shared.workspace.DocumentBuilder.onDocumentPhase(DocumentState.Validated, (document) => publisher.publishFull(document));
    shared.workspace.DocumentBuilder.onUpdate((_changed, deleted) => deleted.forEach((uri) => {
        publisher.clear(uri);
        commons.editor.BackgroundChecks.cancel(uri.toString());
    }));
    forgetClosedDrafts(shared, commons);

    connection.onRequest(DraftSummaryRequest, createRequestHandler<DraftSummaryParams, DraftSummary>(
        (services, document: LangiumDocument) => (services as unknown as CommonsLspServices).editor.DraftSummaries.summaryOf(document),
        // Validated, not Linked: asked right after a draft opens, the answer waits for its findings
        // instead of reporting none.
        shared, DocumentState.Validated
    ));

    new ConfigurationSync(shared, commons).start();

    connection.onInitialize((params) => {
        // Files on disk are read only inside the folders the editor opened (see ConfinedFileSystemProvider).
        const fileSystem = shared.workspace.FileSystemProvider;
        if (fileSystem instanceof ConfinedFileSystemProvider) {
            fileSystem.useFolders(params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []));
        }
        return shared.lsp.LanguageServer.initialize(params);
    });
    connection.onInitialized((params) => shared.lsp.LanguageServer.initialized(params));
    shared.workspace.TextDocuments.listen(connection);
    connection.listen();
}

/**
 * When the editor closes a draft, the server goes back to the file on disk: it reads the saved
 * text again, or forgets the draft if it was never saved. Langium keeps the last text it was sent,
 * which for a 50 MB draft kept hundreds of megabytes alive after the draft had closed. A
 * background check of the closed text is ended.
 */
function forgetClosedDrafts(shared: LangiumSharedServices, commons: CommonsLspServices): void {
    shared.workspace.TextDocuments.onDidClose(({ document }) => {
        const uri = URI.parse(document.uri);
        commons.editor.BackgroundChecks.cancel(document.uri);
        void shared.workspace.FileSystemProvider.exists(uri).then((onDisk) => shared.workspace.WorkspaceLock.write(
            (token) => shared.workspace.DocumentBuilder.update(onDisk ? [uri] : [], onDisk ? [] : [uri], token)
        )).catch((error: unknown) => console.error(`Could not update ${document.uri} after it closed:`, error));
    });
}
