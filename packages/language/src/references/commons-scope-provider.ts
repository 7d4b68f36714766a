import { DefaultScopeProvider, AstUtils, MultiMapScope, WorkspaceCache, type ReferenceInfo, type Scope, type AstNodeDescription, type LangiumDocument } from 'langium';
import type { CommonsServices } from '../commons-module.js';
import type { CommonsIndexManager } from '../workspace/commons-index-manager.js';
import type { ImportGraph } from '../workspace/import-graph.js';

/**
 * A draft sees the declarations of its own file and of the files it imports (and, for a
 * schedule or definitions file, those of the instrument that imports it), never the rest of
 * the workspace: two unrelated drafts may both define "community body" differently.
 */
export class CommonsScopeProvider extends DefaultScopeProvider {
    private readonly importGraph: ImportGraph;
    private readonly scopeCache: WorkspaceCache<string, Scope>;
    private readonly symbolTableCache: WorkspaceCache<string, Map<string, AstNodeDescription>>;

    constructor(services: CommonsServices) {
        super(services);
        this.importGraph = services.workspace.ImportGraph;
        this.scopeCache = new WorkspaceCache(services.shared);
        this.symbolTableCache = new WorkspaceCache(services.shared);
    }

    override getScope(context: ReferenceInfo): Scope {
        const referenceType = this.reflection.getReferenceType(context);
        const document = AstUtils.getDocument(context.container);
        return this.scopeCache.get(`${document.uri.toString()}#${referenceType}`,
            () => new MultiMapScope(this.visibleSymbols(document, referenceType)));
    }

    /** Every declaration a document can refer to, by normalised name (first declaration wins). */
    getSymbolTable(document: LangiumDocument): Map<string, AstNodeDescription> {
        return this.symbolTableCache.get(document.uri.toString(), () => {
            const table = new Map<string, AstNodeDescription>();
            for (const description of this.visibleSymbols(document)) {
                if (!table.has(description.name)) table.set(description.name, description);
            }
            return table;
        });
    }

    /** Declarations of the given type (or its subtypes) that a document can refer to. */
    visibleSymbols(document: LangiumDocument, type?: string): AstNodeDescription[] {
        return (this.indexManager as CommonsIndexManager).elementsOf(this.importGraph.visibleUris(document), type);
    }
}
