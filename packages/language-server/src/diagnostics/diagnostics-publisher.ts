import type { LangiumDocument, URI } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import type { CommonsLspServices } from '../commons-lsp-services.js';
import { LARGE_DRAFT } from './large-drafts.js';

/**
 * Sends findings to the editor, with the version of the text they belong to, and remembers what
 * was sent: the early findings after a keystroke and the full check's findings after them.
 */
export class DiagnosticsPublisher {
    private readonly services: CommonsLspServices;

    constructor(services: CommonsLspServices) {
        this.services = services;
    }

    /**
     * Sends findings. Early findings for a large draft go out without their fix data and rule
     * links: in a 1 MB Act those make up half of a message of nearly a megabyte, which every
     * keystroke would otherwise carry. The server keeps them, so quick fixes and hovers still
     * work, and the full check that follows sends everything.
     */
    publish(document: LangiumDocument, diagnostics: Diagnostic[], early = false): void {
        const uri = document.uri.toString();
        const open = this.services.shared.workspace.TextDocuments.get(uri);
        const slim = early && document.textDocument.getText().length >= LARGE_DRAFT;
        const sent = slim ? diagnostics.map(({ range, severity, code, message, source }) => ({ range, severity, code, message, source })) : diagnostics;
        this.services.shared.lsp.Connection?.sendDiagnostics({ uri, version: open?.version, diagnostics: sent });
        this.services.editor.PublishedDiagnostics.record(uri, diagnostics);
    }

    /** The full check's findings, which every later early check builds on. */
    publishFull(document: LangiumDocument): void {
        const diagnostics = document.diagnostics ?? [];
        this.services.editor.EarlyFindings.remember(document.uri.toString(), diagnostics);
        this.publish(document, diagnostics);
    }

    /** A deleted draft has no findings. */
    clear(uri: URI): void {
        const key = uri.toString();
        this.services.shared.lsp.Connection?.sendDiagnostics({ uri: key, diagnostics: [] });
        this.services.editor.PublishedDiagnostics.forget(key);
        this.services.editor.EarlyFindings.forget(key);
    }
}
