import { DefaultDocumentBuilder, DocumentState, isOperationCancelled, type AstNode, type LangiumDocument, type MaybePromise } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { CancellationToken } from 'vscode-languageserver';
import type { DraftFaults } from './draft-faults.js';
import type { IncrementalDocumentFactory } from './incremental-document-factory.js';

/**
 * Langium's document builder with a guard around each draft in each phase. Langium runs a phase
 * over every draft in turn and lets the first exception end the whole build, which in the editor
 * ended the server (an unhandled rejection) or, during the start-up load, left it answering
 * nothing for any file. Here an exception from one draft (a parser stack overflow, a check that
 * throws) is recorded against that draft alone (DraftFaults); the draft skips its later phases and
 * shows one finding that says Commons failed on it, and every other draft is built as usual.
 * Cancellation still ends the build, as Langium expects.
 */
export class CommonsDocumentBuilder extends DefaultDocumentBuilder {
    constructor(services: LangiumSharedServices) {
        super(services);
    }

    private get faults(): DraftFaults {
        return (this.langiumDocumentFactory as IncrementalDocumentFactory).faults;
    }

    protected override runCancelable(documents: LangiumDocument[], targetState: DocumentState, cancelToken: CancellationToken,
        callback: (document: LangiumDocument) => MaybePromise<unknown>): Promise<void> {
        return super.runCancelable(documents, targetState, cancelToken, async (document) => {
            const uri = document.uri.toString();
            // A draft that already failed skips to its validation, which reports the fault (validate below).
            if (this.faults.has(uri) && targetState !== DocumentState.Parsed && targetState !== DocumentState.Validated) return;
            try {
                await callback(document);
            } catch (error) {
                if (isOperationCancelled(error)) throw error;
                this.faults.record(uri, targetState, error);
            }
        });
    }

    protected override async validate(document: LangiumDocument, cancelToken: CancellationToken): Promise<void> {
        const uri = document.uri.toString();
        if (!this.faults.has(uri)) {
            try {
                await super.validate(document, cancelToken);
            } catch (error) {
                if (isOperationCancelled(error)) throw error;
                this.faults.record(uri, DocumentState.Validated, error);
            }
        }
        const fault = this.faults.diagnosticFor(uri);
        if (fault) document.diagnostics = [fault];
    }

    override resetToState<T extends AstNode>(document: LangiumDocument<T>, state: DocumentState): void {
        this.faults.resetTo(document.uri.toString(), state);
        super.resetToState(document, state);
    }
}
