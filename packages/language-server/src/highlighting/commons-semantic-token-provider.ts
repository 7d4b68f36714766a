import { CstUtils, type AstNode, type LangiumDocument } from 'langium';
import { AbstractSemanticTokenProvider, type SemanticTokenAcceptor } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes, type CancellationToken, type Range } from 'vscode-languageserver';
import {
    isActor, isChapter, isClause, isDefinition, isMoney, isPart, isPartyRef, isSchedule, isScheduleParagraph, isSchedulePart,
    isSection, isNamedProvision, isParticipation, isBudget, isFund, isDistribution, isPower, isMeasure, isEvaluation, isStatus
} from '@commons/language';
import type { CommonsLspServices } from '../commons-lsp-services.js';

/**
 * What highlighting by syntax alone cannot show: which words are declared names (actors, defined
 * terms and provisions, where declared and wherever used, [inside prose] too), which bracketed
 * words cite a section, the numbers of units and clauses, the fixed choices (actor kinds,
 * participation levels, methods), and waiver comments.
 *
 *   actors: class · defined terms: type · provisions: function · citations: namespace
 *   numbers and clause markers: number · fixed choices and currencies: enumMember
 *   waiver comments: the rule ids as decorator
 */
export class CommonsSemanticTokenProvider extends AbstractSemanticTokenProvider {
    private readonly services: CommonsLspServices;

    constructor(services: CommonsLspServices) {
        super(services);
        this.services = services;
    }

    protected override async computeHighlighting(document: LangiumDocument, acceptor: SemanticTokenAcceptor, cancelToken: CancellationToken): Promise<void> {
        await super.computeHighlighting(document, acceptor, cancelToken);
        this.highlightProseReferences(document, acceptor);
        this.highlightWaivers(document, acceptor);
    }

    protected highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): void {
        if (isActor(node)) {
            acceptor({ node, property: 'name', type: SemanticTokenTypes.class, modifier: SemanticTokenModifiers.declaration });
            acceptor({ node, property: 'kind', type: SemanticTokenTypes.enumMember });
        } else if (isDefinition(node)) {
            acceptor({ node, property: 'name', type: SemanticTokenTypes.type, modifier: SemanticTokenModifiers.declaration });
        } else if (isPartyRef(node)) {
            const target = node.party.ref;
            if (target) acceptor({ node, property: 'party', type: isActor(target) ? SemanticTokenTypes.class : SemanticTokenTypes.type });
        } else if (isPart(node) || isChapter(node) || isSection(node) || isSchedule(node) || isSchedulePart(node) || isScheduleParagraph(node)) {
            if (node.number) acceptor({ node, property: 'number', type: SemanticTokenTypes.number });
        } else if (isClause(node)) {
            acceptor({ node, property: 'marker', type: SemanticTokenTypes.number });
        } else if (isMoney(node)) {
            acceptor({ node, property: 'currency', type: SemanticTokenTypes.enumMember });
        } else if (isStatus(node)) {
            acceptor({ node, property: 'value', type: SemanticTokenTypes.enumMember });
        }
        if (isNamedProvision(node)) acceptor({ node, property: 'name', type: SemanticTokenTypes.function, modifier: SemanticTokenModifiers.declaration });
        if (isParticipation(node)) {
            node.levels.forEach((_, index) => acceptor({ node, property: 'levels', index, type: SemanticTokenTypes.enumMember }));
            node.methods.forEach((_, index) => acceptor({ node, property: 'methods', index, type: SemanticTokenTypes.enumMember }));
        }
        if (isBudget(node) || isFund(node)) node.methods.forEach((_, index) => acceptor({ node, property: 'methods', index, type: SemanticTokenTypes.enumMember }));
        if (isBudget(node)) node.placeLevels.forEach((_, index) => acceptor({ node, property: 'placeLevels', index, type: SemanticTokenTypes.enumMember }));
        if (isDistribution(node) && node.method) acceptor({ node, property: 'method', type: SemanticTokenTypes.enumMember });
        if (isPower(node)) node.procedures.forEach((_, index) => acceptor({ node, property: 'procedures', index, type: SemanticTokenTypes.enumMember }));
        if (isMeasure(node)) {
            acceptor({ node, property: 'kind', type: SemanticTokenTypes.enumMember });
            node.evidence.forEach((_, index) => acceptor({ node, property: 'evidence', index, type: SemanticTokenTypes.enumMember }));
        }
        if (isEvaluation(node)) node.evidence.forEach((_, index) => acceptor({ node, property: 'evidence', index, type: SemanticTokenTypes.enumMember }));
    }

    /** [References] inside prose, coloured as what they point at; unresolved ones stay prose. */
    private highlightProseReferences(document: LangiumDocument, acceptor: SemanticTokenAcceptor): void {
        const prose = this.services.references.ProseReferences;
        for (const reference of prose.referencesIn(document)) {
            if (this.currentRange && !overlaps(reference.range, this.currentRange)) continue;
            const target = prose.resolve(reference, document);
            if (!target) continue;
            const type = target.kind === 'unit' ? SemanticTokenTypes.namespace
                : target.description.type === 'Actor' ? SemanticTokenTypes.class
                : target.description.type === 'Definition' ? SemanticTokenTypes.type
                : SemanticTokenTypes.function;
            acceptor({ range: reference.range, type });
        }
    }

    /** `// commons-ignore rule/id -- reason`: the rule ids stand out from the reason. */
    private highlightWaivers(document: LangiumDocument, acceptor: SemanticTokenAcceptor): void {
        const root = document.parseResult.value.$cstNode;
        if (!root) return;
        for (const leaf of CstUtils.flattenCst(root)) {
            if (!leaf.hidden || leaf.tokenType.name !== 'SL_COMMENT' || !leaf.text.includes('commons-ignore')) continue;
            if (this.currentRange && !overlaps(leaf.range, this.currentRange)) continue;
            const match = /^(\/\/\s*)(commons-ignore)(\s+)([^-]*?)(\s+--|$)/.exec(leaf.text);
            if (!match) continue;
            const line = leaf.range.start.line;
            const keywordAt = leaf.range.start.character + match[1].length;
            acceptor({ line, char: keywordAt, length: match[2].length, type: SemanticTokenTypes.keyword });
            let at = keywordAt + match[2].length + match[3].length;
            for (const part of match[4].split(/([\s,]+)/)) {
                if (part.length > 0 && !/^[\s,]+$/.test(part)) acceptor({ line, char: at, length: part.length, type: SemanticTokenTypes.decorator });
                at += part.length;
            }
        }
    }
}

function overlaps(a: Range, b: Range): boolean {
    return !(a.end.line < b.start.line || a.start.line > b.end.line);
}
