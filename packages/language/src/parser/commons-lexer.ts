import { DefaultLexer, DefaultTokenBuilder, GrammarAST, type LangiumCoreServices, type LexerResult, type TokenizeOptions } from 'langium';
import type { ILexingError, IToken, TokenType } from 'chevrotain';

/**
 * Limits that keep every draft, however malformed or hostile, to one pass of bounded depth:
 * the parser recurses once per brace, and the prose reader reads a clause as a whole.
 */
export const SYNTAX_LIMITS = {
    /** Blocks ("{ ... }") inside one another; a deeper block is reported and not read. */
    maxNesting: 32,
    /** Characters in one piece of quoted text; a longer one is reported and not read. */
    maxQuotedLength: 30_000,
    /** Syntax errors reported per file; the rest are counted in one last note. */
    maxSyntaxErrors: 100
} as const;

/** Codes of the syntax problems the lexer finds, carried on the diagnostics. */
export const SyntaxCodes = {
    NestedTooDeeply: 'language/nested-too-deeply',
    ProseTooLong: 'language/prose-too-long',
    UnclosedQuotation: 'language/unclosed-quotation',
    UnclosedComment: 'language/unclosed-comment',
    TooManySyntaxErrors: 'language/too-many-syntax-errors'
} as const;

/** A lexing error that carries a Commons code. */
export interface CodedLexingError extends ILexingError {
    code?: string;
    /** True for a quotation or comment that runs to the end of the text: what follows was never read. */
    swallowsRest?: boolean;
}

/**
 * What the token matchers noticed during one run of the lexer: the quotations and comments they
 * had to close themselves, by start offset, and whether the last one runs to the end of the text.
 */
interface LexState {
    unclosedQuotes: number[];
    unclosedComments: number[];
    /** Offset from which an unclosed quotation or comment swallowed the rest of the text, or -1. */
    swallowedFrom: number;
    /** Scans that found no closing quotation mark at or after this offset (-1: none failed yet). */
    noQuoteAfter: number;
}

function freshState(): LexState {
    return { unclosedQuotes: [], unclosedComments: [], swallowedFrom: -1, noQuoteAfter: -1 };
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const NEWLINE = 0x0a;
const RETURN = 0x0d;

/** A letter or digit straight after a quotation mark means it opens text rather than closes it. */
const OPENS_TEXT = /[\p{L}\p{N}]/u;

function endOfLine(text: string, from: number): number {
    for (let index = from; index < text.length; index++) {
        const code = text.charCodeAt(index);
        if (code === NEWLINE || code === RETURN) return index;
    }
    return text.length;
}

function match(text: string, start: number, end: number): RegExpExecArray {
    return [text.substring(start, end)] as unknown as RegExpExecArray;
}

/**
 * Quoted text, matched by a loop instead of a regular expression: a backtracking expression over
 * a quotation of a few megabytes overflows the stack, and one that fails on an unclosed quotation
 * makes the lexer try again at every following character.
 *
 * `"""..."""` runs to the first three quotation marks in a row (and takes any more that follow).
 * `"..."` runs to the next quotation mark not escaped by a backslash. A quotation that is never
 * closed, or whose "closing" mark is followed straight away by a letter or digit (so it is really
 * the opening mark of the next text), is taken to the end of its own line and recorded, so that it
 * is one problem on the line where it opens rather than a cascade of errors further down.
 * A `"""` that is never closed takes the rest of the text.
 */
function stringMatcher(state: () => LexState) {
    return (text: string, offset: number): RegExpExecArray | null => {
        if (text.charCodeAt(offset) !== QUOTE) return null;
        const lex = state();
        if (text.startsWith('"""', offset)) {
            const close = text.indexOf('"""', offset + 3);
            if (close < 0) {
                lex.unclosedQuotes.push(offset);
                lex.swallowedFrom = offset;
                return match(text, offset, text.length);
            }
            let end = close + 3;
            while (text.charCodeAt(end) === QUOTE) end++;
            return match(text, offset, end);
        }
        const close = lex.noQuoteAfter >= 0 && offset >= lex.noQuoteAfter ? -1 : closingQuote(text, offset + 1);
        if (close < 0) {
            if (lex.noQuoteAfter < 0 || offset < lex.noQuoteAfter) lex.noQuoteAfter = offset;
        } else if (!OPENS_TEXT.test(text.charAt(close + 1))) {
            return match(text, offset, close + 1);
        }
        lex.unclosedQuotes.push(offset);
        return match(text, offset, Math.max(endOfLine(text, offset), offset + 1));
    };
}

/** The offset of the quotation mark that closes text starting at `from`, or -1. */
function closingQuote(text: string, from: number): number {
    for (let index = from; index < text.length; index++) {
        const code = text.charCodeAt(index);
        if (code === QUOTE) return index;
        if (code === BACKSLASH) index++;
    }
    return -1;
}

/**
 * The quoted term at the head of a definition: one line of quoted text followed by `means` or
 * `includes` (the terminal DEFINED_TERM of the grammar, matched without backtracking).
 */
function definedTermMatcher() {
    return (text: string, offset: number): RegExpExecArray | null => {
        if (text.charCodeAt(offset) !== QUOTE) return null;
        let close = -1;
        for (let index = offset + 1; index < text.length; index++) {
            const code = text.charCodeAt(index);
            if (code === QUOTE) { close = index; break; }
            if (code === NEWLINE) return null;
            if (code === BACKSLASH) {
                if (text.charCodeAt(index + 1) === NEWLINE) return null;
                index++;
            }
        }
        if (close < 0) return null;
        let next = close + 1;
        while (next < text.length && /\s/.test(text.charAt(next))) next++;
        if (next === close + 1) return null;
        for (const word of ['means', 'includes']) {
            if (text.startsWith(word, next) && !/\w/.test(text.charAt(next + word.length))) return match(text, offset, close + 1);
        }
        return null;
    };
}

/** A block comment; one never closed takes the rest of the text and is recorded. */
function blockCommentMatcher(state: () => LexState) {
    return (text: string, offset: number): RegExpExecArray | null => {
        if (!text.startsWith('/*', offset)) return null;
        const close = text.indexOf('*/', offset + 2);
        if (close >= 0) return match(text, offset, close + 2);
        const lex = state();
        lex.unclosedComments.push(offset);
        lex.swallowedFrom = lex.swallowedFrom >= 0 ? Math.min(lex.swallowedFrom, offset) : offset;
        return match(text, offset, text.length);
    };
}

/**
 * Langium's token builder with the terminals that can run for megabytes (quoted text, defined
 * terms, block comments) matched by loops that take time in proportion to the text and no stack.
 */
export class CommonsTokenBuilder extends DefaultTokenBuilder {
    private state: LexState = freshState();

    /** Starts the record of a lexer run; returns the record the matchers fill. */
    beginRun(): LexState {
        this.state = freshState();
        return this.state;
    }

    protected override buildTerminalToken(terminal: GrammarAST.TerminalRule): TokenType {
        const token = super.buildTerminalToken(terminal);
        const state = () => this.state;
        switch (terminal.name) {
            case 'STRING':
                return { ...token, PATTERN: stringMatcher(state), LINE_BREAKS: true, START_CHARS_HINT: ['"'] };
            case 'DEFINED_TERM':
                return { ...token, PATTERN: definedTermMatcher(), LINE_BREAKS: false, START_CHARS_HINT: ['"'] };
            case 'ML_COMMENT':
                return { ...token, PATTERN: blockCommentMatcher(state), LINE_BREAKS: true, START_CHARS_HINT: ['/'] };
            default:
                return token;
        }
    }
}

/**
 * Langium's lexer, followed by one pass over the tokens that reports (once each, on the line
 * where they start) quotations and comments never closed, quoted text too long to read, and
 * blocks nested too deeply. A block nested too deeply is taken out of the token stream with all
 * it holds, so the parser never recurses further than the limit.
 */
export class CommonsLexer extends DefaultLexer {
    constructor(services: LangiumCoreServices) {
        super(services);
    }

    override tokenize(text: string, options?: TokenizeOptions): LexerResult {
        const builder = this.tokenBuilder as CommonsTokenBuilder;
        const state = builder.beginRun();
        const result = super.tokenize(text, options);
        const errors: CodedLexingError[] = [...result.errors];
        const lines = new LineIndex(text);
        for (const offset of state.unclosedQuotes) {
            errors.push({
                ...errorAt(lines, offset, 1, SyntaxCodes.UnclosedQuotation,
                    'This quotation is never closed. Add the closing " (or use """ ... """ around text that itself contains quotation marks).'),
                swallowsRest: offset === state.swallowedFrom
            });
        }
        for (const offset of state.unclosedComments) {
            errors.push({
                ...errorAt(lines, offset, 2, SyntaxCodes.UnclosedComment,
                    'This comment is never closed, so everything after it is ignored. Add */ where the comment should end.'),
                swallowsRest: offset === state.swallowedFrom
            });
        }
        for (const token of result.tokens) {
            const type = token.tokenType.name;
            if ((type === 'STRING' || type === 'DEFINED_TERM') && token.image.length > SYNTAX_LIMITS.maxQuotedLength) {
                errors.push(errorAt(lines, token.startOffset, 1, SyntaxCodes.ProseTooLong,
                    `Clause too long: this quoted text has ${token.image.length.toLocaleString('en-GB')} characters, more than Commons reads in one piece `
                    + `(${SYNTAX_LIMITS.maxQuotedLength.toLocaleString('en-GB')}). Split it into numbered clauses, for example (1) "..." (2) "...".`));
            }
        }
        const { tokens, hidden } = limitNesting(lines, result.tokens, result.hidden, errors);
        errors.sort((a, b) => a.offset - b.offset);
        return { ...result, tokens, hidden, errors };
    }
}

function errorAt(lines: LineIndex, offset: number, length: number, code: string, message: string): CodedLexingError {
    const { line, column } = lines.positionOf(offset);
    return { offset, line, column, length, message, code };
}

/** One-based lines and columns of offsets, from the line starts found once per text when first asked. */
class LineIndex {
    private starts: number[] | undefined;

    constructor(private readonly text: string) {}

    positionOf(offset: number): { line: number; column: number } {
        const starts = this.starts ??= lineStarts(this.text);
        let low = 0;
        let high = starts.length - 1;
        while (low < high) {
            const middle = (low + high + 1) >> 1;
            if (starts[middle] <= offset) low = middle;
            else high = middle - 1;
        }
        return { line: low + 1, column: offset - starts[low] + 1 };
    }
}

function lineStarts(text: string): number[] {
    // Lines end at \n, \r\n or a lone \r, as the lexer and editors count them.
    const starts = [0];
    for (let index = 0; index < text.length; index++) {
        const code = text.charCodeAt(index);
        if (code === NEWLINE) starts.push(index + 1);
        else if (code === RETURN && text.charCodeAt(index + 1) !== NEWLINE) starts.push(index + 1);
    }
    return starts;
}

/**
 * Removes every block that opens deeper than the limit, with everything inside it up to its
 * closing brace (or the end of the text), and reports each such block once.
 */
function limitNesting(lines: LineIndex, tokens: IToken[], hidden: IToken[], errors: CodedLexingError[]): { tokens: IToken[]; hidden: IToken[] } {
    let depth = 0;
    let dropFrom = -1;
    const dropped: Array<[number, number]> = [];
    const kept: IToken[] = [];
    for (const token of tokens) {
        const type = token.tokenType.name;
        if (type === '{') {
            depth++;
            if (depth > SYNTAX_LIMITS.maxNesting && dropFrom < 0) {
                dropFrom = token.startOffset;
                errors.push({
                    ...errorAt(lines, token.startOffset, 1, SyntaxCodes.NestedTooDeeply, ''),
                    message: `Nested too deeply: this block is inside ${depth - 1} others, and Commons reads at most ${SYNTAX_LIMITS.maxNesting}. `
                        + 'Move its clauses into a new section, or number them at a shallower level. Nothing in this block was checked.'
                });
            }
        }
        if (dropFrom < 0) kept.push(token);
        if (type === '}') {
            if (dropFrom >= 0 && depth === SYNTAX_LIMITS.maxNesting + 1) {
                dropped.push([dropFrom, token.endOffset ?? token.startOffset]);
                dropFrom = -1;
            }
            depth = Math.max(0, depth - 1);
        }
    }
    if (dropFrom >= 0) dropped.push([dropFrom, Number.POSITIVE_INFINITY]);
    if (dropped.length === 0) return { tokens, hidden };
    let range = 0;
    const keptHidden = hidden.filter((token) => {
        while (range < dropped.length && dropped[range][1] < token.startOffset) range++;
        return !(range < dropped.length && dropped[range][0] <= token.startOffset);
    });
    return { tokens: kept, hidden: keptHidden };
}
