import { isAstNode, isMultiReference, isReference, type AstNode, type MultiReference, type Reference } from 'langium';

/**
 * Visits every node of a tree, root first, in document order, as Langium's streamAst does, but
 * with a plain recursive walk. Langium's streams are generic iterators over every property; in a
 * 1 MB Act they take around 20 ms for a walk this does in 2, and the builder, the language
 * checks and the linter walk every tree several times.
 */
export function walkAst(root: AstNode, visit: (node: AstNode) => void): void {
    visit(root);
    for (const key of Object.keys(root)) {
        if (key.charCodeAt(0) === 36 /* $ */) continue;
        const value = (root as unknown as Record<string, unknown>)[key];
        if (Array.isArray(value)) {
            for (const element of value) if (isAstNode(element)) walkAst(element, visit);
        } else if (isAstNode(value)) {
            walkAst(value, visit);
        }
    }
}

/** The cross-references a node holds, as Langium's streamReferences finds them. */
export function forEachReference(node: AstNode, visit: (reference: Reference | MultiReference, property: string, index?: number) => void): void {
    for (const key of Object.keys(node)) {
        if (key.charCodeAt(0) === 36 /* $ */) continue;
        const value = (node as unknown as Record<string, unknown>)[key];
        if (isReference(value) || isMultiReference(value)) visit(value, key);
        else if (Array.isArray(value)) value.forEach((element, index) => { if (isReference(element) || isMultiReference(element)) visit(element, key, index); });
    }
}

/** Whether some node below `root` (not `root` itself) passes `test`; stops at the first that does. */
export function someDescendant(root: AstNode, test: (node: AstNode) => boolean): boolean {
    for (const key of Object.keys(root)) {
        if (key.charCodeAt(0) === 36 /* $ */) continue;
        const value = (root as unknown as Record<string, unknown>)[key];
        if (Array.isArray(value)) {
            for (const element of value) if (isAstNode(element) && (test(element) || someDescendant(element, test))) return true;
        } else if (isAstNode(value) && (test(value) || someDescendant(value, test))) {
            return true;
        }
    }
    return false;
}

/** Every node below `root` (not `root` itself), in document order. */
export function descendantsOf(root: AstNode): AstNode[] {
    const nodes: AstNode[] = [];
    walkAst(root, (node) => { if (node !== root) nodes.push(node); });
    return nodes;
}
