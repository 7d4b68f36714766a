import { CstUtils, type LangiumDocument, type LeafCstNode } from 'langium';
import type { FoldingRangeProvider } from 'langium/lsp';
import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver';
import type { Document } from '@commons/language';

/**
 * Folding for every block in braces (instrument, parts, sections, provisions, clause lists), long
 * clauses written over several lines, runs of comments and the imports at the top. One pass over
 * the tokens, so it stays quick in a long Act.
 */
export class CommonsFoldingRangeProvider implements FoldingRangeProvider {
    getFoldingRanges(document: LangiumDocument): FoldingRange[] {
        const root = document.parseResult.value.$cstNode;
        if (!root) return [];
        const ranges: FoldingRange[] = [];
        const openBraces: LeafCstNode[] = [];
        let commentRun: { start: number; end: number } | undefined;
        const endCommentRun = () => {
            if (commentRun && commentRun.end > commentRun.start) ranges.push({ startLine: commentRun.start, endLine: commentRun.end, kind: FoldingRangeKind.Comment });
            commentRun = undefined;
        };
        for (const leaf of CstUtils.flattenCst(root)) {
            const { start, end } = leaf.range;
            if (leaf.hidden) {
                if (leaf.tokenType.name === 'ML_COMMENT' && end.line > start.line) ranges.push({ startLine: start.line, endLine: end.line, kind: FoldingRangeKind.Comment });
                if (leaf.tokenType.name === 'SL_COMMENT') {
                    if (commentRun && start.line === commentRun.end + 1) commentRun.end = start.line;
                    else {
                        endCommentRun();
                        commentRun = { start: start.line, end: start.line };
                    }
                }
                continue;
            }
            endCommentRun();
            if (leaf.text === '{') openBraces.push(leaf);
            else if (leaf.text === '}') {
                const open = openBraces.pop();
                // Fold up to the line before the closing brace, so the brace stays in view.
                if (open && start.line - 1 > open.range.start.line) ranges.push({ startLine: open.range.start.line, endLine: start.line - 1 });
            } else if (leaf.tokenType.name === 'STRING' && end.line > start.line) {
                ranges.push({ startLine: start.line, endLine: end.line });
            }
        }
        endCommentRun();
        const imports = (document.parseResult.value as Document).imports ?? [];
        const first = imports[0]?.$cstNode;
        const last = imports.at(-1)?.$cstNode;
        if (first && last && last.range.end.line > first.range.start.line) {
            ranges.push({ startLine: first.range.start.line, endLine: last.range.end.line, kind: FoldingRangeKind.Imports });
        }
        return ranges;
    }
}
