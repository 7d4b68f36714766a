import { AstUtils, DefaultScopeComputation, interruptAndCheck, type AstNode, type AstNodeDescription, type LangiumDocument } from 'langium';
import { Cancellation } from 'langium';
import { isActor, isDefinition } from '../generated/ast.js';
import { isNamedProvision } from '../structure/provisions.js';
import { normaliseName } from '../names.js';

/**
 * Exports every actor, defined term and named provision in a file, wherever it is declared
 * (a term may be defined inside the section that uses it), under its normalised name so that
 * references match regardless of capitals and spacing.
 */
export class CommonsScopeComputation extends DefaultScopeComputation {
    override async collectExportedSymbols(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<AstNodeDescription[]> {
        const exports: AstNodeDescription[] = [];
        for (const node of AstUtils.streamAllContents(document.parseResult.value)) {
            await interruptAndCheck(cancelToken);
            const name = declaredName(node);
            if (name) exports.push(this.descriptions.createDescription(node, normaliseName(name), document));
        }
        return exports;
    }
}

/** The name a node declares, if it is something a reference can point at. */
export function declaredName(node: AstNode): string | undefined {
    if (isActor(node) || isDefinition(node)) return node.name;
    if (isNamedProvision(node)) return node.name;
    return undefined;
}
