import type { CommonsAddedServices } from '@commons/language';
import type { LangiumServices, LangiumSharedServices } from 'langium/lsp';
import type { LintSettings } from './configuration/lint-settings.js';
import type { Occurrences } from './navigation/occurrences.js';
import type { DraftSummaries } from './summary/draft-summaries.js';
import type { EarlyFindings } from './diagnostics/early-findings.js';
import type { PublishedDiagnostics } from './diagnostics/published-diagnostics.js';
import type { DiagnosticsPublisher } from './diagnostics/diagnostics-publisher.js';
import type { BackgroundChecks } from './diagnostics/background-checks.js';

/** Services the language server adds to the language core, grouped under `editor`. */
export type CommonsEditorServices = {
    editor: {
        LintSettings: LintSettings;
        Occurrences: Occurrences;
        DraftSummaries: DraftSummaries;
        EarlyFindings: EarlyFindings;
        PublishedDiagnostics: PublishedDiagnostics;
        Publisher: DiagnosticsPublisher;
        BackgroundChecks: BackgroundChecks;
    };
};

export type CommonsLspServices = LangiumServices & CommonsAddedServices & CommonsEditorServices;

export type { LangiumSharedServices };
