import { DocumentCache, URI, UriUtils, WorkspaceCache, type LangiumDocument, type LangiumDocuments } from 'langium';
import type { CommonsServices } from '../commons-module.js';
import type { Document, Import } from '../generated/ast.js';

/** An import statement and the file it points at. */
export interface ResolvedImport {
    statement: Import;
    uri: URI;
}

/**
 * Which files a draft brings in with `import`, and so which files' actors, terms and provisions
 * it can refer to. A file sees everything in its own imports (transitively) and, when it is part
 * of a larger instrument (a schedule or shared definitions imported by an Act), everything the
 * importing instrument sees: a schedule may name the Act's actors without importing the Act.
 */
export class ImportGraph {
    private readonly documents: LangiumDocuments;
    private readonly importsCache: DocumentCache<string, ResolvedImport[]>;
    private readonly importersCache: WorkspaceCache<string, Map<string, string[]>>;
    private readonly visibleCache: WorkspaceCache<string, Set<string>>;

    constructor(services: CommonsServices) {
        this.documents = services.shared.workspace.LangiumDocuments;
        this.importsCache = new DocumentCache(services.shared);
        this.importersCache = new WorkspaceCache(services.shared);
        this.visibleCache = new WorkspaceCache(services.shared);
    }

    /** The imports a document declares, resolved against its own location. */
    importsOf(document: LangiumDocument): ResolvedImport[] {
        return this.importsCache.get(document.uri, 'imports', () => {
            const root = document.parseResult.value as Document;
            const folder = UriUtils.dirname(document.uri);
            return (root.imports ?? [])
                .filter((statement) => typeof statement.path === 'string' && statement.path.length > 0)
                .map((statement) => ({ statement, uri: UriUtils.resolvePath(folder, statement.path) }));
        });
    }

    /** Every file reachable from `start` through imports, including `start`. Safe on cycles. */
    importClosure(start: URI): Set<string> {
        const seen = new Set<string>();
        const pending = [start];
        while (pending.length > 0) {
            const uri = pending.pop()!;
            const key = uri.toString();
            if (seen.has(key)) continue;
            seen.add(key);
            const document = this.documents.getDocument(uri);
            if (document) pending.push(...this.importsOf(document).map((resolved) => resolved.uri));
        }
        return seen;
    }

    /** The files whose declarations `document` can refer to. */
    visibleUris(document: LangiumDocument): Set<string> {
        const key = document.uri.toString();
        return this.visibleCache.get(key, () => {
            const visible = this.importClosure(document.uri);
            for (const importer of this.transitiveImporters(key)) {
                this.importClosure(URI.parse(importer)).forEach((uri) => visible.add(uri));
            }
            return visible;
        });
    }

    /**
     * A cycle of imports that leads back to `document`, as the list of files in order, or
     * undefined when there is none.
     */
    findCycle(document: LangiumDocument): URI[] | undefined {
        const target = document.uri.toString();
        const search = (current: LangiumDocument, path: URI[], seen: Set<string>): URI[] | undefined => {
            for (const { uri } of this.importsOf(current)) {
                const key = uri.toString();
                if (key === target) return [...path, uri];
                if (seen.has(key)) continue;
                seen.add(key);
                const next = this.documents.getDocument(uri);
                const found = next && search(next, [...path, uri], seen);
                if (found) return found;
            }
            return undefined;
        };
        return search(document, [document.uri], new Set([target]));
    }

    private transitiveImporters(uri: string): Set<string> {
        const importers = this.importerMap();
        const seen = new Set<string>();
        const pending = [uri];
        while (pending.length > 0) {
            for (const importer of importers.get(pending.pop()!) ?? []) {
                if (!seen.has(importer)) {
                    seen.add(importer);
                    pending.push(importer);
                }
            }
        }
        seen.delete(uri);
        return seen;
    }

    private importerMap(): Map<string, string[]> {
        return this.importersCache.get('importers', () => {
            const importers = new Map<string, string[]>();
            for (const document of this.documents.all) {
                for (const { uri } of this.importsOf(document)) {
                    const key = uri.toString();
                    const list = importers.get(key) ?? [];
                    list.push(document.uri.toString());
                    importers.set(key, list);
                }
            }
            return importers;
        });
    }
}
