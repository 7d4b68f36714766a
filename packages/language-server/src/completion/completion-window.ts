import { CstUtils, type AstNode, type LangiumDocument } from 'langium';
import { bracesOf, ownContent, startsStatement } from '../syntax/statements.js';

/**
 * Langium completes by parsing the whole text up to the cursor, which in a 1 MB Act costs about
 * a tenth of a second per parse. The grammar is a nest of blocks whose members are independent
 * (any member may follow any other), so the parser is in the same state at the cursor if it
 * reads only the headers of the blocks the cursor sits in, followed by the statement being
 * typed. This builds that short text.
 *
 *   act "Big Act" {                 <- header of each open block, from its first token to its {
 *   part 7 "Money" {
 *   section 212 "Budgets" {
 *   budget Local { amount GBP 5 per <- the current statement, from its first token to the cursor
 *
 * Returns undefined when the cursor is in no block (the top of the file), where the text before
 * it is short anyway.
 */
export function completionPrefix(document: LangiumDocument, offset: number): string | undefined {
    const root = document.parseResult.value.$cstNode;
    if (!root) return undefined;
    const text = document.textDocument.getText();
    const before = CstUtils.findLeafNodeBeforeOffset(root, Math.max(0, offset - 1));
    if (!before) return undefined;
    const open: Array<{ node: AstNode; braceEnd: number }> = [];
    for (let node: AstNode | undefined = before.astNode; node; node = node.$container) {
        const { open: brace, close } = bracesOf(node.$cstNode);
        if (brace && brace.end <= offset && (!close || close.offset >= offset)) open.unshift({ node, braceEnd: brace.end });
    }
    const innermost = open.at(-1);
    if (!innermost) return undefined;
    const headers = open.map(({ node, braceEnd }) => text.slice(node.$cstNode!.offset, braceEnd));
    return [...headers, text.slice(statementStart(innermost.node, innermost.braceEnd, offset), offset)].join('\n');
}

/** The start of the last statement begun inside a block before the cursor (or the block's own start). */
function statementStart(block: AstNode, braceEnd: number, offset: number): number {
    let start = braceEnd;
    for (const child of ownContent(block.$cstNode)) {
        if (child.offset < braceEnd || child.hidden) continue;
        if (child.offset >= offset) break;
        if (startsStatement(child)) start = child.offset;
    }
    return start;
}

/**
 * A stretch of text around the cursor that starts on a token boundary, for finding the tokens
 * next to the cursor without lexing the whole document.
 */
export function tokenWindow(document: LangiumDocument, offset: number, reach = 2000): { start: number; text: string } {
    const text = document.textDocument.getText();
    const root = document.parseResult.value.$cstNode;
    let start = 0;
    if (root && offset > reach) {
        // Tokens start and end where the last parse put them, so the window starts and ends on a token boundary.
        const leaf = CstUtils.findLeafNodeBeforeOffset(root, offset - reach);
        start = leaf ? Math.min(leaf.offset, offset) : 0;
    }
    let end = text.length;
    if (root && text.length - offset > reach) {
        const leaf = CstUtils.findLeafNodeBeforeOffset(root, offset + reach);
        end = leaf ? Math.max(leaf.end, offset) : text.length;
    }
    return { start, text: text.slice(start, end) };
}
