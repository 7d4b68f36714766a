import type { Token } from './tokens.js';
import { wordsOf } from './vocabulary.js';

/** A run of tokens `[start, end)` by token index. */
export interface TokenRange {
    readonly start: number;
    readonly end: number;
}

const TERMINALS = new Set(['.', '?', '!']);
// After a full stop these continue the sentence: "22.—(1)", "s. 5, 6", "etc.)".
const CONTINUING = new Set([',', ';', ':', ')', '—', '%']);

/**
 * Splits tokens into sentences. A full stop ends a sentence unless it closes an abbreviation
 * ("s.", "No.", "para.", "e.g."), a paragraph number at the start of a sentence ("1. This Code"),
 * or is followed by a lower-case word or continuing punctuation. A blank line always ends one.
 * Semicolons and dashes never do: in legislation they join list items of one sentence.
 */
export function splitSentences(text: string, tokens: readonly Token[]): TokenRange[] {
    const sentences: TokenRange[] = [];
    let start = 0;
    for (let index = 0; index < tokens.length; index++) {
        const next = tokens[index + 1];
        const ends = next === undefined || endsSentence(tokens, index, start) || blankLineBetween(text, tokens[index], next);
        if (ends) {
            sentences.push({ start, end: index + 1 });
            start = index + 1;
        }
    }
    return sentences;
}

function endsSentence(tokens: readonly Token[], index: number, sentenceStart: number): boolean {
    const token = tokens[index];
    // Asked of every token: words are ruled out before the set is asked.
    if (token.kind !== 'punct' || !TERMINALS.has(token.norm)) return false;
    const next = tokens[index + 1];
    if (next.kind === 'word' && !next.capitalised) return false;
    if (CONTINUING.has(next.norm)) return false;
    if (token.norm !== '.') return true;
    const previous = tokens[index - 1];
    if (!previous) return true;
    if (previous.kind === 'number' && index - 1 === sentenceStart) return false;
    if (previous.kind !== 'word' || previous.end !== token.start) return true;
    if (wordsOf('abbreviations', 'never-ends').has(previous.norm)) return false;
    if (wordsOf('abbreviations', 'may-end').has(previous.norm)) return next.kind === 'word' && next.capitalised;
    return true;
}

// Scans the characters between two tokens without slicing: this runs for every token.
function blankLineBetween(text: string, token: Token, next: Token): boolean {
    let newlines = 0;
    for (let offset = token.end; offset < next.start; offset++) {
        const code = text.charCodeAt(offset);
        if (code === NEWLINE) newlines++;
        else if (code !== SPACE && code !== TAB && code !== RETURN) newlines = 0;
        if (newlines === 2) return true;
    }
    return false;
}

const NEWLINE = 10;
const RETURN = 13;
const SPACE = 32;
const TAB = 9;
