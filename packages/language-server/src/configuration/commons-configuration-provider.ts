import { DefaultConfigurationProvider } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { DidChangeConfigurationParams } from 'vscode-languageserver';

/** The editor settings section Commons reads: `commons.preset`, `commons.rules`. */
export const SETTINGS_SECTION = 'commons';

/**
 * Langium's configuration provider, with two gaps closed. Settings fetched at start-up are
 * announced like later changes, so listeners see them; and a change notification that carries
 * no settings (the "pull" style VS Code's client and many others use) makes the server ask the
 * editor for the section again instead of being ignored.
 */
export class CommonsConfigurationProvider extends DefaultConfigurationProvider {
    private readonly shared: LangiumSharedServices;

    constructor(services: LangiumSharedServices) {
        super(services);
        this.shared = services;
    }

    override updateConfiguration(change: DidChangeConfigurationParams): void {
        const settings = change.settings as Record<string, unknown> | null | undefined;
        if (settings && typeof settings === 'object' && SETTINGS_SECTION in settings) {
            // Not super.updateConfiguration: it would announce each section a second time.
            for (const [section, configuration] of Object.entries(settings)) this.updateSectionConfiguration(section, configuration);
            return;
        }
        void this.refetch();
    }

    protected override updateSectionConfiguration(section: string, configuration: unknown): void {
        super.updateSectionConfiguration(section, configuration as Record<string, unknown>);
        this.onConfigurationSectionUpdateEmitter.fire({ section, configuration });
    }

    private async refetch(): Promise<void> {
        const connection = this.shared.lsp.Connection;
        if (!connection || !this.workspaceConfig) return;
        try {
            const [configuration] = await connection.workspace.getConfiguration([{ section: SETTINGS_SECTION }]);
            this.updateSectionConfiguration(SETTINGS_SECTION, configuration ?? {});
        } catch {
            // An editor that cannot answer keeps the settings it last sent.
        }
    }
}
