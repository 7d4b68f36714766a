import { URI, type AstNode, type LangiumDocument } from 'langium';
import { walkAst } from '../syntax/ast-walk.js';
import type { CommonsServices } from '../commons-module.js';
import type { Document } from '../generated/ast.js';

/**
 * Every node of a draft as a reader sees it: the file itself and every file it can see
 * (its imports, and for a schedule the act that imports it), so that a check of an act spread
 * over several files looks at all of them.
 */
export function nodesOfDraft(services: CommonsServices, document: LangiumDocument<Document>): AstNode[] {
    const nodes: AstNode[] = [];
    for (const found of visibleDocuments(services, document)) walkAst(found.parseResult.value, (node) => nodes.push(node));
    return nodes;
}

/** The loaded files a document can see, itself included. */
export function visibleDocuments(services: CommonsServices, document: LangiumDocument): LangiumDocument[] {
    const documents = services.shared.workspace.LangiumDocuments;
    return [...services.workspace.ImportGraph.visibleUris(document)]
        .map((uri) => documents.getDocument(URI.parse(uri)))
        .filter((found): found is LangiumDocument => found !== undefined);
}
