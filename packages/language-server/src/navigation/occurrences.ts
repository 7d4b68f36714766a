import { AstUtils, CstUtils, GrammarUtils, URI, type AstNode, type AstNodeDescription, type LangiumDocument, type LeafCstNode } from 'langium';
import type { Range } from 'vscode-languageserver';
import {
    declaredName, isImport, isPartyRef, nameVariants, normaliseName, proseReferenceAt, unwrapReferenceText,
    type CitableUnit, type CommonsServices, type ProseReference
} from '@commons/language';

/** What a piece of a draft points at. */
export type Target =
    | { kind: 'declaration'; node: AstNode; name: string }
    | { kind: 'units'; units: CitableUnit[] }
    | { kind: 'file'; uri: URI };

/** A name, reference or citation at a position in a draft. */
export interface Occurrence {
    kind: 'declaration-name' | 'structured-reference' | 'prose-reference' | 'import';
    /** Range of the whole thing written, brackets or quotes included. */
    range: Range;
    /** The words as written, without brackets or quotes. */
    written: string;
    /** What it points at; undefined when it does not resolve. */
    target?: Target;
    /** For a prose reference, the reference itself. */
    proseReference?: ProseReference;
}

/** A place where a declaration is used, in structure or in prose. */
export interface Use {
    document: LangiumDocument;
    kind: 'structured-reference' | 'prose-reference';
    /** Range of the reference as written, brackets included. */
    range: Range;
    /** The words as written, without brackets. */
    written: string;
}

const STRING_TOKENS = new Set(['STRING', 'DEFINED_TERM']);

/**
 * Finds what is at a position (a declared name, a structured reference, a [prose reference] or
 * an import) and where a declaration is used across the workspace. Hover, definition,
 * references, rename and highlights all start here, so they agree on what a name means.
 */
export class Occurrences {
    private readonly services: CommonsServices;

    constructor(services: CommonsServices) {
        this.services = services;
    }

    /** The occurrence at an offset; also accepts the offset just after a word, where the cursor sits after typing it. */
    at(document: LangiumDocument, offset: number): Occurrence | undefined {
        const root = document.parseResult.value.$cstNode;
        if (!root) return undefined;
        for (const candidate of [offset, offset - 1]) {
            if (candidate < 0) continue;
            const leaf = CstUtils.findLeafNodeAtOffset(root, candidate);
            const found = leaf && !leaf.hidden ? this.occurrenceIn(document, leaf, candidate) : undefined;
            if (found) return found;
        }
        return undefined;
    }

    /** Every use of a declaration in the drafts that can see it: structured references and prose references. */
    usesOf(declaration: AstNode): Use[] {
        const name = declaredName(declaration);
        if (!name) return [];
        const documents = this.services.shared.workspace.LangiumDocuments;
        const uses: Use[] = [];
        for (const reference of this.services.references.References.findReferences(declaration, { includeDeclaration: false })) {
            const document = documents.getDocument(reference.sourceUri);
            if (!document) continue;
            const text = document.textDocument.getText(reference.segment.range);
            uses.push({ document, kind: 'structured-reference', range: reference.segment.range, written: unwrapReferenceText(text) });
        }
        const declarationDocument = AstUtils.getDocument(declaration);
        const declarationUri = declarationDocument.uri.toString();
        const wanted = normaliseName(name);
        const prose = this.services.references.ProseReferences;
        for (const document of documents.all) {
            if (!this.services.workspace.ImportGraph.visibleUris(document).has(declarationUri)) continue;
            for (const reference of prose.referencesIn(document)) {
                // Cheap test first: only references whose words could name the declaration are resolved.
                if (!nameVariants(reference.text).includes(wanted)) continue;
                const target = prose.resolve(reference, document);
                if (target?.kind === 'declaration' && this.nodeOf(target.description) === declaration) {
                    uses.push({ document, kind: 'prose-reference', range: reference.range, written: reference.text });
                }
            }
        }
        return uses;
    }

    /** Every [prose reference] that cites one of the given units ("section 3(2)", "subsection (2)"). */
    citationsOf(units: readonly CitableUnit[]): Use[] {
        const wanted = new Set<AstNode>(units);
        const unitUris = new Set(units.map((unit) => AstUtils.getDocument(unit).uri.toString()));
        const prose = this.services.references.ProseReferences;
        const uses: Use[] = [];
        for (const document of this.services.shared.workspace.LangiumDocuments.all) {
            const visible = this.services.workspace.ImportGraph.visibleUris(document);
            if (![...unitUris].some((uri) => visible.has(uri))) continue;
            for (const reference of prose.referencesIn(document)) {
                const target = prose.resolve(reference, document);
                if (target?.kind === 'unit' && target.units.some((unit) => wanted.has(unit))) {
                    uses.push({ document, kind: 'prose-reference', range: reference.range, written: reference.text });
                }
            }
        }
        return uses;
    }

    /** The node an index entry describes, loading it from its document if needed. */
    nodeOf(description: AstNodeDescription): AstNode | undefined {
        if (description.node) return description.node;
        const owner = this.services.shared.workspace.LangiumDocuments.getDocument(description.documentUri);
        return owner ? this.services.workspace.AstNodeLocator.getAstNode(owner.parseResult.value, description.path) : undefined;
    }

    private occurrenceIn(document: LangiumDocument, leaf: LeafCstNode, offset: number): Occurrence | undefined {
        const node = leaf.astNode;
        if (isPartyRef(node)) {
            const target = node.party.ref;
            const name = target && declaredName(target);
            return {
                kind: 'structured-reference',
                range: leaf.range,
                written: unwrapReferenceText(leaf.text),
                target: target && name ? { kind: 'declaration', node: target, name } : undefined
            };
        }
        const feature = GrammarUtils.findAssignment(leaf)?.feature;
        if (feature === 'name') {
            const name = declaredName(node);
            if (name) return { kind: 'declaration-name', range: leaf.range, written: name, target: { kind: 'declaration', node, name } };
        }
        if (isImport(node) && feature === 'path') {
            const resolved = this.services.workspace.ImportGraph.importsOf(document).find((each) => each.statement === node);
            return { kind: 'import', range: leaf.range, written: node.path, target: resolved ? { kind: 'file', uri: resolved.uri } : undefined };
        }
        if (STRING_TOKENS.has(leaf.tokenType.name)) {
            const reference = proseReferenceAt(this.services.references.ProseReferences.referencesIn(document), offset);
            if (reference) return { kind: 'prose-reference', range: reference.range, written: reference.text, target: this.targetOf(reference, document), proseReference: reference };
        }
        return undefined;
    }

    private targetOf(reference: ProseReference, document: LangiumDocument): Target | undefined {
        const resolved = this.services.references.ProseReferences.resolve(reference, document);
        if (!resolved) return undefined;
        if (resolved.kind === 'unit') return { kind: 'units', units: resolved.units };
        const node = this.nodeOf(resolved.description);
        const name = node && declaredName(node);
        return node && name ? { kind: 'declaration', node, name } : undefined;
    }
}
