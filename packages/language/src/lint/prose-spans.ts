import type { LangiumDocument } from 'langium';
import type { Range, TextEdit } from 'vscode-languageserver-types';
import type { Span } from '../prose/index.js';
import type { ProseFragment } from '../references/prose-fragments.js';

/**
 * Where each character of a fragment's text sits in the document. Only needed for an ordinary
 * "..." string that holds escapes (\" or \\): each escape is two characters in the file but
 * one in the text, so offsets after it would drift. Block strings are verbatim and need no map.
 */
const escapeMaps = new WeakMap<ProseFragment, number[]>();

function documentOffsetsOf(document: LangiumDocument, fragment: ProseFragment): number[] | undefined {
    if (fragment.verbatim) return undefined;
    const literal = document.textDocument.getText(fragment.range);
    if (!literal.includes('\\')) return undefined;
    let offsets = escapeMaps.get(fragment);
    if (!offsets) {
        offsets = [];
        // Skip the opening quote; stop before the closing one.
        for (let index = 1; index < literal.length - 1; index++) {
            offsets.push(fragment.offset - 1 + index);
            if (literal[index] === '\\') index++;
        }
        offsets.push(fragment.offset - 1 + literal.length - 1);
        escapeMaps.set(fragment, offsets);
    }
    return offsets;
}

/** The document offset of a character (or the end) of a fragment's text. */
export function documentOffset(document: LangiumDocument, fragment: ProseFragment, textOffset: number): number {
    const offsets = documentOffsetsOf(document, fragment);
    return offsets ? offsets[Math.min(textOffset, offsets.length - 1)] : fragment.offset + textOffset;
}

/** The range in the document of a span of a fragment's text. */
export function fragmentRange(document: LangiumDocument, fragment: ProseFragment, span: Span): Range {
    return {
        start: document.textDocument.positionAt(documentOffset(document, fragment, span.start)),
        end: document.textDocument.positionAt(documentOffset(document, fragment, span.end))
    };
}

/** An edit that replaces exactly the words of a span, leaving every other character alone. */
export function replaceSpan(document: LangiumDocument, fragment: ProseFragment, span: Span, newText: string): TextEdit {
    return { range: fragmentRange(document, fragment, span), newText };
}

/** The replacement written in the case of the words it replaces: "Shall" gives "Must", "SHALL" gives "MUST". */
export function inCaseOf(original: string, replacement: string): string {
    const letters = original.replace(/[^\p{L}]/gu, '');
    if (letters.length > 1 && letters === letters.toUpperCase()) return replacement.toUpperCase();
    const first = original.charAt(0);
    if (first !== first.toLowerCase()) return replacement.charAt(0).toUpperCase() + replacement.slice(1);
    return replacement;
}

/** Quoted words for a message, with brackets and line breaks tidied away. */
export function quoted(text: string): string {
    return `"${text.replace(/[[\]]/g, '').replace(/\s+/g, ' ').trim()}"`;
}
