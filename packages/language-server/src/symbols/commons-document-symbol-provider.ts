import { CstUtils, type AstNode, type LangiumDocument } from 'langium';
import type { DocumentSymbolProvider } from 'langium/lsp';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import {
    isActor, isAmendmentOperation, isChapter, isClause, isCrossHeading, isDefinition, isDefinitions, isInstrument, isPart, isProse,
    isProvision, isReview, isSchedule, isSchedulePart, isSunset, isCommencement, outlineOf, type Document, type OutlineEntry
} from '@commons/language';
import type { CommonsLspServices } from '../commons-lsp-services.js';

/**
 * The outline of a draft, from the same outline the command line report and the summary preview
 * use: instrument, parts, chapters, headings, sections, clauses, actors, terms and provisions.
 */
export class CommonsDocumentSymbolProvider implements DocumentSymbolProvider {
    private readonly services: CommonsLspServices;

    constructor(services: CommonsLspServices) {
        this.services = services;
    }

    getSymbols(document: LangiumDocument): DocumentSymbol[] {
        return outlineOf(document.parseResult.value as Document).map((entry) => this.symbolOf(entry)).filter((symbol): symbol is DocumentSymbol => symbol !== undefined);
    }

    private symbolOf(entry: OutlineEntry): DocumentSymbol | undefined {
        const cst = entry.node.$cstNode;
        if (!cst) return undefined;
        const nameNode = this.services.references.NameProvider.getNameNode(entry.node);
        const firstToken = CstUtils.flattenCst(cst).find((leaf) => !leaf.hidden);
        return {
            name: entry.label.length > 0 ? entry.label : entry.node.$type,
            kind: symbolKindOf(entry.node),
            range: cst.range,
            selectionRange: (nameNode ?? firstToken ?? cst).range,
            children: entry.children.map((child) => this.symbolOf(child)).filter((symbol): symbol is DocumentSymbol => symbol !== undefined)
        };
    }
}

export function symbolKindOf(node: AstNode): SymbolKind {
    if (isInstrument(node) || isDefinitions(node)) return SymbolKind.Module;
    if (isPart(node) || isChapter(node) || isSchedule(node) || isSchedulePart(node) || isCrossHeading(node)) return SymbolKind.Namespace;
    if (isClause(node) || isProse(node)) return SymbolKind.String;
    if (isActor(node)) return SymbolKind.Object;
    if (isDefinition(node)) return SymbolKind.Constant;
    if (isCommencement(node) || isSunset(node) || isReview(node)) return SymbolKind.Event;
    if (isProvision(node)) return SymbolKind.Function;
    if (isAmendmentOperation(node)) return SymbolKind.Operator;
    return SymbolKind.Class;
}
