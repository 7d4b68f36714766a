import { createHash } from 'node:crypto';
import { AstUtils, CstUtils, type AstNode, type LangiumDocument } from 'langium';
import type { Diagnostic, Range } from 'vscode-languageserver-types';
import {
    citationAround, isActor, isAmendmentOperation, isClause, isDefinition, isEthos, isMetadata, isProse, isProvision,
    isPurpose, isScheduleParagraph, isSection, type Document, type LintDiagnosticData
} from '@commons/language';
import type { LineSpan, Problem, ProblemSeverity } from '../results.js';

const SEVERITY: Record<number, ProblemSeverity> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'info' };

/**
 * Turns a diagnostic from the language core into a Problem: its rule, severity, fixes and docs,
 * and where it sits in the draft's structure (the citation and the provision around it), which
 * --changed-since and baselines need and which only the parsed draft can tell.
 */
export function toProblem(document: LangiumDocument<Document>, diagnostic: Diagnostic): Problem {
    const data = diagnostic.data as Partial<LintDiagnosticData> & { code?: string } | undefined;
    const node = nodeAt(document, diagnostic.range);
    const spanText = normalise(document.textDocument.getText(diagnostic.range));
    return {
        ruleId: typeof diagnostic.code === 'string' ? diagnostic.code : data?.code ? `language/${data.code}` : 'language/syntax',
        severity: SEVERITY[diagnostic.severity ?? 1],
        message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
        ...(data?.messageId ? { messageId: data.messageId, messageData: data.messageData ?? {} } : {}),
        range: diagnostic.range,
        ...(data?.pack ? { pack: data.pack } : {}),
        ...(data?.shift ? { shift: data.shift } : {}),
        ...(diagnostic.codeDescription?.href ? { docsUrl: diagnostic.codeDescription.href } : {}),
        fixes: Array.isArray(data?.fixes) ? data.fixes : [],
        citation: citationAround(node),
        provisionLines: provisionLines(node, diagnostic.range),
        spanHash: createHash('sha256').update(spanText).digest('hex').slice(0, 24),
        excerpt: spanText.length > 80 ? `${spanText.slice(0, 77)}...` : spanText
    };
}

/** The citation of the numbered unit at a place in a draft ("section 3(2)"), or "" outside one. */
export function citationAt(document: LangiumDocument<Document>, range: Range): string {
    return citationAround(nodeAt(document, range));
}

function nodeAt(document: LangiumDocument<Document>, range: Range): AstNode {
    const root = document.parseResult.value;
    if (!root.$cstNode) return root;
    const offset = document.textDocument.offsetAt(range.start);
    const leaf = CstUtils.findLeafNodeAtOffset(root.$cstNode, offset) ?? CstUtils.findLeafNodeBeforeOffset(root.$cstNode, offset);
    return leaf?.astNode ?? root;
}


/**
 * The lines of the provision a finding belongs to: its section or schedule paragraph (the unit
 * a reviewer reads as "a provision"); outside one, the clause, structured provision, definition
 * or statement around it; otherwise the finding's own lines.
 */
function provisionLines(node: AstNode, range: Range): LineSpan {
    const unit = AstUtils.getContainerOfType(node, (candidate): candidate is AstNode => isSection(candidate) || isScheduleParagraph(candidate))
        ?? AstUtils.getContainerOfType(node, (candidate): candidate is AstNode => isClause(candidate) || isProse(candidate) || isProvision(candidate)
            || isDefinition(candidate) || isActor(candidate) || isAmendmentOperation(candidate) || isPurpose(candidate) || isEthos(candidate)
            || isMetadata(candidate));
    const unitRange = unit?.$cstNode?.range ?? range;
    return { start: unitRange.start.line + 1, end: unitRange.end.line + 1 };
}

function normalise(text: string): string {
    return text.replace(/\s+/g, ' ').trim();
}
