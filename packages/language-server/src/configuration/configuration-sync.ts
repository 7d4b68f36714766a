import { DocumentState, URI, UriUtils } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { CommonsLspServices } from '../commons-lsp-services.js';
import { SETTINGS_SECTION } from './commons-configuration-provider.js';
import { CONFIG_FILE_NAME } from './lint-settings.js';

/**
 * Keeps lint settings in step with the editor's settings and the commons.json files on disk: when
 * either changes, every draft is checked again. Problems in a commons.json are shown on that file,
 * and the drafts it governs are checked with the recommended settings until it is fixed.
 */
export class ConfigurationSync {
    private problemFiles = new Set<string>();

    constructor(private readonly shared: LangiumSharedServices, private readonly commons: CommonsLspServices) {}

    start(): void {
        const settings = this.commons.editor.LintSettings;
        this.shared.workspace.ConfigurationProvider.onConfigurationSectionUpdate((update) => {
            if (update.section === SETTINGS_SECTION && settings.useEditorSettings(update.configuration)) void this.checkAgain();
        });
        this.shared.lsp.DocumentUpdateHandler.onWatchedFilesChange((params) => {
            if (params.changes.some((change) => UriUtils.basename(URI.parse(change.uri)) === CONFIG_FILE_NAME)) {
                settings.forget();
                void this.checkAgain();
            }
        });
        this.shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Validated, () => this.publishConfigProblems());
    }

    /** Checks every draft again with the current settings. */
    async checkAgain(): Promise<void> {
        await this.shared.workspace.WorkspaceManager.ready;
        await this.shared.workspace.WorkspaceLock.write(async (token) => {
            const documents = this.shared.workspace.LangiumDocuments.all.toArray();
            await this.shared.workspace.DocumentBuilder.build(documents, { validation: true }, token);
        });
    }

    private publishConfigProblems(): void {
        const connection = this.shared.lsp.Connection;
        if (!connection) return;
        const current = new Set<string>();
        for (const file of this.commons.editor.LintSettings.configFiles) {
            const uri = URI.file(file.path).toString();
            const diagnostics: Diagnostic[] = file.problems.map((problem) => ({
                range: { start: { line: problem.line - 1, character: problem.column - 1 }, end: { line: problem.line - 1, character: problem.column - 1 } },
                severity: DiagnosticSeverity.Error,
                message: `${problem.message} Until this is fixed, drafts here are checked with the recommended settings.`,
                source: 'commons'
            }));
            if (diagnostics.length > 0 || this.problemFiles.has(uri)) connection.sendDiagnostics({ uri, diagnostics });
            if (diagnostics.length > 0) current.add(uri);
        }
        for (const uri of this.problemFiles) if (!current.has(uri)) connection.sendDiagnostics({ uri, diagnostics: [] });
        this.problemFiles = current;
    }
}
