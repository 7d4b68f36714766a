import { createLangiumParser, type AstNode, type LangiumCoreServices, type LangiumParser, type ParseResult, type ParserOptions } from 'langium';
import type { IRecognitionException } from 'chevrotain';

/** The parser's own record of where it is, which an exception thrown mid-parse leaves behind. */
interface ParserState {
    stack: unknown[];
    unorderedGroups: Map<string, unknown>;
    lexerResult?: unknown;
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
    const reset = () => {
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
