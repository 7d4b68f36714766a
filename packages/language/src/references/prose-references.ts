import {
    DocumentCache, URI, WorkspaceCache,
    type AstNode, type AstNodeDescription, type LangiumDocument, type LangiumDocuments
} from 'langium';
import type { Range } from 'vscode-languageserver-types';
import type { CommonsServices } from '../commons-module.js';
import { nameVariants } from '../names.js';
import { findProseFragments, type ProseFragment } from './prose-fragments.js';
import { citationKey, collectCitations, contextualCitationKeys, resolveRelativeCitation, type CitableUnit } from '../structure/citations.js';
import type { ImportGraph } from '../workspace/import-graph.js';
import type { CommonsScopeProvider } from './commons-scope-provider.js';

/** A bracketed reference written inside clause prose: "the [council] must ..." */
export interface ProseReference {
    /** The words between the brackets, as written. */
    readonly text: string;
    /** Document offset of the opening bracket. */
    readonly offset: number;
    /** Length including both brackets. */
    readonly length: number;
    readonly range: Range;
    /** The AST node whose prose contains the reference. */
    readonly container: AstNode;
}

export type ProseTarget =
    | { kind: 'declaration'; description: AstNodeDescription }
    | { kind: 'unit'; units: CitableUnit[] };

const REFERENCE_PATTERN = /\[([^\[\]\n]+)\]/g;

/**
 * Finds the references drafters write inside prose and resolves them to actors, defined terms,
 * named provisions and numbered units (sections, subsections, parts, schedules), across the files
 * a draft imports. Span-finding is cached per file; resolution per state of the workspace.
 */
export class ProseReferences {
    private readonly documents: LangiumDocuments;
    private readonly scopeProvider: CommonsScopeProvider;
    private readonly importGraph: ImportGraph;
    private readonly spans: DocumentCache<string, ProseReference[]>;
    private readonly fragments: DocumentCache<string, ProseFragment[]>;
    private readonly citations: WorkspaceCache<string, Map<string, CitableUnit[]>>;

    constructor(services: CommonsServices) {
        this.documents = services.shared.workspace.LangiumDocuments;
        this.scopeProvider = services.references.ScopeProvider as CommonsScopeProvider;
        this.importGraph = services.workspace.ImportGraph;
        this.spans = new DocumentCache(services.shared);
        this.fragments = new DocumentCache(services.shared);
        this.citations = new WorkspaceCache(services.shared);
    }

    /** Every piece of prose in a file, in document order. */
    fragmentsIn(document: LangiumDocument): ProseFragment[] {
        return this.fragments.get(document.uri, 'fragments', () => findProseFragments(document));
    }

    /** Every bracketed reference in a file's prose, in document order. */
    referencesIn(document: LangiumDocument): ProseReference[] {
        return this.spans.get(document.uri, 'spans', () => findProseReferences(document, this.fragmentsIn(document)));
    }

    /** What a prose reference points at, or undefined when nothing matches. */
    resolve(reference: ProseReference, document: LangiumDocument): ProseTarget | undefined {
        const citations = this.visibleCitations(document);
        const keys = [resolveRelativeCitation(reference.text, reference.container), citationKey(reference.text),
            ...contextualCitationKeys(reference.text, reference.container)];
        for (const key of keys) {
            const units = key === undefined ? undefined : citations.get(key);
            if (units) return { kind: 'unit', units };
        }
        const symbols = this.scopeProvider.getSymbolTable(document);
        for (const variant of nameVariants(reference.text)) {
            const description = symbols.get(variant);
            if (description) return { kind: 'declaration', description };
        }
        return undefined;
    }

    /** The names of every declaration the document can refer to in prose. */
    declaredNames(document: LangiumDocument): Iterable<string> {
        return this.scopeProvider.getSymbolTable(document).keys();
    }

    /** Citable units in every file the document can see, keyed by citation. */
    visibleCitations(document: LangiumDocument): Map<string, CitableUnit[]> {
        const visible = [...this.importGraph.visibleUris(document)].sort();
        return this.citations.get(visible.join('\n'), () => {
            const index = new Map<string, CitableUnit[]>();
            for (const uri of visible) {
                const other = this.documents.getDocument(URI.parse(uri));
                if (other) collectCitations(other.parseResult.value, index);
            }
            return index;
        });
    }
}

/** The bracketed references in the given fragments of a document's prose, in order. */
export function findProseReferences(document: LangiumDocument, fragments: readonly ProseFragment[]): ProseReference[] {
    const found: ProseReference[] = [];
    for (const fragment of fragments) {
        if (!fragment.text.includes('[')) continue;
        // Escapes in ordinary strings shift offsets, so scan the literal as written.
        const literalOffset = document.textDocument.offsetAt(fragment.range.start);
        const literal = document.textDocument.getText(fragment.range);
        for (const match of literal.matchAll(REFERENCE_PATTERN)) {
            const offset = literalOffset + match.index!;
            const length = match[0].length;
            found.push({
                text: match[1].trim(),
                offset,
                length,
                range: { start: document.textDocument.positionAt(offset), end: document.textDocument.positionAt(offset + length) },
                container: fragment.node
            });
        }
    }
    return found;
}

/** The prose reference at a document offset, if any (for hover, definition and rename). */
export function proseReferenceAt(references: readonly ProseReference[], offset: number): ProseReference | undefined {
    return references.find((reference) => offset >= reference.offset && offset < reference.offset + reference.length);
}
