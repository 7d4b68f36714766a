import {
    Cancellation, DefaultDocumentValidator, interruptAndCheck,
    type AstNode, type ValidationAcceptor, type ValidationCheck, type ValidationOptions
} from 'langium';
import { walkAst } from '../syntax/ast-walk.js';

/** How many nodes are checked between checks for a newer edit (or a cancelled run). */
const NODES_BETWEEN_CHECKS = 2000;

/**
 * Langium's validator with a cheaper loop over the nodes: a plain tree walk, the checks of each
 * node type looked up once per draft, and a check for cancellation every few thousand nodes
 * instead of an `await` at every node. Langium's loop awaited at least once per node, which in a
 * statute book of hundreds of thousands of nodes made a promise for each.
 */
export class CommonsDocumentValidator extends DefaultDocumentValidator {
    protected override async validateAstNodes(root: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        const nodes: AstNode[] = [];
        walkAst(root, (node) => nodes.push(node));
        const checksByType = new Map<string, ValidationCheck[]>();
        for (let index = 0; index < nodes.length; index++) {
            if (index % NODES_BETWEEN_CHECKS === 0) await interruptAndCheck(cancelToken);
            const node = nodes[index];
            let checks = checksByType.get(node.$type);
            if (!checks) {
                checks = this.validationRegistry.getChecks(node.$type, options.categories).toArray();
                checksByType.set(node.$type, checks);
            }
            for (const check of checks) {
                const result = check(node, acceptor, cancelToken);
                if (result instanceof Promise) await result;
            }
        }
    }
}
