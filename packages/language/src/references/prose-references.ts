import {
    CstUtils, DocumentCache, GrammarUtils, URI, WorkspaceCache,
    type AstNode, type AstNodeDescription, type LangiumDocument, type LangiumDocuments
} from 'langium';
import type { Range } from 'vscode-languageserver-types';
import type { CommonsServices } from '../commons-module.js';
import { nameVariants } from '../names.js';
import { citationKey, collectCitations, resolveRelativeCitation, type CitableUnit } from '../structure/citations.js';
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

/**
 * Strings whose words are not the draft's own prose: titles, file paths, and the words of other
 * Acts quoted by an amendment. Square brackets there are literal, not references.
 */
const NON_PROSE_PROPERTIES: Record<string, ReadonlySet<string>> = {
    Import: new Set(['path']),
    Instrument: new Set(['title']),
    Definitions: new Set(['title']),
    Definition: new Set(['name']),
    Actor: new Set(['name', 'label']),
    AmendmentOperation: new Set(['target', 'act', 'original', 'replacement', 'anchor', 'inserted', 'omitted']),
    ShortTitle: new Set(['value']), Sponsor: new Set(['value']), Version: new Set(['value']), Amends: new Set(['act']),
    Extent: new Set(['places']),
    PartyRef: new Set(['party']),
};

const PROSE_TOKENS = new Set(['STRING', 'DEFINED_TERM']);
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
    private readonly citations: WorkspaceCache<string, Map<string, CitableUnit[]>>;

    constructor(services: CommonsServices) {
        this.documents = services.shared.workspace.LangiumDocuments;
        this.scopeProvider = services.references.ScopeProvider as CommonsScopeProvider;
        this.importGraph = services.workspace.ImportGraph;
        this.spans = new DocumentCache(services.shared);
        this.citations = new WorkspaceCache(services.shared);
    }

    /** Every bracketed reference in a file's prose, in document order. */
    referencesIn(document: LangiumDocument): ProseReference[] {
        return this.spans.get(document.uri, 'spans', () => findProseReferences(document));
    }

    /** What a prose reference points at, or undefined when nothing matches. */
    resolve(reference: ProseReference, document: LangiumDocument): ProseTarget | undefined {
        const relative = resolveRelativeCitation(reference.text, reference.container);
        const citations = this.visibleCitations(document);
        const units = citations.get(relative ?? citationKey(reference.text));
        if (units) return { kind: 'unit', units };
        const symbols = this.scopeProvider.getSymbolTable(document);
        for (const variant of nameVariants(reference.text)) {
            const description = symbols.get(variant);
            if (description) return { kind: 'declaration', description };
        }
        return undefined;
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

function findProseReferences(document: LangiumDocument): ProseReference[] {
    const root = document.parseResult.value.$cstNode;
    if (!root) return [];
    const found: ProseReference[] = [];
    for (const leaf of CstUtils.flattenCst(root)) {
        if (!PROSE_TOKENS.has(leaf.tokenType.name) || !leaf.text.includes('[')) continue;
        const container = leaf.astNode;
        const property = GrammarUtils.findAssignment(leaf)?.feature;
        if (property && NON_PROSE_PROPERTIES[container.$type]?.has(property)) continue;
        for (const match of leaf.text.matchAll(REFERENCE_PATTERN)) {
            const offset = leaf.offset + match.index!;
            const length = match[0].length;
            found.push({
                text: match[1].trim(),
                offset,
                length,
                range: { start: document.textDocument.positionAt(offset), end: document.textDocument.positionAt(offset + length) },
                container
            });
        }
    }
    return found;
}

/** The prose reference at a document offset, if any (for hover, definition and rename). */
export function proseReferenceAt(references: readonly ProseReference[], offset: number): ProseReference | undefined {
    return references.find((reference) => offset >= reference.offset && offset < reference.offset + reference.length);
}
