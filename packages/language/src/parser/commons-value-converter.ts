import { DefaultValueConverter, type CstNode, type GrammarAST, type ValueType } from 'langium';
import { normaliseName, unwrapReferenceText } from '../names.js';
import { detached } from '../strings.js';

/**
 * Turns source text into AST values. Block strings ("""...""") are taken verbatim so pasted
 * legislation keeps every character; references keep the words the drafter wrote, normalised,
 * so the linker can match them against declared names.
 */
export class CommonsValueConverter extends DefaultValueConverter {
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        switch (rule.name) {
            case 'STRING':
            case 'DEFINED_TERM':
                return convertStringLiteral(input);
            case 'Name':
                return input.startsWith('"') ? convertStringLiteral(input) : input;
            case 'RefName':
                return normaliseName(unwrapReferenceText(input.startsWith('"""') ? convertStringLiteral(input) : input));
            default:
                return super.runConverter(rule, input, cstNode);
        }
    }
}

const ESCAPE = /\\(.)/gs;
const ESCAPED_CHARACTERS: Readonly<Record<string, string>> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '0': '\0' };

/** The text between the quotes of a Commons string literal (either form). */
export function convertStringLiteral(literal: string): string {
    if (literal.startsWith('"""')) return detached(literal.slice(3, -3));
    // Langium's converter rebuilds every literal a character at a time; clause prose is most of
    // a draft and rarely has an escape, so one copy of it is enough.
    const inner = literal.slice(1, -1);
    return inner.includes('\\') ? inner.replace(ESCAPE, (_, character: string) => ESCAPED_CHARACTERS[character] ?? character) : detached(inner);
}

/** Offset of the first character of the text inside a string literal. */
export function stringContentOffset(literal: string): number {
    return literal.startsWith('"""') ? 3 : 1;
}
