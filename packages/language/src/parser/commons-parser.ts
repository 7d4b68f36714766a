import { createLangiumParser, type AstNode, type LangiumCoreServices, type LangiumParser, type ParseResult, type ParserOptions } from 'langium';
import type { IRecognitionException, IToken } from 'chevrotain';

interface CstNodeLike {
    container?: CstNodeLike;
    content: CstNodeLike[];
}

interface NodeBuilder {
    readonly current: CstNodeLike;
    rootNode: CstNodeLike;
    createLeafNode(token: IToken, hidden: boolean): CstNodeLike;
    addHiddenNodes(tokens: IToken[]): void;
    removeNode(node: CstNodeLike): void;
}

/** The parser's own record of where it is, which an exception thrown mid-parse leaves behind. */
interface ParserState {
    stack: unknown[];
    unorderedGroups: Map<string, unknown>;
    lexerResult?: { hidden: IToken[] };
    nodeBuilder: NodeBuilder;
    extractHiddenTokens(token: IToken): IToken[];
}

/** Inserts nodes into a parent's content: in place for a few, by a new array for very many (no spread of arguments). */
function insertAt(parent: CstNodeLike, index: number, nodes: CstNodeLike[]): void {
    if (nodes.length <= 1000) parent.content.splice(index, 0, ...nodes);
    else parent.content = [...parent.content.slice(0, index), ...nodes, ...parent.content.slice(index)];
}

/**
 * Makes the parser's handling of comments linear. Langium takes the comments before each token
 * off the front of one array (`splice(0, i)`, which moves every later comment each time), finds
 * a node among its siblings with `indexOf` from the first sibling, and adds comments with
 * `push(...nodes)`, which overflows the stack for a hundred thousand comments in a row. A draft of
 * many comments, or of many clauses with a comment before each, took quadratic time.
 */
function linearHiddenTokens(state: ParserState): () => void {
    let cursor = 0;
    state.extractHiddenTokens = (token: IToken): IToken[] => {
        const hidden = state.lexerResult?.hidden ?? [];
        let end = cursor;
        while (end < hidden.length && hidden[end].startOffset <= token.startOffset) end++;
        const taken = hidden.slice(cursor, end);
        cursor = end;
        return taken;
    };
    const builder = state.nodeBuilder;
    const adopt = (parent: CstNodeLike, nodes: CstNodeLike[]) => {
        for (const node of nodes) node.container = parent;
    };
    builder.addHiddenNodes = (tokens: IToken[]): void => {
        // After parsing, Langium passes all the comments again; only those not yet placed remain.
        const pending = tokens === state.lexerResult?.hidden ? tokens.slice(cursor) : tokens;
        if (pending.length === 0) return;
        const nodes = pending.map((token) => builder.createLeafNode(token, true));
        let current = builder.current;
        if (current.content.length > 0) {
            adopt(current, nodes);
            for (const node of nodes) current.content.push(node);
            return;
        }
        // A node just begun has no content yet: the comments go before it, in the first ancestor
        // where it (or its ancestor) is not the first child, or else at the start of the draft.
        while (current.container) {
            const siblings = current.container.content;
            const index = siblings.lastIndexOf(current);
            if (index > 0) {
                adopt(current.container, nodes);
                insertAt(current.container, index, nodes);
                return;
            }
            current = current.container;
        }
        adopt(builder.rootNode, nodes);
        insertAt(builder.rootNode, 0, nodes);
    };
    builder.removeNode = (node: CstNodeLike): void => {
        const siblings = node.container?.content;
        const index = siblings ? siblings.lastIndexOf(node) : -1;
        if (siblings && index >= 0) siblings.splice(index, 1);
    };
    return () => { cursor = 0; };
}

/**
 * Langium's parser, made safe against faults: if parsing a draft throws (a fault in Commons or
 * in the parser library, since the lexer already bounds nesting), the parser's state is reset so
 * the next draft parses cleanly, and this draft gets one plain syntax error instead of the
 * exception escaping into the command or the language server.
 */
export function createCommonsParser(services: LangiumCoreServices): LangiumParser {
    const parser = createLangiumParser(services);
    const parse = parser.parse.bind(parser);
    const state = parser as unknown as ParserState;
    const resetHidden = linearHiddenTokens(state);
    const reset = () => {
        resetHidden();
        state.stack.length = 0;
        state.unorderedGroups.clear();
        state.lexerResult = undefined;
    };
    parser.parse = <T extends AstNode = AstNode>(input: string, options?: ParserOptions): ParseResult<T> => {
        // Reset first as well: a fault so deep in the stack that even the reset below failed
        // must not leave its state to the next draft.
        reset();
        try {
            return parse<T>(input, options);
        } catch (error) {
            reset();
            const empty = parse<T>('');
            return { ...empty, parserErrors: [parserFault(error)] };
        }
    };
    return parser;
}

function parserFault(error: unknown): IRecognitionException {
    const reason = error instanceof Error ? error.message : String(error);
    return {
        name: 'CommonsParserFault',
        message: `Commons could not read this draft: its parser failed (${reason}). This is a fault in Commons, not in your draft; `
            + 'please report it. Until it is fixed, splitting the draft into smaller files may help.',
        token: { image: '', startOffset: 0, endOffset: 0, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1, tokenTypeIdx: 0, tokenType: { name: 'EOF' } },
        resyncedTokens: [],
        context: { ruleStack: [], ruleOccurrenceStack: [] }
    } as IRecognitionException;
}
