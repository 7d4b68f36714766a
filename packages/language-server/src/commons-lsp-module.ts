import { inject, type Module } from 'langium';
import {
    createDefaultModule, createDefaultSharedModule,
    type DefaultSharedModuleContext, type LangiumSharedServices, type PartialLangiumServices, type PartialLangiumSharedServices
} from 'langium/lsp';
import { CommonsGeneratedModule, CommonsGeneratedSharedModule, CommonsModule, CommonsSharedModule, registerValidationChecks } from '@commons/language';
import type { CommonsEditorServices, CommonsLspServices } from './commons-lsp-services.js';
import { CommonsCodeActionProvider } from './code-actions/commons-code-action-provider.js';
import { CommonsCodeLensProvider } from './code-lens/commons-code-lens-provider.js';
import { CommonsCompletionProvider } from './completion/commons-completion-provider.js';
import { CommonsConfigurationProvider } from './configuration/commons-configuration-provider.js';
import { LintSettings } from './configuration/lint-settings.js';
import { CommonsDocumentValidator } from './diagnostics/commons-document-validator.js';
import { DiagnosticsPublisher } from './diagnostics/diagnostics-publisher.js';
import { BackgroundChecks } from './diagnostics/background-checks.js';
import { EarlyFindings } from './diagnostics/early-findings.js';
import { PublishedDiagnostics } from './diagnostics/published-diagnostics.js';
import { CommonsFoldingRangeProvider } from './folding/commons-folding-range-provider.js';
import { CommonsFormatter } from './formatting/commons-formatter.js';
import { CommonsSemanticTokenProvider } from './highlighting/commons-semantic-token-provider.js';
import { CommonsHoverProvider } from './hover/commons-hover-provider.js';
import { CommonsDefinitionProvider } from './navigation/commons-definition-provider.js';
import { CommonsRenameProvider } from './navigation/commons-rename-provider.js';
import { CommonsDocumentHighlightProvider, CommonsReferencesProvider } from './navigation/commons-references-provider.js';
import { Occurrences } from './navigation/occurrences.js';
import { DraftSummaries } from './summary/draft-summaries.js';
import { CommonsDocumentSymbolProvider } from './symbols/commons-document-symbol-provider.js';
import { CommonsWorkspaceSymbolProvider } from './symbols/commons-workspace-symbol-provider.js';
import { CommonsWorkspaceManager } from './workspace/commons-workspace-manager.js';
import { EditorLinker } from './references/editor-linker.js';
import { EditorReferenceDescriptionProvider } from './references/editor-reference-descriptions.js';
import { EditorScopeComputation } from './references/editor-scope-computation.js';
import { IncrementalProseReferences } from './references/incremental-prose-references.js';
import { IncrementalDocumentFactory } from './workspace/incremental-document-factory.js';
import { CommonsDocumentBuilder } from './workspace/commons-document-builder.js';

/** Workspace-wide replacements: loading and checking the workspace, parsing in place, settings, workspace symbols. */
export const CommonsSharedLspModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {
    workspace: {
        WorkspaceManager: (shared) => new CommonsWorkspaceManager(shared),
        LangiumDocumentFactory: (shared) => new IncrementalDocumentFactory(shared),
        DocumentBuilder: (shared) => new CommonsDocumentBuilder(shared),
        ConfigurationProvider: (shared) => new CommonsConfigurationProvider(shared)
    },
    lsp: {
        WorkspaceSymbolProvider: (shared) => new CommonsWorkspaceSymbolProvider(shared)
    }
};

/** The editor features of Commons, one service per concern. */
/** The services this module provides: Langium's editor services, Commons' editor services, and faster versions of three core ones. */
type CommonsLspProvided = PartialLangiumServices & CommonsEditorServices & { references: { ProseReferences: IncrementalProseReferences } };

export const CommonsLspModule: Module<CommonsLspServices, CommonsLspProvided> = {
    lsp: {
        HoverProvider: (services) => new CommonsHoverProvider(services),
        CompletionProvider: (services) => new CommonsCompletionProvider(services),
        DefinitionProvider: (services) => new CommonsDefinitionProvider(services),
        ReferencesProvider: (services) => new CommonsReferencesProvider(services),
        DocumentHighlightProvider: (services) => new CommonsDocumentHighlightProvider(services),
        RenameProvider: (services) => new CommonsRenameProvider(services),
        DocumentSymbolProvider: (services) => new CommonsDocumentSymbolProvider(services),
        FoldingRangeProvider: () => new CommonsFoldingRangeProvider(),
        SemanticTokenProvider: (services) => new CommonsSemanticTokenProvider(services),
        Formatter: () => new CommonsFormatter(),
        CodeActionProvider: (services) => new CommonsCodeActionProvider(services),
        CodeLensProvider: (services) => new CommonsCodeLensProvider(services)
    },
    references: {
        ScopeComputation: (services) => new EditorScopeComputation(services),
        Linker: (services) => new EditorLinker(services),
        ProseReferences: (services) => new IncrementalProseReferences(services)
    },
    validation: {
        DocumentValidator: (services) => new CommonsDocumentValidator(services)
    },
    workspace: {
        ReferenceDescriptionProvider: (services) => new EditorReferenceDescriptionProvider(services)
    },
    editor: {
        LintSettings: (services) => new LintSettings(services.lint.Rules, services.shared.workspace.FileSystemProvider),
        Occurrences: (services) => new Occurrences(services),
        DraftSummaries: (services) => new DraftSummaries(services),
        EarlyFindings: (services) => new EarlyFindings(services),
        PublishedDiagnostics: () => new PublishedDiagnostics(),
        Publisher: (services) => new DiagnosticsPublisher(services),
        BackgroundChecks: (services) => new BackgroundChecks(services)
    }
};

/**
 * The Commons language services with the editor features, on a shared Langium LSP core. The
 * context supplies the connection and the file system (NodeFileSystem for the stdio server).
 * Lint settings come from commons.json and the editor settings (LintSettings).
 */
export function createCommonsLanguageServices(context: DefaultSharedModuleContext): { shared: LangiumSharedServices; Commons: CommonsLspServices } {
    const shared = inject(createDefaultSharedModule(context), CommonsGeneratedSharedModule, CommonsSharedModule as Module<LangiumSharedServices, PartialLangiumSharedServices>, CommonsSharedLspModule);
    // The four modules together provide every CommonsLspServices member; their separate types cannot say so.
    const Commons = inject(
        createDefaultModule({ shared }),
        CommonsGeneratedModule,
        CommonsModule as unknown as Module<CommonsLspServices, object>,
        CommonsLspModule as unknown as Module<CommonsLspServices, object>
    ) as unknown as CommonsLspServices;
    shared.ServiceRegistry.register(Commons);
    registerValidationChecks(Commons);
    Commons.lint.LintConfigProvider.useResolver((uri) => Commons.editor.LintSettings.configFor(uri));
    return { shared, Commons };
}
