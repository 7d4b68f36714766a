import { DefaultLexerErrorMessageProvider, LangiumParserErrorMessageProvider } from 'langium';
import type { IToken, TokenType } from 'chevrotain';
import { convertStringLiteral } from './commons-value-converter.js';

/** What a token type is, in a drafter's words. */
function describeTokenType(type: TokenType): string {
    switch (type.name) {
        case 'STRING': return 'quoted text (for example "the relevant authority")';
        case 'DEFINED_TERM': return 'a defined term (for example "community body" means "...")';
        case 'NUMBER': return 'a number';
        case 'ID': return 'a name';
        case 'BRACKETED': return 'a [bracketed name]';
        case 'MARKER': return 'a clause number such as (1) or (a)';
        case 'EOF': return 'the end of the file';
    }
    const keyword = keywordOf(type);
    return /^\W+$/.test(keyword) ? `"${keyword}"` : `the word "${keyword}"`;
}

function keywordOf(type: TokenType): string {
    return type.name.endsWith(':KW') ? type.name.slice(0, -3) : type.name;
}

function describeToken(token: IToken | undefined): string {
    if (!token || token.tokenType?.name === 'EOF' || token.image === undefined || token.image === '') return 'the end of the file';
    const image = token.image.length > 40 ? `${token.image.slice(0, 37)}...` : token.image;
    return image.startsWith('"') ? image : `"${image}"`;
}

const BRACE_HINT = ' Check that every "{" has a matching "}" and every quotation is closed.';

/**
 * Syntax errors in plain words: what Commons expected, what it found, and what usually causes
 * the mismatch. The parser recovers at the next clause or section, so one slip is one message.
 */
export class CommonsParserErrorMessageProvider extends LangiumParserErrorMessageProvider {
    override buildMismatchTokenMessage({ expected, actual }: { expected: TokenType; actual: IToken }): string {
        if (keywordOf(expected) === '}' && actual.tokenType?.name === 'ID') {
            return `${describeToken(actual)} is not part of the language here. Words of a clause go inside quotes, `
                + 'for example (1) "The council must ...".';
        }
        if (expected.name === 'ID' && actual.tokenType?.name === 'NUMBER') {
            return `A name is needed here, but found the number ${describeToken(actual)}. If this is a sum of money, write its three-letter `
                + `currency code first, for example GBP ${actual.image}.`;
        }
        const hint = keywordOf(expected) === '}' || keywordOf(expected) === '{' ? BRACE_HINT : '';
        return `Expected ${describeTokenType(expected)} here, but found ${describeToken(actual)}.${hint}`;
    }

    override buildNotAllInputParsedMessage({ firstRedundant }: { firstRedundant: IToken }): string {
        return `${describeToken(firstRedundant)} comes after the end of the draft. A file holds one act, bill, policy, `
            + `programme or amendment (or one schedule, part or definitions block), so this may be a stray "}".`;
    }

    override buildNoViableAltMessage({ expectedPathsPerAlt, actual }: { expectedPathsPerAlt: TokenType[][][]; actual: IToken[] }): string {
        const expected = expectedPathsPerAlt.flat();
        if (actual[0]?.tokenType?.name === 'STRING' && expected.some((path) => path[0]?.name === 'BRACKETED')) {
            return `${describeToken(actual[0])} is quoted text, but an actor or defined term is needed here. `
                + `Write the actor's name (council) or put the term in square brackets: [${convertStringLiteral(actual[0].image)}].`;
        }
        return `${describeToken(actual[0])} does not fit here. ${expectedList(expected)}`;
    }

    override buildEarlyExitMessage({ expectedIterationPaths, actual }: { expectedIterationPaths: TokenType[][]; actual: IToken[] }): string {
        return `${describeToken(actual[0])} does not fit here. ${expectedList(expectedIterationPaths)}`;
    }
}

function expectedList(paths: TokenType[][]): string {
    const types = paths.map((path) => path[0]).filter(Boolean);
    // Where any name will do, listing the keywords that may also serve as names only confuses.
    const namesAllowed = types.some((type) => type.name === 'ID');
    const firsts = [...new Set(types
        .filter((type) => !namesAllowed || !/^[a-z]+$/.test(keywordOf(type)) || type.name === 'ID')
        .map(describeTokenType))];
    if (firsts.length === 0) return '';
    const shown = firsts.slice(0, 8);
    const more = firsts.length > shown.length ? `, or ${firsts.length - shown.length} more` : '';
    return `Commons expected ${shown.join(', ')}${more}.`;
}

/** Characters the lexer cannot place, with the usual reason. */
export class CommonsLexerErrorMessageProvider extends DefaultLexerErrorMessageProvider {
    override buildUnexpectedCharactersMessage(fullText: string, startOffset: number, length: number): string {
        const characters = fullText.substring(startOffset, startOffset + length);
        if (characters.startsWith('"')) {
            return 'This quotation is never closed. Add the closing " (or use """ ... """ around text that itself contains quotation marks).';
        }
        return `"${characters}" can only appear inside quoted text. Put prose in quotes, and write amounts as a currency code and a number (for example GBP 250000).`;
    }
}
