import { DefaultWorkspaceManager, type BuildOptions } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { CancellationToken } from 'vscode-languageserver';
import type { WorkspaceFolder } from 'vscode-languageserver';

/** How long start-up waits for the editor's settings before checking drafts without them. */
const SETTINGS_WAIT_MILLISECONDS = 2000;

/**
 * Loads every draft in the workspace folders in one go at start-up (not one file at a time) and
 * checks them all, so findings appear across the workspace, not only in open files. It waits
 * briefly for the editor's settings first, so the first check already uses them.
 */
export class CommonsWorkspaceManager extends DefaultWorkspaceManager {
    override initialBuildOptions: BuildOptions = { validation: true };
    private readonly shared: LangiumSharedServices;

    constructor(services: LangiumSharedServices) {
        super(services);
        this.shared = services;
    }

    override async initializeWorkspace(folders: WorkspaceFolder[], cancelToken?: CancellationToken): Promise<void> {
        await Promise.race([
            this.shared.workspace.ConfigurationProvider.ready,
            new Promise((resolve) => setTimeout(resolve, SETTINGS_WAIT_MILLISECONDS).unref())
        ]);
        return super.initializeWorkspace(folders, cancelToken);
    }
}
