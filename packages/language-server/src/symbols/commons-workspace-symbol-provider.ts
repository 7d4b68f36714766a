import { DocumentCache, type LangiumDocument } from 'langium';
import { DefaultWorkspaceSymbolProvider, type LangiumSharedServices } from 'langium/lsp';
import type { CancellationToken, WorkspaceSymbol, WorkspaceSymbolParams } from 'vscode-languageserver';
import { declaredName, isPart, isSchedule, isSection, outlineOf, type Document, type OutlineEntry } from '@commons/language';
import { symbolKindOf } from './commons-document-symbol-provider.js';
import { declarationDetail } from '../hover/describe.js';
import { fileNameOf } from '../hover/markdown.js';

/**
 * Workspace symbols: every actor, defined term and named provision under the name the drafter
 * wrote, and every part, section and schedule by its citation and title, across all drafts.
 */
export class CommonsWorkspaceSymbolProvider extends DefaultWorkspaceSymbolProvider {
    private readonly documents: LangiumSharedServices['workspace']['LangiumDocuments'];
    private readonly unitsByDocument: DocumentCache<string, WorkspaceSymbol[]>;

    constructor(services: LangiumSharedServices) {
        super(services);
        this.documents = services.workspace.LangiumDocuments;
        this.unitsByDocument = new DocumentCache(services);
    }

    override async getSymbols(params: WorkspaceSymbolParams, cancelToken?: CancellationToken): Promise<WorkspaceSymbol[]> {
        const symbols: WorkspaceSymbol[] = [];
        for (const description of this.indexManager.allElements()) {
            if (cancelToken?.isCancellationRequested) break;
            const name = description.node ? declaredName(description.node) ?? description.name : description.name;
            if (!this.fuzzyMatcher.match(params.query, name)) continue;
            symbols.push({
                name,
                kind: description.node ? symbolKindOf(description.node) : this.nodeKindProvider.getSymbolKind(description),
                containerName: `${description.node ? declarationDetail(description.node) : description.type} in ${fileNameOf(description.documentUri)}`,
                location: { uri: description.documentUri.toString(), range: description.nameSegment?.range ?? description.selectionSegment?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }
            });
        }
        for (const document of this.documents.all) {
            symbols.push(...this.unitsOf(document).filter((symbol) => this.fuzzyMatcher.match(params.query, symbol.name)));
        }
        return symbols;
    }

    private unitsOf(document: LangiumDocument): WorkspaceSymbol[] {
        return this.unitsByDocument.get(document.uri, 'units', () => {
            const found: WorkspaceSymbol[] = [];
            const visit = (entries: OutlineEntry[]) => {
                for (const entry of entries) {
                    const cst = entry.node.$cstNode;
                    if (cst && (isPart(entry.node) || isSection(entry.node) || isSchedule(entry.node))) {
                        found.push({ name: entry.label, kind: symbolKindOf(entry.node), containerName: fileNameOf(document.uri), location: { uri: document.uri.toString(), range: cst.range } });
                    }
                    visit(entry.children);
                }
            };
            visit(outlineOf(document.parseResult.value as Document));
            return found;
        });
    }
}
