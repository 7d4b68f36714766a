import type { Reading } from './lists.js';
import type { Phrase } from './model.js';
import type { Span, Token } from './tokens.js';
import { isSyntax, lexiconBit, phraseAt, type CategoryOf, type LexiconName } from './vocabulary.js';
import type { TrieHit } from './lexicon-matcher.js';
import { verbFormOf } from './lemmas.js';

/**
 * The tokens of one reading laid out as a plain array, so the proposition reader can walk
 * positions 0..length-1 while every token keeps its offsets into the original text.
 */
export class ReadingView {
    readonly tokens: readonly Token[];

    /**
     * @param starts for each token of the text, which lexicons could start a phrase there
     * (see `phraseStartMask`), so most positions are ruled out without a trie lookup.
     */
    constructor(readonly text: string, private readonly allTokens: readonly Token[], private readonly starts: Int32Array, readonly reading: Reading, readonly sentence: number) {
        this.tokens = reading.tokens.map((index) => allTokens[index]);
    }

    get length(): number {
        return this.tokens.length;
    }

    at(position: number): Token | undefined {
        return this.tokens[position];
    }

    norm(position: number): string | undefined {
        return this.tokens[position]?.norm;
    }

    /** Index of the token in the analysis-wide token list. */
    tokenIndex(position: number): number {
        return this.reading.tokens[position];
    }

    /** True for positions that come from a lead-in rather than the item itself. */
    inLeadIn(position: number): boolean {
        return position < this.reading.leadInLength;
    }

    phraseAt<N extends LexiconName>(position: number, name: N, category?: CategoryOf<N>, limit = this.length): TrieHit | undefined {
        if (position >= limit || (this.starts[this.reading.tokens[position]] & lexiconBit(name)) === 0) return undefined;
        return phraseAt(this.tokens, position, limit, name, category);
    }

    is(position: number, category: CategoryOf<'syntax'>): boolean {
        return isSyntax(this.tokens[position], category);
    }

    /** Position of the "(" that a ")" at `close` closes, or undefined. */
    openingBracket(close: number, floor = 0): number | undefined {
        let depth = 0;
        for (let position = close; position >= floor; position--) {
            const norm = this.tokens[position].norm;
            if (norm === ')') depth++;
            else if (norm === '(' && --depth === 0) return position;
        }
        return undefined;
    }

    /** Position of the ")" that closes a "(" at `open`, or undefined. */
    closingBracket(open: number, limit = this.length): number | undefined {
        let depth = 0;
        for (let position = open; position < limit; position++) {
            const norm = this.tokens[position].norm;
            if (norm === '(') depth++;
            else if (norm === ')' && --depth === 0) return position;
        }
        return undefined;
    }

    /** The span from the token at `start` to the one before `end` (which must be after `start`). */
    span(start: number, end: number): Span {
        return { start: this.tokens[start].start, end: this.tokens[end - 1].end };
    }

    /** The words at positions `[start, end)` as a phrase, or undefined when empty. */
    phrase(start: number, end: number): Phrase | undefined {
        return phraseOfTokens(this.text, this.allTokens, this.reading.tokens, start, end);
    }
}

/** Tokens (by index, in order; `indices[from..to)`) as a phrase: contiguous runs become its parts. */
export function phraseOfTokens(text: string, tokens: readonly Token[], indices: readonly number[], from = 0, to = indices.length): Phrase | undefined {
    if (to <= from) return undefined;
    const parts: Span[] = [];
    let partStart = indices[from];
    for (let position = from + 1; position <= to; position++) {
        if (position < to && indices[position] === indices[position - 1] + 1) continue;
        parts.push({ start: tokens[partStart].start, end: tokens[indices[position - 1]].end });
        partStart = indices[position];
    }
    return {
        text: parts.map((part) => text.slice(part.start, part.end)).join(' '),
        span: { start: parts[0].start, end: parts[parts.length - 1].end },
        parts
    };
}

// A reading is at most one sentence, so a full stop inside it closes an abbreviation ("s. 22",
// "para. 5") or a paragraph number, never a clause.
const CLAUSE_PUNCTUATION = new Set([';', ':', '?', '!']);

/** A semicolon, colon, question or exclamation mark: the end of a clause in a reading. */
export function endsClause(token: Token | undefined): boolean {
    // Asked of nearly every token a statement covers: words are ruled out before the set is asked.
    return token !== undefined && token.kind === 'punct' && CLAUSE_PUNCTUATION.has(token.norm);
}

/** Adverbs may sit between a subject and its verb, or a modal and its verb ("must jointly agree"). */
export function isAdverb(token: Token | undefined): boolean {
    if (!token || token.kind !== 'word') return false;
    if (isSyntax(token, 'adverb')) return true;
    return token.norm.length > 4 && token.norm.endsWith('ly') && !verbFormOf(token) && !isSyntax(token, 'not-adverb');
}

const FINITE_FUNCTION_VERBS = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'does', 'do', 'did']);
const NEGATORS = new Set(['not', 'never']);

/** A finite form of "be", "have" or "do": it heads a clause whatever follows. */
export function isFiniteFunctionVerb(norm: string | undefined): boolean {
    return norm !== undefined && FINITE_FUNCTION_VERBS.has(norm);
}

/** "not" or "never" standing between an auxiliary or modal and its verb. */
export function isNegator(norm: string | undefined): boolean {
    return norm !== undefined && NEGATORS.has(norm);
}

/** A word that can only be read here as a finite or participle verb, not the head of a noun phrase. */
export function isVerbLike(token: Token | undefined): boolean {
    if (!token || token.kind !== 'word') return false;
    if (isFiniteFunctionVerb(token.norm)) return true;
    const form = verbFormOf(token);
    return form !== undefined && !form.base && (form.thirdPerson || form.past || form.participle || form.gerund);
}
