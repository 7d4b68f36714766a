import type { AstNode, ParseResult } from 'langium';
import { DocumentState } from 'langium';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';

/** The code of the finding that says Commons itself failed on a draft. */
export const FAULT_CODE = 'commons-fault';

/** What the server was doing when a draft made it fail, in the words a drafter reads. */
const PHASES: Record<number, string> = {
    [DocumentState.Parsed]: 'reading the draft',
    [DocumentState.IndexedContent]: 'listing what the draft defines',
    [DocumentState.ComputedScopes]: 'listing what the draft defines',
    [DocumentState.Linked]: 'connecting the names the draft uses',
    [DocumentState.IndexedReferences]: 'connecting the names the draft uses',
    [DocumentState.Validated]: 'checking the draft'
};

interface Fault {
    state: DocumentState;
    message: string;
}

/**
 * Drafts that made the server fail, one entry per draft. A failure while reading, linking or
 * checking one draft is kept here and shown as one finding at the top of that draft; every other
 * draft goes on being read, checked and served. The first failure of a build is the one reported
 * (later phases often fail only because the first did).
 */
export class DraftFaults {
    private readonly faults = new Map<string, Fault>();

    record(uri: string, state: DocumentState, error: unknown): void {
        if (this.faults.has(uri)) return;
        const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
        this.faults.set(uri, { state, message: message.slice(0, 300) });
    }

    has(uri: string): boolean {
        return this.faults.has(uri);
    }

    /** Forgets failures in the phases a document is going back to do again. */
    resetTo(uri: string, state: DocumentState): void {
        const fault = this.faults.get(uri);
        if (fault && fault.state > state) this.faults.delete(uri);
    }

    forget(uri: string): void {
        this.faults.delete(uri);
    }

    /** The finding shown at the top of a draft that made the server fail. */
    diagnosticFor(uri: string): Diagnostic | undefined {
        const fault = this.faults.get(uri);
        if (!fault) return undefined;
        const file = decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
        return {
            range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
            severity: DiagnosticSeverity.Error,
            code: FAULT_CODE,
            source: 'commons',
            message: `${file}, line 1: Commons failed while ${PHASES[fault.state] ?? 'checking the draft'} (${fault.message}). This is a fault in Commons, not a finding about your wording, and this draft has not been checked; your other drafts still are. Clauses nested very deeply or a very long quoted text can cause it: split that part, save, and the draft is checked again. If it persists, please report it with the draft.`
        };
    }
}

/** A document with nothing in it, standing in for a draft that could not be parsed (or is parsed elsewhere). */
export function emptyParseResult<T extends AstNode>(): ParseResult<T> {
    return { value: { $type: 'Document', imports: [] } as unknown as T, parserErrors: [], lexerErrors: [] };
}
