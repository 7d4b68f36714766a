import {
    CstUtils, DefaultLangiumDocumentFactory, DocumentState, isOperationCancelled, type AstNode, type CstNode, type LangiumDocument,
    type LeafCstNode, type Mutable, type ParseResult, type URI
} from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { CancellationToken } from 'vscode-languageserver';
import type { Position } from 'vscode-languageserver';
import { ownContent } from '../syntax/statements.js';
import { isBackgroundDraft } from '../diagnostics/large-drafts.js';
import { DraftFaults, emptyParseResult } from './draft-faults.js';

/**
 * Elements that can be parsed on their own, by the grammar rule of the same name, and replaced in
 * place: the statements of a draft. Instruments and whole documents are always parsed in full.
 */
const REPARSABLE = new Set([
    'Clause', 'Prose', 'Right', 'Duty', 'Power', 'Participation', 'Budget', 'Fund', 'Measure', 'Evaluation',
    'Commencement', 'Sunset', 'Review', 'AmendmentOperation', 'Actor', 'Definition',
    'Section', 'ScheduleParagraph', 'CrossHeading', 'Chapter', 'Part', 'SchedulePart', 'Schedule'
]);

/** An element bigger than this is parsed with the whole document instead; the saving would be small. */
const LARGEST_REPARSED_SHARE = 0.5;

/** What changed in the last parse of a document that was reparsed in place. */
export interface IncrementalEdit {
    /** The element that was parsed again, now in the document's tree. */
    unit: AstNode;
    /** The element it replaced, no longer in the tree. */
    replaced: AstNode;
    /** Where the element starts (the same before and after), and where it ended before and ends now. */
    unitStart: number;
    oldUnitEnd: number;
    newUnitEnd: number;
    oldUnitEndPosition: Position;
    newUnitEndPosition: Position;
    /** How much longer the text is now (negative when shorter). */
    delta: number;
    /** Offset where the old and new texts first differ (the same in both). */
    start: number;
    /** End of the changed stretch in the old text, and in the new text. */
    oldEnd: number;
    newEnd: number;
    /** The same three places as positions; startPosition holds in both texts. */
    startPosition: Position;
    oldEndPosition: Position;
    newEndPosition: Position;
    /** The text that was replaced, and the text that replaced it. */
    oldChangedText: string;
    newChangedText: string;
}

type MutableLeaf = LeafCstNode & { _offset: number; _startLine: number; _startColumn: number; _endLine: number; _endColumn: number };
type MutableComposite = CstNode & { content: CstNode[]; _rangeCache?: unknown; astNode: AstNode };
type MutableRoot = MutableComposite & { _text: string };

/**
 * Parses only what an edit touched. Langium parses a document whole on every change, which in a
 * 1 MB Act costs about a tenth of a second per keystroke. When the change lies inside one clause,
 * provision or section of a draft that parsed cleanly, this parses that element alone with its
 * own grammar rule and puts it in place of the old one; every other element keeps its objects,
 * and the tokens after it move by the length of the edit. Anything unusual (a syntax error, an
 * edit across elements, a different kind of element) falls back to a full parse, so the result is
 * always what a full parse would give.
 */
export class IncrementalDocumentFactory extends DefaultLangiumDocumentFactory {
    private readonly edits = new Map<string, IncrementalEdit>();
    private pending: { uri: string; previous: ParseResult; oldText: string } | undefined;
    private readonly listeners: Array<(uri: URI, edit: IncrementalEdit | undefined) => void> = [];
    /** Drafts that made the parser (or a later phase, see CommonsDocumentBuilder) fail. */
    readonly faults = new DraftFaults();

    constructor(services: LangiumSharedServices) {
        super(services);
    }

    /** Called after each reparse: with the edit when the document was reparsed in place, undefined after a full parse. */
    onReparsed(listener: (uri: URI, edit: IncrementalEdit | undefined) => void): void {
        this.listeners.push(listener);
    }

    /** The in-place edit of the document's latest parse, if it was one. */
    lastEdit(uri: URI): IncrementalEdit | undefined {
        return this.edits.get(uri.toString());
    }

    override async update<T extends AstNode = AstNode>(document: Mutable<LangiumDocument<T>>, cancellationToken: CancellationToken): Promise<LangiumDocument<T>> {
        const oldText = document.parseResult.value.$cstNode?.root.fullText;
        this.pending = oldText === undefined ? undefined : { uri: document.uri.toString(), previous: document.parseResult, oldText };
        try {
            return await super.update(document, cancellationToken);
        } finally {
            this.pending = undefined;
        }
    }

    /**
     * Parses a draft, but never lets one draft stop the others: a parser failure (a stack overflow
     * on clauses nested hundreds deep, say) leaves an empty document and a fault for that draft
     * (DraftFaults). A draft too large to parse here without holding up every other request is
     * left empty too: the background check parses and checks it (BackgroundChecks).
     */
    protected override parse<T extends AstNode>(uri: URI, text: string, options?: Parameters<DefaultLangiumDocumentFactory['parse']>[2]): ParseResult<T> {
        this.faults.forget(uri.toString());
        if (isBackgroundDraft(text)) return emptyParseResult<T>();
        try {
            return super.parse<T>(uri, text, options);
        } catch (error) {
            this.faults.record(uri.toString(), DocumentState.Parsed, error);
            this.resetParser(uri);
            return emptyParseResult<T>();
        }
    }

    /**
     * Clears what a parse that failed half-way left in the shared parser: Langium does not empty
     * its stack of nodes under construction before the next parse, so without this the next draft
     * parsed (any draft) came out with nodes that belong to no document.
     */
    private resetParser(uri: URI): void {
        const parser = this.serviceRegistry.getServices(uri).parser.LangiumParser as unknown as { stack?: unknown[]; unorderedGroups?: Map<unknown, unknown>; lexerResult?: unknown };
        if (Array.isArray(parser.stack)) parser.stack.length = 0;
        parser.unorderedGroups?.clear();
        parser.lexerResult = undefined;
    }

    protected override async parseAsync<T extends AstNode>(uri: URI, text: string, cancellationToken: CancellationToken): Promise<ParseResult<T>> {
        this.faults.forget(uri.toString());
        if (isBackgroundDraft(text)) {
            this.edits.delete(uri.toString());
            this.listeners.forEach((listener) => listener(uri, undefined));
            return emptyParseResult<T>();
        }
        try {
            return await this.guardedParseAsync<T>(uri, text, cancellationToken);
        } catch (error) {
            if (isOperationCancelled(error)) throw error;
            this.faults.record(uri.toString(), DocumentState.Parsed, error);
            this.resetParser(uri);
            this.edits.delete(uri.toString());
            return emptyParseResult<T>();
        }
    }

    private async guardedParseAsync<T extends AstNode>(uri: URI, text: string, cancellationToken: CancellationToken): Promise<ParseResult<T>> {
        const pending = this.pending;
        const key = uri.toString();
        if (pending && pending.uri === key) {
            const reparsed = this.reparseInPlace(uri, pending.previous, pending.oldText, text);
            if (reparsed) {
                this.edits.set(key, reparsed.edit);
                this.listeners.forEach((listener) => listener(uri, reparsed.edit));
                return reparsed.result as ParseResult<T>;
            }
        }
        this.edits.delete(key);
        const result = await super.parseAsync<T>(uri, text, cancellationToken);
        this.listeners.forEach((listener) => listener(uri, undefined));
        return result;
    }

    private reparseInPlace(uri: URI, previous: ParseResult, oldText: string, newText: string): { result: ParseResult; edit: IncrementalEdit } | undefined {
        if (previous.lexerErrors.length > 0 || previous.parserErrors.length > 0 || (previous.lexerReport?.diagnostics.length ?? 0) > 0) return undefined;
        const root = previous.value.$cstNode as MutableRoot | undefined;
        if (!root) return undefined;
        const change = changedStretch(oldText, newText);
        const unit = this.unitAround(previous.value, change.start, change.oldEnd, oldText.length);
        const unitCst = unit?.$cstNode as MutableComposite | undefined;
        if (!unit || !unitCst || !unit.$container || !unit.$containerProperty) return undefined;

        const unitStart = unitCst.offset;
        const delta = newText.length - oldText.length;
        const unitText = newText.slice(unitStart, unitCst.end + delta);
        const parsed = this.serviceRegistry.getServices(uri).parser.LangiumParser.parse(unitText, { rule: unit.$type });
        const fresh = parsed.value;
        const freshRoot = fresh.$cstNode as MutableComposite | undefined;
        if (parsed.lexerErrors.length > 0 || parsed.parserErrors.length > 0 || (parsed.lexerReport?.diagnostics.length ?? 0) > 0) return undefined;
        if (!freshRoot || fresh.$type !== unit.$type || freshRoot.offset !== 0 || freshRoot.end !== unitText.length) return undefined;
        if (!sameBoundaryTokens(unitCst, freshRoot)) return undefined;
        const innermost = innermostComposite(unitCst);
        if (!innermost || hasHiddenOutside(innermost)) return undefined;

        const startPosition = unitCst.range.start;
        const oldUnitEnd = unitCst.range.end;
        const oldUnitEndOffset = unitCst.end;

        // Place the fresh tokens where they stand in the document.
        for (const leaf of CstUtils.flattenCst(freshRoot) as Iterable<MutableLeaf>) {
            if (leaf._startLine === 0) leaf._startColumn += startPosition.character;
            if (leaf._endLine === 0) leaf._endColumn += startPosition.character;
            leaf._offset += unitStart;
            leaf._startLine += startPosition.line;
            leaf._endLine += startPosition.line;
        }
        const newUnitEnd = lastLeaf(freshRoot)!.range.end;

        // Move every token after the element by the size of the edit, and forget cached ranges.
        shiftTokensAfter(root, oldUnitEndOffset, { delta, lineDelta: newUnitEnd.line - oldUnitEnd.line, columnDelta: newUnitEnd.character - oldUnitEnd.character, line: oldUnitEnd.line });

        // Swap the element's tokens and its AST node for the fresh ones.
        for (const child of freshRoot.content) (child as { container?: CstNode }).container = innermost;
        innermost.content = freshRoot.content;
        unitCst.astNode = fresh;
        (fresh as Mutable<AstNode>).$cstNode = unitCst;
        const container = unit.$container as unknown as Record<string, unknown>;
        const held = container[unit.$containerProperty];
        if (Array.isArray(held)) held[unit.$containerIndex!] = fresh;
        else container[unit.$containerProperty] = fresh;
        Object.assign(fresh, { $container: unit.$container, $containerProperty: unit.$containerProperty, $containerIndex: unit.$containerIndex });

        root._text = newText;

        const edit: IncrementalEdit = {
            unit: fresh,
            replaced: unit,
            unitStart,
            oldUnitEnd: oldUnitEndOffset,
            newUnitEnd: oldUnitEndOffset + delta,
            oldUnitEndPosition: oldUnitEnd,
            newUnitEndPosition: newUnitEnd,
            delta,
            start: change.start,
            oldEnd: change.oldEnd,
            newEnd: change.newEnd,
            startPosition: positionAfter(startPosition, newText, unitStart, change.start),
            oldEndPosition: positionAfter(startPosition, oldText, unitStart, change.oldEnd),
            newEndPosition: positionAfter(startPosition, newText, unitStart, change.newEnd),
            oldChangedText: oldText.slice(change.start, change.oldEnd),
            newChangedText: newText.slice(change.start, change.newEnd)
        };
        return { result: { ...previous, value: previous.value, lexerErrors: [], parserErrors: [] }, edit };
    }

    /** The smallest reparsable element that holds the whole change strictly inside it. */
    private unitAround(root: AstNode, start: number, oldEnd: number, textLength: number): AstNode | undefined {
        const rootCst = root.$cstNode;
        if (!rootCst) return undefined;
        const leaf = CstUtils.findLeafNodeAtOffset(rootCst, start) ?? CstUtils.findLeafNodeBeforeOffset(rootCst, start);
        for (let node: AstNode | undefined = leaf?.astNode; node; node = node.$container) {
            const cst = node.$cstNode;
            if (!cst || !REPARSABLE.has(node.$type)) continue;
            // Strictly inside: the element's first and last characters are untouched, so its edges lex the same.
            if (cst.offset < start && oldEnd < cst.end) return cst.length <= textLength * LARGEST_REPARSED_SHARE ? node : undefined;
        }
        return undefined;
    }
}

interface Shift {
    delta: number;
    lineDelta: number;
    columnDelta: number;
    /** The line the element ended on; tokens after it on that line also move sideways. */
    line: number;
}

/**
 * Moves the tokens at or after `from` and clears the cached ranges of the nodes that hold them. A
 * plain walk over the arrays: in a 1 MB Act the tree has a few hundred thousand nodes, and
 * Langium's tree streams take several times as long to visit them.
 */
function shiftTokensAfter(node: CstNode, from: number, shift: Shift): void {
    const content = (node as { content?: CstNode[] }).content;
    if (!content) {
        const leaf = node as MutableLeaf;
        if (leaf._offset < from) return;
        if (leaf._startLine === shift.line) leaf._startColumn += shift.columnDelta;
        if (leaf._endLine === shift.line) leaf._endColumn += shift.columnDelta;
        leaf._offset += shift.delta;
        leaf._startLine += shift.lineDelta;
        leaf._endLine += shift.lineDelta;
        return;
    }
    // An element that ends before the edited one keeps its tokens and its cached range.
    if (node.end < from) return;
    (node as MutableComposite)._rangeCache = undefined;
    for (const child of content) shiftTokensAfter(child, from, shift);
}

/** The stretch where two texts differ: common prefix and suffix removed. */
function changedStretch(oldText: string, newText: string): { start: number; oldEnd: number; newEnd: number } {
    const shorter = Math.min(oldText.length, newText.length);
    let start = 0;
    while (start < shorter && oldText.charCodeAt(start) === newText.charCodeAt(start)) start++;
    let oldEnd = oldText.length;
    let newEnd = newText.length;
    while (oldEnd > start && newEnd > start && oldText.charCodeAt(oldEnd - 1) === newText.charCodeAt(newEnd - 1)) {
        oldEnd--;
        newEnd--;
    }
    return { start, oldEnd, newEnd };
}

/** The bottom of the chain of CST nodes that holds the element's own tokens. */
function innermostComposite(node: MutableComposite): MutableComposite | undefined {
    const content = ownContent(node);
    const first = content[0] as (CstNode & { container?: CstNode }) | undefined;
    return first?.container as MutableComposite | undefined;
}

/** Comments attached inside the element's node but outside its tokens would be lost by the swap. */
function hasHiddenOutside(node: MutableComposite): boolean {
    const first = node.content.find((child) => !child.hidden);
    const last = [...node.content].reverse().find((child) => !child.hidden);
    return node.content.some((child) => child.hidden && ((first && child.offset < first.offset) || (last && child.offset >= last.end)));
}

/** The first and last tokens are of the same kind, so the parse around the element is unaffected. */
function sameBoundaryTokens(old: CstNode, fresh: CstNode): boolean {
    const oldLeaves = [firstLeaf(old), lastLeaf(old)];
    const freshLeaves = [firstLeaf(fresh), lastLeaf(fresh)];
    return oldLeaves.every((leaf, index) => leaf !== undefined && freshLeaves[index] !== undefined && leaf.tokenType === freshLeaves[index]!.tokenType);
}

function firstLeaf(node: CstNode): LeafCstNode | undefined {
    for (const leaf of CstUtils.flattenCst(node)) if (!leaf.hidden) return leaf;
    return undefined;
}

function lastLeaf(node: CstNode): LeafCstNode | undefined {
    let last: LeafCstNode | undefined;
    for (const leaf of CstUtils.flattenCst(node)) if (!leaf.hidden) last = leaf;
    return last;
}

/** The position of `offset` in `text`, counted from a known position at `from`. */
function positionAfter(known: Position, text: string, from: number, offset: number): Position {
    let line = known.line;
    let lineStart = from - known.character;
    for (let index = text.indexOf('\n', from); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) {
        line++;
        lineStart = index + 1;
    }
    return { line, character: offset - lineStart };
}
