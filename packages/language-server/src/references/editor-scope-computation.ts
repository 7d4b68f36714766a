import { CstUtils, MultiMap, URI, type AstNode, type AstNodeDescription, type DocumentSegment, type LangiumDocument, type LocalSymbols, type NameProvider } from 'langium';
import { CommonsScopeComputation, declaredName, normaliseName, type CommonsServices } from '@commons/language';
import { walkAst } from '@commons/language';
import type { IncrementalDocumentFactory, IncrementalEdit } from '../workspace/incremental-document-factory.js';

/**
 * The core's scope computation, made quicker for typing. It exports the same symbols (every
 * actor, defined term and named provision under its normalised name, in document order) with a
 * plain tree walk; after an edit parsed in place it describes only the declarations in the
 * edited element and moves the others along. It skips Langium's local symbol tables, which
 * Commons never reads: its scope provider finds names through the index and the import graph.
 */
export class EditorScopeComputation extends CommonsScopeComputation {
    private readonly inStep = new Map<string, { root: AstNode; exports: AstNodeDescription[] }>();

    constructor(services: CommonsServices) {
        super(services);
        const factory = services.shared.workspace.LangiumDocumentFactory as unknown as IncrementalDocumentFactory;
        factory.onReparsed((uri, edit) => this.followEdit(uri, edit));
        services.shared.workspace.DocumentBuilder.onUpdate((_changed, deleted) => deleted.forEach((uri) => this.inStep.delete(uri.toString())));
    }

    override async collectExportedSymbols(document: LangiumDocument): Promise<AstNodeDescription[]> {
        const root = document.parseResult.value;
        const known = this.inStep.get(document.uri.toString());
        if (known && known.root === root && !('pending' in known)) return known.exports;
        const pending = (known as { pending?: IncrementalEdit } | undefined)?.pending;
        const exports = known && known.root === root && pending ? this.afterEdit(document, known.exports, pending) : this.describe(document, root, root);
        this.inStep.set(document.uri.toString(), { root, exports });
        return exports;
    }

    override async collectLocalSymbols(): Promise<LocalSymbols> {
        return new MultiMap<AstNode, AstNodeDescription>();
    }

    /** The declarations in and under `from` (but not `root` itself), described for the index. */
    private describe(document: LangiumDocument, root: AstNode, from: AstNode): AstNodeDescription[] {
        const exports: AstNodeDescription[] = [];
        walkAst(from, (node) => {
            if (node === root) return;
            const name = declaredName(node);
            if (name) exports.push(this.descriptions.createDescription(node, normaliseName(name), document));
        });
        return exports;
    }

    private afterEdit(document: LangiumDocument, previous: readonly AstNodeDescription[], edit: IncrementalEdit): AstNodeDescription[] {
        const offsetOf = (description: AstNodeDescription) => description.node?.$cstNode?.offset ?? description.selectionSegment?.offset ?? 0;
        const before = previous.filter((description) => description.node && !isWithin(description.node, edit.replaced) && offsetOf(description) < edit.unitStart);
        const after = previous
            .filter((description) => description.node && !isWithin(description.node, edit.replaced) && offsetOf(description) >= edit.unitStart)
            .map((description) => moveDescription(description, this.nameProvider));
        return [...before, ...this.describe(document, document.parseResult.value, edit.unit), ...after];
    }

    /** Notes an edit made in place; the exports are brought up to date when next asked for. */
    private followEdit(uri: URI, edit: IncrementalEdit | undefined): void {
        const key = uri.toString();
        const known = this.inStep.get(key);
        if (!known || !edit || 'pending' in known) {
            this.inStep.delete(key);
            return;
        }
        this.inStep.set(key, { ...known, pending: edit } as typeof known & { pending: IncrementalEdit });
    }
}

function isWithin(node: AstNode, ancestor: AstNode): boolean {
    for (let current: AstNode | undefined = node; current; current = current.$container) if (current === ancestor) return true;
    return false;
}

/**
 * A description of a declaration after the edited element, read again from its tokens (which the
 * reparse has already moved). Its node, name and path are unchanged.
 */
function moveDescription(description: AstNodeDescription, nameProvider: NameProvider): AstNodeDescription {
    const node = description.node!;
    let nameSegment: DocumentSegment | undefined;
    return {
        node,
        name: description.name,
        get nameSegment() {
            return nameSegment ??= CstUtils.toDocumentSegment(nameProvider.getNameNode(node) ?? node.$cstNode);
        },
        selectionSegment: CstUtils.toDocumentSegment(node.$cstNode),
        type: description.type,
        documentUri: description.documentUri,
        path: description.path
    };
}
