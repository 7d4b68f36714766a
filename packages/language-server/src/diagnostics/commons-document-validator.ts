import { AstUtils, OperationCancelled, type AstNode, type LangiumDocument, type ValidationOptions } from 'langium';
import type { CancellationToken, Diagnostic } from 'vscode-languageserver';
import { CommonsDocumentValidator as CoreDocumentValidator, type Document, type Waiver } from '@commons/language';
import { withRefusedImports } from './refused-imports.js';
import type { CommonsLspServices } from '../commons-lsp-services.js';
import { isBackgroundDraft, LARGE_DRAFT } from './large-drafts.js';
import { lintUnit } from './unit-lint.js';

/**
 * How long typing must pause before a large draft is checked in full: at least this long, and
 * twice as long as the draft's last full check took. A full check cannot be interrupted while the
 * lint rules run, so a keystroke that arrives during one waits for it; the longer a check takes,
 * the surer the pause must be.
 */
const SETTLE_MILLISECONDS = 300;
const LONGEST_SETTLE_MILLISECONDS = 3000;

/**
 * The core's validator, able to check one element of a draft on its own (for early findings), and
 * holding back the full check of a large draft until typing pauses, so that each keystroke's
 * early findings are not queued behind the full check of the keystroke before.
 */
export class CommonsDocumentValidator extends CoreDocumentValidator {
    private readonly services: CommonsLspServices;
    private readonly lastFullCheck = new Map<string, number>();

    constructor(services: CommonsLspServices) {
        super(services);
        this.services = services;
    }

    override async validateDocument(document: LangiumDocument, options: ValidationOptions = {}, cancelToken?: CancellationToken): Promise<Diagnostic[]> {
        // A huge draft is parsed and checked in a worker thread; see BackgroundChecks.
        if (isBackgroundDraft(document.textDocument.getText())) return this.services.editor.BackgroundChecks.findingsFor(document);
        const key = document.uri.toString();
        const hadEarlyFindings = this.services.editor.EarlyFindings.takePublishedEarly(document.uri);
        if (hadEarlyFindings && document.textDocument.getText().length >= LARGE_DRAFT && cancelToken) {
            const wait = Math.min(LONGEST_SETTLE_MILLISECONDS, Math.max(SETTLE_MILLISECONDS, 2 * (this.lastFullCheck.get(key) ?? 0)));
            await settle(wait, cancelToken);
        }
        const started = performance.now();
        const diagnostics = await super.validateDocument(document, options, cancelToken);
        this.lastFullCheck.set(key, performance.now() - started);
        return withRefusedImports(this.services, document, diagnostics);
    }

    /** The findings about one element: its unresolved references, its own checks and the lint rules over it. */
    async validateElement(document: LangiumDocument<Document>, element: AstNode, waivers: readonly Waiver[]): Promise<Diagnostic[]> {
        const diagnostics: Diagnostic[] = [];
        const cst = element.$cstNode;
        if (!cst) return diagnostics;
        const references = document.references.filter((reference) => {
            const node = reference.$refNode;
            return node !== undefined && node.offset >= cst.offset && node.end <= cst.end;
        });
        this.processLinkingErrors({ ...document, references } as LangiumDocument, diagnostics, {});
        await this.validateAstNodes(element, { categories: ['built-in', 'fast'] }, (severity, message, info) => {
            diagnostics.push(this.toDiagnostic(severity, message, info));
        });
        const config = this.services.lint.LintConfigProvider.configFor(AstUtils.getDocument(element).uri);
        diagnostics.push(...lintUnit(this.services, document, element, config, waivers));
        return diagnostics;
    }
}

/** Waits, unless the wait is cancelled by a newer edit. */
function settle(milliseconds: number, cancelToken: CancellationToken): Promise<void> {
    return new Promise((resolve, reject) => {
        if (cancelToken.isCancellationRequested) {
            reject(OperationCancelled);
            return;
        }
        const subscription = cancelToken.onCancellationRequested(() => {
            clearTimeout(timer);
            subscription.dispose();
            reject(OperationCancelled);
        });
        const timer = setTimeout(() => {
            subscription.dispose();
            resolve();
        }, milliseconds);
    });
}
