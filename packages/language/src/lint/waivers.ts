import { AstUtils, CstUtils, type AstNode, type LangiumDocument } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import {
    isActor, isChapter, isClause, isCrossHeading, isDefinition, isPart, isProse, isSchedule, isScheduleParagraph, isSection,
    isAmendmentOperation, isProvision, type Document
} from '../generated/ast.js';

/**
 * An inline waiver: a comment that switches named rules off for the element that follows it.
 *
 *   // commons-ignore community/consult-only -- agreed with the forum, see minutes 2027-03
 *   participation Budgeting { ... }
 */
export interface Waiver {
    ruleIds: string[];
    /** Why the rule does not apply here; required, so the audit trail explains itself. */
    reason?: string;
    /** Range of the comment itself. */
    range: Range;
    /** Range of the element the waiver covers. */
    covers: Range;
    /** 1-based line of the comment, for reports. */
    line: number;
}

const WAIVER = /^\/\/\s*commons-ignore\b\s*(.*)$/;

/** Every waiver comment in a document, with the element each one covers. */
export function findWaivers(document: LangiumDocument<Document>): Waiver[] {
    const root = document.parseResult.value.$cstNode;
    if (!root) return [];
    const leaves = [...CstUtils.flattenCst(root)];
    const waivers: Waiver[] = [];
    leaves.forEach((leaf, index) => {
        if (!leaf.hidden || leaf.tokenType.name !== 'SL_COMMENT') return;
        const match = WAIVER.exec(leaf.text.trim());
        if (!match) return;
        const [idsPart, ...reasonParts] = match[1].split(/\s--\s?|\s--$/);
        const reason = reasonParts.join(' -- ').trim();
        const next = leaves.slice(index + 1).find((candidate) => !candidate.hidden);
        const target = next && waivableElement(next.astNode);
        waivers.push({
            ruleIds: idsPart.split(/[\s,]+/).filter(Boolean),
            reason: reason.length > 0 ? reason : undefined,
            range: leaf.range,
            covers: target?.$cstNode?.range ?? leaf.range,
            line: leaf.range.start.line + 1
        });
    });
    return waivers;
}

/** The element a waiver placed before `node` applies to: the clause, provision or unit it starts. */
function waivableElement(node: AstNode): AstNode | undefined {
    return AstUtils.getContainerOfType(node, (candidate): candidate is AstNode =>
        isClause(candidate) || isProse(candidate) || isProvision(candidate) || isDefinition(candidate) || isActor(candidate)
        || isAmendmentOperation(candidate) || isSection(candidate) || isScheduleParagraph(candidate) || isCrossHeading(candidate)
        || isChapter(candidate) || isPart(candidate) || isSchedule(candidate));
}

export function rangeContains(outer: Range, inner: Range): boolean {
    const before = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character <= b.character);
    return before(outer.start, inner.start) && before(inner.end, outer.end);
}
