import { AstUtils, type LangiumDocument } from 'langium';
import type { DocumentHighlightProvider, ReferencesProvider } from 'langium/lsp';
import { DocumentHighlight, DocumentHighlightKind, Location, type DocumentHighlightParams, type ReferenceParams } from 'vscode-languageserver';
import type { CommonsLspServices } from '../commons-lsp-services.js';
import { occurrenceUnderCursor } from './occurrence-under-cursor.js';
import type { Occurrence, Occurrences, Use } from './occurrences.js';

/**
 * Find references: every place an actor, defined term or provision is used, in structure and in
 * [prose], across the drafts that can see it; for a cited unit, every [citation] of it.
 */
export class CommonsReferencesProvider implements ReferencesProvider {
    constructor(private readonly services: CommonsLspServices) {}

    findReferences(document: LangiumDocument, params: ReferenceParams): Location[] {
        const occurrence = occurrenceUnderCursor(this.services, document, params);
        const locations = usesAt(this.services.editor.Occurrences, occurrence).map((use) => Location.create(use.document.uri.toString(), use.range));
        const declaration = occurrence?.target?.kind === 'declaration' ? occurrence.target.node : undefined;
        if (declaration && params.context.includeDeclaration) {
            const nameNode = this.services.references.NameProvider.getNameNode(declaration);
            if (nameNode) locations.unshift(Location.create(AstUtils.getDocument(declaration).uri.toString(), nameNode.range));
        }
        return locations;
    }
}

/** Highlights the name under the cursor and its other uses in the same draft. */
export class CommonsDocumentHighlightProvider implements DocumentHighlightProvider {
    constructor(private readonly services: CommonsLspServices) {}

    getDocumentHighlight(document: LangiumDocument, params: DocumentHighlightParams): DocumentHighlight[] | undefined {
        const occurrence = occurrenceUnderCursor(this.services, document, params);
        if (!occurrence?.target) return undefined;
        const here = document.uri.toString();
        const highlights = usesAt(this.services.editor.Occurrences, occurrence)
            .filter((use) => use.document.uri.toString() === here)
            .map((use) => DocumentHighlight.create(use.range, DocumentHighlightKind.Read));
        const target = occurrence.target;
        if (target.kind === 'declaration' && AstUtils.getDocument(target.node).uri.toString() === here) {
            const nameNode = this.services.references.NameProvider.getNameNode(target.node);
            if (nameNode) highlights.unshift(DocumentHighlight.create(nameNode.range, DocumentHighlightKind.Write));
        }
        return highlights;
    }
}

function usesAt(occurrences: Occurrences, occurrence: Occurrence | undefined): Use[] {
    const target = occurrence?.target;
    if (!target) return [];
    if (target.kind === 'declaration') return occurrences.usesOf(target.node);
    if (target.kind === 'units') return occurrences.citationsOf(target.units);
    return [];
}
