import { GrammarUtils, type AstNode } from 'langium';
import type { Range } from 'vscode-languageserver-types';

/**
 * The range a finding about a node should underline: the named property if there is one (a
 * provision's name, a measure's kind), else the keyword that opens it, else the whole node.
 */
export function rangeOf(node: AstNode, property?: string): Range | undefined {
    const cst = node.$cstNode;
    if (!cst) return undefined;
    if (property) {
        const found = GrammarUtils.findNodeForProperty(cst, property);
        if (found) return found.range;
    }
    const named = GrammarUtils.findNodeForProperty(cst, 'name');
    return named?.range ?? cst.range;
}
