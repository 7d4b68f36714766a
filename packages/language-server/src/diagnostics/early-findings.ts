import { DocumentState, type LangiumDocument, type URI } from 'langium';
import type { Diagnostic, Position, Range } from 'vscode-languageserver';
import { IssueCodes, findWaivers, type Document, type Waiver } from '@commons/language';
import type { CommonsLspServices } from '../commons-lsp-services.js';
import type { IncrementalDocumentFactory, IncrementalEdit } from '../workspace/incremental-document-factory.js';
import type { CommonsDocumentValidator } from './commons-document-validator.js';
import type { EditorLinker } from '../references/editor-linker.js';

/**
 * Checks that read the whole draft (or several files) and are not re-run for one element. Their
 * findings inside the changed element stay until the full check replaces them, unless they sat
 * in the changed text itself.
 */
const WHOLE_DRAFT_CODES: ReadonlySet<string> = new Set([
    IssueCodes.UnresolvedReference, IssueCodes.DuplicateName, IssueCodes.DuplicateNumber, IssueCodes.NumberOutOfOrder,
    IssueCodes.MissingImport, IssueCodes.CyclicImport, IssueCodes.SelfImport, IssueCodes.RepeatedImport, IssueCodes.NotACommonsFile
]);

/**
 * Findings within moments of a keystroke, in a draft of any size. After an edit that was parsed
 * in place (see IncrementalDocumentFactory), as soon as the draft is indexed this re-checks only
 * the element that changed (its references, its own checks and the lint rules over it) and
 * publishes those findings together with the draft's other findings, moved to follow the text.
 * The full check of the whole draft runs next and replaces them.
 *
 * To do that it keeps, for each draft, the findings in step with the draft's latest parse.
 */
export class EarlyFindings {
    private readonly services: CommonsLspServices;
    private readonly inStep = new Map<string, Diagnostic[]>();
    /** Waiver comments, read once and then moved with the text, as reading them means walking the whole draft. */
    private readonly waiversInStep = new Map<string, Waiver[]>();
    private readonly publishedEarly = new Set<string>();
    /** Drafts parsed in place since their last early check. */
    private readonly awaitingEarlyCheck = new Set<string>();

    constructor(services: CommonsLspServices) {
        this.services = services;
        const factory = services.shared.workspace.LangiumDocumentFactory as IncrementalDocumentFactory;
        factory.onReparsed((uri, edit) => this.followEdit(uri, edit));
        // As soon as every changed draft is indexed, before the whole draft is linked: the changed
        // element links its own references, which is all the early check needs.
        services.shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.IndexedContent, async (documents) => {
            for (const document of documents) await this.afterIndexing(document);
        });
    }

    /** Findings published for a draft's current text (the full check's, or early ones). */
    remember(uri: string, diagnostics: Diagnostic[]): void {
        this.inStep.set(uri, diagnostics);
    }

    forget(uri: string): void {
        this.inStep.delete(uri);
        this.waiversInStep.delete(uri);
    }

    /** Whether early findings went out for this draft's current text; the full check may then wait for typing to pause. */
    takePublishedEarly(uri: URI): boolean {
        return this.publishedEarly.delete(uri.toString());
    }

    private followEdit(uri: URI, edit: IncrementalEdit | undefined): void {
        const key = uri.toString();
        this.publishedEarly.delete(key);
        if (edit) this.awaitingEarlyCheck.add(key); else this.awaitingEarlyCheck.delete(key);
        if (!edit) {
            // A full parse may have moved anything; nothing is known to be in step until the next full check.
            this.forget(key);
            return;
        }
        const movedRange = (range: Range): Range => ({ start: moved(range.start, edit), end: moved(range.end, edit) });
        const previous = this.inStep.get(key);
        if (previous) {
            const changed: Range = { start: edit.startPosition, end: edit.oldEndPosition };
            this.inStep.set(key, previous.filter((diagnostic) => !touches(diagnostic.range, changed)).map((diagnostic) => ({ ...diagnostic, range: movedRange(diagnostic.range) })));
        }
        const waivers = this.waiversInStep.get(key);
        if (waivers && !/\/\/|\/\*|\*\//.test(edit.oldChangedText + edit.newChangedText)) {
            this.waiversInStep.set(key, waivers.map((waiver) => ({ ...waiver, range: movedRange(waiver.range), covers: movedRange(waiver.covers) })));
        } else {
            // The edit touched a comment, which may be a waiver: read them afresh when next needed.
            this.waiversInStep.delete(key);
        }
    }

    private async afterIndexing(document: LangiumDocument): Promise<void> {
        const key = document.uri.toString();
        if (!this.awaitingEarlyCheck.delete(key)) return;
        const edit = (this.services.shared.workspace.LangiumDocumentFactory as IncrementalDocumentFactory).lastEdit(document.uri);
        const previous = this.inStep.get(key);
        if (!edit || !previous || edit.unit.$cstNode === undefined) return;
        (this.services.references.Linker as EditorLinker).linkElement(document, edit.unit);
        const unitRange = edit.unit.$cstNode.range;
        const kept = previous.filter((diagnostic) => !startsWithin(diagnostic.range, unitRange) || WHOLE_DRAFT_CODES.has(String(diagnostic.code)));
        const validator = this.services.validation.DocumentValidator as CommonsDocumentValidator;
        let waivers = this.waiversInStep.get(key);
        if (!waivers) {
            waivers = findWaivers(document as LangiumDocument<Document>);
            this.waiversInStep.set(key, waivers);
        }
        const fresh = await validator.validateElement(document as LangiumDocument<Document>, edit.unit, waivers);
        const diagnostics = [...kept, ...fresh].sort(byPosition);
        this.inStep.set(key, diagnostics);
        this.publishedEarly.add(key);
        this.services.editor.Publisher.publish(document, diagnostics, true);
        // The connection writes messages on a later turn of the event loop; give it that turn now,
        // before the rest of the build keeps the loop busy.
        await new Promise((resolve) => setImmediate(resolve));
    }
}

function before(a: Position, b: Position): boolean {
    return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/** Whether a diagnostic overlaps (or sits at the edge of) the changed stretch of the old text. */
function touches(range: Range, changed: Range): boolean {
    return !before(range.end, changed.start) && !before(changed.end, range.start);
}

function startsWithin(range: Range, outer: Range): boolean {
    return !before(range.start, outer.start) && !before(outer.end, range.start);
}

/** A position in the old text, moved to where it stands after the edit. */
function moved(position: Position, edit: IncrementalEdit): Position {
    if (before(position, edit.oldEndPosition)) return position;
    if (position.line === edit.oldEndPosition.line) {
        return { line: edit.newEndPosition.line, character: edit.newEndPosition.character + (position.character - edit.oldEndPosition.character) };
    }
    return { line: position.line + (edit.newEndPosition.line - edit.oldEndPosition.line), character: position.character };
}

function byPosition(a: Diagnostic, b: Diagnostic): number {
    return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}
