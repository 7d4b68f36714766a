import { CstUtils, type AstNode, type LangiumDocument, type LeafCstNode } from 'langium';
import type { Formatter } from 'langium/lsp';
import type {
    DocumentFormattingParams, DocumentOnTypeFormattingOptions, DocumentRangeFormattingParams, FormattingOptions, Range, TextEdit
} from 'vscode-languageserver';
import { isDocument } from '@commons/language';
import { startsStatement } from '../syntax/statements.js';

/** Punctuation written straight after the word before it: "council: local-authority", "a, b", "40%". */
const NO_SPACE_BEFORE = new Set([',', ':', '%']);

/**
 * Lays out the structure of a draft: one level of indentation per brace, a further level for a
 * line that continues the statement above, single spaces between words of structure, at most
 * one blank line in a row and one newline at the end. Line breaks stay where the writer put them.
 *
 * It changes whitespace between tokens and nothing else, so no word of prose can change: every
 * string, comment and word is kept byte for byte. A draft that does not parse is left alone, and
 * so is any gap that holds more than whitespace. Formatting twice gives the same text as once.
 */
export class CommonsFormatter implements Formatter {
    formatDocument(document: LangiumDocument, params: DocumentFormattingParams): TextEdit[] {
        return formattingEdits(document, params.options);
    }

    formatDocumentRange(document: LangiumDocument, params: DocumentRangeFormattingParams): TextEdit[] {
        return formattingEdits(document, params.options).filter((edit) => overlaps(edit.range, params.range));
    }

    formatDocumentOnType(): TextEdit[] {
        return [];
    }

    get formatOnTypeOptions(): DocumentOnTypeFormattingOptions | undefined {
        return undefined;
    }
}

/** The edits that lay a draft out; empty when it is already laid out or does not parse. */
export function formattingEdits(document: LangiumDocument, options: FormattingOptions): TextEdit[] {
    const { parseResult } = document;
    const root = parseResult.value.$cstNode;
    if (!root || parseResult.lexerErrors.length > 0 || parseResult.parserErrors.length > 0) return [];
    const text = document.textDocument.getText();
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const indentUnit = options.insertSpaces === false ? '\t' : ' '.repeat(options.tabSize > 0 ? options.tabSize : 2);
    const leaves = [...CstUtils.flattenCst(root)];
    const nextSolid = nextSolidLeaves(leaves);
    const edits: TextEdit[] = [];
    const openBlocks: AstNode[] = [];
    let previous: LeafCstNode | undefined;
    let gapStart = 0;
    for (let index = 0; index < leaves.length; index++) {
        const leaf = leaves[index];
        const gap = text.slice(gapStart, leaf.offset);
        // Only whitespace is ever rewritten; anything else between tokens means the tree and the
        // text disagree, and then the safe layout is the writer's own.
        if (!/^\s*$/.test(gap)) return [];
        const newlines = (gap.match(/\n/g) ?? []).length;
        let wanted: string;
        if (!previous) {
            wanted = '';
        } else if (newlines > 0) {
            const level = levelOf(leaves, nextSolid, index, openBlocks);
            wanted = eol.repeat(Math.min(newlines, 2)) + indentUnit.repeat(Math.max(0, level));
        } else {
            wanted = spaceBetween(previous, leaf);
        }
        if (wanted !== gap) edits.push(edit(document, gapStart, leaf.offset, wanted));
        if (!leaf.hidden) {
            if (leaf.text === '{') openBlocks.push(leaf.astNode);
            else if (leaf.text === '}') openBlocks.pop();
        }
        previous = leaf;
        gapStart = leaf.end;
    }
    const trailing = text.slice(gapStart);
    if (previous && /^\s*$/.test(trailing) && trailing !== eol) edits.push(edit(document, gapStart, text.length, eol));
    return edits;
}

/**
 * For each leaf, the index of the first token after it that is not a comment (or leaves.length),
 * found in one pass from the end, so that a draft of many comments is laid out in linear time.
 */
function nextSolidLeaves(leaves: readonly LeafCstNode[]): Int32Array {
    const next = new Int32Array(leaves.length);
    let solid = leaves.length;
    for (let index = leaves.length - 1; index >= 0; index--) {
        next[index] = solid;
        if (!leaves[index].hidden) solid = index;
    }
    return next;
}

/** How deep a token at the start of a line is indented. */
function levelOf(leaves: readonly LeafCstNode[], nextSolid: Int32Array, index: number, openBlocks: readonly AstNode[]): number {
    const leaf = leaves[index];
    const depth = openBlocks.length;
    if (leaf.hidden) {
        // A comment lines up with what it comments on: the next token, or the members of a block it closes.
        const next = leaves[nextSolid[index]] as LeafCstNode | undefined;
        if (!next || next.text === '}') return depth;
        return depth + (continuesStatement(next, openBlocks) ? 1 : 0);
    }
    if (leaf.text === '}') return depth - 1;
    if (leaf.text === '{') return depth;
    return depth + (continuesStatement(leaf, openBlocks) ? 1 : 0);
}

/** Whether a token at the start of a line carries on the statement begun on an earlier line. */
function continuesStatement(leaf: LeafCstNode, openBlocks: readonly AstNode[]): boolean {
    const block = openBlocks.at(-1);
    const owner = leaf.astNode;
    if (owner === block) return !startsStatement(leaf);
    // The statement is the member of the innermost open block (or of the file) that holds the token.
    let statement: AstNode | undefined = owner;
    while (statement && statement.$container !== block && !(block === undefined && isDocument(statement.$container))) {
        statement = statement.$container;
    }
    if (!statement?.$cstNode) return false;
    if (statement.$cstNode.offset !== leaf.offset) return true;
    return block !== undefined && !startsStatement(leaf);
}

function spaceBetween(previous: LeafCstNode, leaf: LeafCstNode): string {
    if (leaf.hidden || previous.hidden) return ' ';
    // A number swallows a comma written straight after it ("250,000"), so there the space stays.
    if (NO_SPACE_BEFORE.has(leaf.text) && !(leaf.text === ',' && previous.tokenType.name === 'NUMBER')) return '';
    return ' ';
}

function edit(document: LangiumDocument, start: number, end: number, newText: string): TextEdit {
    const { textDocument } = document;
    return { range: { start: textDocument.positionAt(start), end: textDocument.positionAt(end) }, newText };
}

function overlaps(a: Range, b: Range): boolean {
    const before = (x: Range['start'], y: Range['start']) => x.line < y.line || (x.line === y.line && x.character <= y.character);
    return before(a.start, b.end) && before(b.start, a.end);
}
