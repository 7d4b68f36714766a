import { DefaultScopeComputation, interruptAndCheck, type AstNode, type AstNodeDescription, type LangiumDocument } from 'langium';
import { Cancellation } from 'langium';
import { isActor, isDefinition } from '../generated/ast.js';
import { isNamedProvision } from '../structure/provisions.js';
import { normaliseName } from '../names.js';
import { walkAst } from '../syntax/ast-walk.js';

/**
 * Exports every actor, defined term and named provision in a file, wherever it is declared
 * (a term may be defined inside the section that uses it), under its normalised name so that
 * references match regardless of capitals and spacing.
 */
export class CommonsScopeComputation extends DefaultScopeComputation {
    override async collectExportedSymbols(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<AstNodeDescription[]> {
        // One check per file: awaiting on every node cost more than finding the names.
        await interruptAndCheck(cancelToken);
        const exports: AstNodeDescription[] = [];
        const root = document.parseResult.value;
        walkAst(root, (node) => {
            const name = node === root ? undefined : declaredName(node);
            if (name) exports.push(this.descriptions.createDescription(node, normaliseName(name), document));
        });
        return exports;
    }
}

/** The name a node declares, if it is something a reference can point at. */
export function declaredName(node: AstNode): string | undefined {
    if (isActor(node) || isDefinition(node)) return node.name;
    if (isNamedProvision(node)) return node.name;
    return undefined;
}
