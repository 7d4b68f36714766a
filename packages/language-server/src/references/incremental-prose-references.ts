import { URI, WorkspaceCache, type AstNode, type LangiumDocument } from 'langium';
import type { Range } from 'vscode-languageserver';
import {
    ProseReferences, citationKey, citationOf, collectCitations, findProseFragments, findProseReferences, isCitableUnit, walkAst,
    type CitableUnit, type CommonsServices, type ProseFragment, type ProseReference
} from '@commons/language';
import type { IncrementalDocumentFactory, IncrementalEdit } from '../workspace/incremental-document-factory.js';

/** What the prose reader found in one parse of a document. */
interface ProseInStep {
    /** The tree these belong to; a full parse makes a new one, and the entry is then dropped. */
    root: AstNode;
    fragments?: ProseFragment[];
    references?: ProseReference[];
    citations?: Map<string, CitableUnit[]>;
}

/**
 * The core's prose references (ProseReferences: the draft's prose, the [references] in it and the
 * units it can cite), kept up to date element by element while the writer types. The core reads
 * them afresh for the whole document after every change, which in a 1 MB Act costs more than the
 * rest of an early check. After an edit parsed in place, this reads only the element that changed
 * and moves what came after it by the size of the edit; after a full parse it reads everything,
 * exactly as the core does. Resolution and everything else is the core's.
 */
export class IncrementalProseReferences extends ProseReferences {
    private readonly inStep = new Map<string, ProseInStep>();
    private readonly merged: WorkspaceCache<string, Map<string, CitableUnit[]>>;
    private readonly documentsService: CommonsServices['shared']['workspace']['LangiumDocuments'];
    private readonly graph: CommonsServices['workspace']['ImportGraph'];

    constructor(services: CommonsServices) {
        super(services);
        this.documentsService = services.shared.workspace.LangiumDocuments;
        this.graph = services.workspace.ImportGraph;
        this.merged = new WorkspaceCache(services.shared);
        const factory = services.shared.workspace.LangiumDocumentFactory as unknown as IncrementalDocumentFactory;
        factory.onReparsed((uri, edit) => this.followEdit(uri, edit));
        services.shared.workspace.DocumentBuilder.onUpdate((_changed, deleted) => deleted.forEach((uri) => this.inStep.delete(uri.toString())));
    }

    override fragmentsIn(document: LangiumDocument): ProseFragment[] {
        const entry = this.entryFor(document);
        return entry.fragments ??= findProseFragments(document);
    }

    override referencesIn(document: LangiumDocument): ProseReference[] {
        const entry = this.entryFor(document);
        return entry.references ??= findProseReferences(document, this.fragmentsIn(document));
    }

    override visibleCitations(document: LangiumDocument): Map<string, CitableUnit[]> {
        const visible = [...this.graph.visibleUris(document)].sort();
        if (visible.length === 1 && visible[0] === document.uri.toString()) return this.citationsOf(document);
        return this.merged.get(visible.join('\n'), () => {
            const index = new Map<string, CitableUnit[]>();
            for (const uri of visible) {
                const other = this.documentsService.getDocument(URI.parse(uri));
                if (!other) continue;
                for (const [key, units] of this.citationsOf(other)) {
                    const list = index.get(key);
                    if (list) list.push(...units); else index.set(key, [...units]);
                }
            }
            return index;
        });
    }

    /** The units of one document, by citation key, as the core's collectCitations lists them. */
    private citationsOf(document: LangiumDocument): Map<string, CitableUnit[]> {
        const entry = this.entryFor(document);
        return entry.citations ??= collectCitations(document.parseResult.value);
    }

    private entryFor(document: LangiumDocument): ProseInStep {
        const key = document.uri.toString();
        const root = document.parseResult.value;
        let entry = this.inStep.get(key);
        if (!entry || entry.root !== root) {
            entry = { root };
            this.inStep.set(key, entry);
        }
        return entry;
    }

    /** After a parse: drop what a full parse replaced; after an edit in place, replace only the edited element's part. */
    private followEdit(uri: URI, edit: IncrementalEdit | undefined): void {
        const key = uri.toString();
        const entry = this.inStep.get(key);
        const document = this.documentsService.getDocument(uri);
        if (!entry || !edit || !document || document.parseResult.value !== entry.root) {
            this.inStep.delete(key);
            return;
        }
        const unitCst = edit.unit.$cstNode!;
        const element = { parseResult: { value: { $cstNode: unitCst } } } as unknown as LangiumDocument;
        const moved = (range: Range): Range => ({ start: movePosition(range.start, edit), end: movePosition(range.end, edit) });
        if (entry.fragments) {
            const fresh = findProseFragments(element);
            entry.fragments = splice(entry.fragments, edit, fresh, (fragment) => fragment.offset,
                (fragment) => ({ ...fragment, offset: fragment.offset + edit.delta, range: moved(fragment.range) }));
            if (entry.references) {
                entry.references = splice(entry.references, edit, findProseReferences(document, fresh), (reference) => reference.offset,
                    (reference) => ({ ...reference, offset: reference.offset + edit.delta, range: moved(reference.range) }));
            }
        } else {
            entry.references = undefined;
        }
        if (entry.citations) entry.citations = replaceCitations(entry.citations, edit.replaced, edit.unit);
    }
}

/** The items before the edited element, the element's fresh ones, and the items after it moved along. */
function splice<T>(items: readonly T[], edit: IncrementalEdit, fresh: readonly T[], offsetOf: (item: T) => number, move: (item: T) => T): T[] {
    const result: T[] = [];
    for (const item of items) if (offsetOf(item) < edit.unitStart) result.push(item);
    result.push(...fresh);
    for (const item of items) if (offsetOf(item) >= edit.oldUnitEnd) result.push(move(item));
    return result;
}

/**
 * The citation index with the old element's units taken out and the new element's put in, in
 * document order. A new map, so anyone still holding the old one is not surprised.
 */
function replaceCitations(index: ReadonlyMap<string, CitableUnit[]>, replaced: AstNode, unit: AstNode): Map<string, CitableUnit[]> {
    const next = new Map(index);
    const gone = new Set<AstNode>();
    walkAst(replaced, (node) => gone.add(node));
    for (const [key, units] of index) {
        if (!units.some((each) => gone.has(each))) continue;
        const kept = units.filter((each) => !gone.has(each));
        if (kept.length > 0) next.set(key, kept); else next.delete(key);
    }
    walkAst(unit, (node) => {
        if (!isCitableUnit(node)) return;
        const citation = citationOf(node);
        if (citation === undefined) return;
        const key = citationKey(citation);
        next.set(key, [...(next.get(key) ?? []), node].sort((a, b) => (a.$cstNode?.offset ?? 0) - (b.$cstNode?.offset ?? 0)));
    });
    return next;
}

/** A position at or after the old end of the edited element, moved to where it stands now. */
function movePosition(position: Range['start'], edit: IncrementalEdit): Range['start'] {
    const end = edit.oldUnitEndPosition;
    if (position.line === end.line) return { line: edit.newUnitEndPosition.line, character: edit.newUnitEndPosition.character + (position.character - end.character) };
    return { line: position.line + edit.newUnitEndPosition.line - end.line, character: position.character };
}
