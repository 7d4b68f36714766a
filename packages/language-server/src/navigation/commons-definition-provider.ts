import { AstUtils, CstUtils, type CstNode, type LangiumDocument } from 'langium';
import type { DefinitionProvider } from 'langium/lsp';
import { LocationLink, type DefinitionParams } from 'vscode-languageserver';
import type { CommonsLspServices } from '../commons-lsp-services.js';
import { occurrenceUnderCursor } from './occurrence-under-cursor.js';

const START_OF_FILE = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/**
 * Go to definition from a structured reference, a [prose reference] (to the actor, term or
 * provision, or to the cited section or subsection) or an import (to the file).
 */
export class CommonsDefinitionProvider implements DefinitionProvider {
    constructor(private readonly services: CommonsLspServices) {}

    getDefinition(document: LangiumDocument, params: DefinitionParams): LocationLink[] | undefined {
        const occurrence = occurrenceUnderCursor(this.services, document, params);
        const target = occurrence?.target;
        if (!occurrence || !target) return undefined;
        switch (target.kind) {
            case 'declaration': {
                const cst = target.node.$cstNode;
                if (!cst) return undefined;
                const nameNode = this.services.references.NameProvider.getNameNode(target.node) ?? cst;
                return [LocationLink.create(AstUtils.getDocument(target.node).uri.toString(), cst.range, nameNode.range, occurrence.range)];
            }
            case 'units':
                return target.units
                    .filter((unit) => unit.$cstNode)
                    .map((unit) => LocationLink.create(AstUtils.getDocument(unit).uri.toString(), unit.$cstNode!.range, firstTokenRange(unit.$cstNode!), occurrence.range));
            case 'file':
                return this.services.shared.workspace.LangiumDocuments.hasDocument(target.uri)
                    ? [LocationLink.create(target.uri.toString(), START_OF_FILE, START_OF_FILE, occurrence.range)]
                    : undefined;
        }
    }
}

/** The first token of a unit ("section", "(2)"), which editors select after the jump. */
function firstTokenRange(node: CstNode): LocationLink['targetRange'] {
    const first = CstUtils.flattenCst(node).find((leaf) => !leaf.hidden);
    return first?.range ?? node.range;
}
