import { interruptAndCheck, type AstNode, type LangiumDocument } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import { CommonsLinker } from '@commons/language';
import { forEachReference, walkAst } from '@commons/language';

/** How many nodes are linked between checks for a newer edit. */
const NODES_BETWEEN_CHECKS = 2000;

/**
 * The core's linker (plurals, possessives, plain failure messages), walking the tree with a plain
 * walk instead of Langium's streams, and checking for a newer edit every few thousand nodes
 * rather than at every node.
 */
export class EditorLinker extends CommonsLinker {
    override async link(document: LangiumDocument, cancelToken?: CancellationToken): Promise<void> {
        const nodes: AstNode[] = [];
        walkAst(document.parseResult.value, (node) => nodes.push(node));
        for (let index = 0; index < nodes.length; index++) {
            if (cancelToken && index % NODES_BETWEEN_CHECKS === 0) await interruptAndCheck(cancelToken);
            const node = nodes[index];
            forEachReference(node, (reference, property, position) => this.doLink({ reference, container: node, property, index: position }, document));
        }
    }

    /**
     * Links the references inside one element ahead of the rest of the draft, for early findings
     * right after the draft is indexed. The full linking pass then leaves them as they are.
     */
    linkElement(document: LangiumDocument, element: AstNode): void {
        walkAst(element, (node) => forEachReference(node, (reference, property, position) => this.doLink({ reference, container: node, property, index: position }, document)));
    }
}
