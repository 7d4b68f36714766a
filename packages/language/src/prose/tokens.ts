import { detached } from '../strings.js';
import { factsOf, type WordFacts } from './word-facts.js';

/** A range of the analysed text: `start` inclusive, `end` exclusive, both UTF-16 offsets. */
export interface Span {
    readonly start: number;
    readonly end: number;
}

export type TokenKind = 'word' | 'number' | 'punct';

/** One word, number or punctuation mark of the analysed text. */
export interface Token {
    readonly start: number;
    readonly end: number;
    /** The characters as written. */
    readonly text: string;
    /**
     * The form lexicons match against: lower case, curly apostrophes straightened, a possessive
     * ending removed ("council's" and "residents'" become "council" and "residents"), every dash
     * written as "—" and every ellipsis as "…".
     */
    readonly norm: string;
    readonly kind: TokenKind;
    readonly capitalised: boolean;
    readonly possessive: boolean;
    /** What the reader knows about the word, shared by every token with this norm. */
    readonly facts: WordFacts;
}

// Alternatives, in order: dotted abbreviations ("e.g.", "i.e."), words (with inner hyphens and
// apostrophes, and the apostrophe of a plural possessive), numbers ("12", "1.3.1", "2,000",
// "31st"), runs of hyphens used as a dash, and any other single character. The pattern is tried
// where each token starts and only asked how far it reaches (`test` on a sticky pattern): reading
// groups from `exec` made a match array and a string per group for every token, a third of the
// memory prose reading allocated.
const TOKEN_AT = /[A-Za-z]{1,3}(?:\.[A-Za-z]{1,3})+\.|\p{L}[\p{L}\p{M}\p{N}]*(?:[-'’][\p{L}\p{M}\p{N}]+)*(?:(?<=s)['’](?![\p{L}\p{N}]))?|\d+(?:[.,:]\d+)*(?:st|nd|rd|th)?|-{2,}|\.{3}|\S/uy;
const LETTER_FIRST = /^\p{L}/u;

// Brackets around prose references ("the [council] must") and quotation marks do not change
// what a sentence says, so they are left out and phrases match across them.
const TRANSPARENT = new Set(['[', ']', '"', '“', '”', '‘', '’', "'", '«', '»']);
const DASHES = new Set(['—', '–', '‒', '―']);

/** Splits prose into tokens, keeping every token's offsets into the original text. */
export function tokenize(text: string): Token[] {
    const tokens: Token[] = [];
    for (let start = skipSpace(text, 0), end = start; start < text.length; start = skipSpace(text, end)) {
        end = plainWordEnd(text, start);
        if (end >= 0) {
            tokens.push(plainWordToken(text, start, end));
            continue;
        }
        // Every character that is not white space starts a token (the last alternative is any such character).
        TOKEN_AT.lastIndex = start;
        end = TOKEN_AT.test(text) ? TOKEN_AT.lastIndex : start + 1;
        const token = makeToken(text, start, end);
        if (token) tokens.push(token);
    }
    return tokens;
}

/**
 * Where a plain ASCII word starting at `start` ends ("council", "s22"), or -1 when the token may be
 * anything else and needs the full pattern: it does not start with an ASCII letter, or what follows
 * the letters and digits could carry it on (a full stop of an abbreviation, a hyphen, an apostrophe,
 * any non-ASCII character). Most tokens of legal prose are plain words, and this spares them the pattern.
 */
function plainWordEnd(text: string, start: number): number {
    if (!isAsciiLetter(text.charCodeAt(start))) return -1;
    let end = start + 1;
    while (end < text.length && isAsciiLetterOrDigit(text.charCodeAt(end))) end++;
    if (end === text.length) return end;
    const next = text.charCodeAt(end);
    return next >= 128 || next === 46 || next === 45 || next === 39 ? -1 : end;
}

function isAsciiLetter(code: number): boolean {
    return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isAsciiLetterOrDigit(code: number): boolean {
    return isAsciiLetter(code) || (code >= 48 && code <= 57);
}

function makeToken(text: string, start: number, end: number): Token | undefined {
    const raw = text.slice(start, end);
    const first = text.charCodeAt(start);
    if (first >= 48 && first <= 57) {
        const facts = factsOf(raw, true);
        return { start, end, text: raw, norm: facts.norm, kind: 'number', capitalised: false, possessive: false, facts };
    }
    if (startsWithLetter(raw, first)) {
        // Only a dotted abbreviation ends in a full stop; a word never does.
        if (raw.endsWith('.')) {
            const facts = factsOf(raw.slice(0, -1).toLowerCase(), false);
            return { start, end, text: raw, norm: facts.norm, kind: 'word', capitalised: isUpper(raw), possessive: false, facts };
        }
        return wordToken(raw, start, end);
    }
    if (TRANSPARENT.has(raw)) return undefined;
    const facts = factsOf(punctuationNorm(raw), false);
    return { start, end, text: raw, norm: facts.norm, kind: 'punct', capitalised: false, possessive: false, facts };
}

function startsWithLetter(raw: string, first: number): boolean {
    if (first < 128) return (first >= 65 && first <= 90) || (first >= 97 && first <= 122);
    return LETTER_FIRST.test(raw);
}

/** The first position at or after `from` that is not white space (as `\s` defines it). */
function skipSpace(text: string, from: number): number {
    let position = from;
    while (position < text.length && isSpace(text.charCodeAt(position))) position++;
    return position;
}

function isSpace(code: number): boolean {
    if (code < 128) return code === 32 || (code >= 9 && code <= 13);
    return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029
        || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

interface WordShape {
    /** The spelling, shared by every token that spells it, so a reading keeps one copy of each word. */
    readonly text: string;
    readonly norm: string;
    readonly capitalised: boolean;
    readonly possessive: boolean;
    readonly facts: WordFacts;
}

// A few thousand spellings make up most legal prose, so each is normalised once and its strings
// shared by every token that spells it. A token's norm is its facts' own string, the same string
// the lexicon tries are keyed by, so a trie lookup finds its key by identity before comparing
// text. Capped so that unusual input cannot grow it without bound.
const shapes = new Map<string, WordShape>();
const SHAPES_LIMIT = 50_000;

// Plain ASCII words, most tokens, are looked up in a table of their own, by a hash of their
// characters read in place: a word seen before is neither cut out of the text nor hashed again by
// the engine, which for a million tokens is much of the tokenizer's time and garbage. Open
// addressing, at most SHAPES_LIMIT words in twice as many slots and more.
const PLAIN_SLOTS = 1 << 17;
const plainShapes: (WordShape | undefined)[] = new Array(PLAIN_SLOTS).fill(undefined);
const plainHashes = new Int32Array(PLAIN_SLOTS);
let plainCount = 0;

/** The token for a plain ASCII word at `[start, end)` (see `plainWordEnd`). */
function plainWordToken(text: string, start: number, end: number): Token {
    const hash = hashOf(text, start, end);
    let slot = hash & (PLAIN_SLOTS - 1);
    for (let shape = plainShapes[slot]; shape !== undefined; shape = plainShapes[slot = (slot + 1) & (PLAIN_SLOTS - 1)]) {
        if (plainHashes[slot] === hash && shape.text.length === end - start && text.startsWith(shape.text, start)) return shapedToken(shape, start, end);
    }
    if (plainCount >= SHAPES_LIMIT) {
        plainShapes.fill(undefined);
        plainCount = 0;
        slot = hash & (PLAIN_SLOTS - 1);
    }
    // Kept for the rest of the session, so the strings must not hold the clause they were cut from.
    const shape = wordShape(detached(text.slice(start, end)));
    plainShapes[slot] = shape;
    plainHashes[slot] = hash;
    plainCount++;
    return shapedToken(shape, start, end);
}

// FNV-1a over the UTF-16 code units.
function hashOf(text: string, start: number, end: number): number {
    let hash = 0x811c9dc5;
    for (let index = start; index < end; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
    return hash;
}

function shapedToken(shape: WordShape, start: number, end: number): Token {
    return { start, end, text: shape.text, norm: shape.norm, kind: 'word', capitalised: shape.capitalised, possessive: shape.possessive, facts: shape.facts };
}

function wordToken(raw: string, start: number, end: number): Token {
    let shape = shapes.get(raw);
    if (!shape) {
        if (shapes.size >= SHAPES_LIMIT) shapes.clear();
        shape = wordShape(detached(raw));
        // Kept for the rest of the session, so the key and strings must not hold the clause they were cut from.
        shapes.set(shape.text, shape);
    }
    return shapedToken(shape, start, end);
}

function wordShape(raw: string): WordShape {
    const straight = raw.toLowerCase().replace(/’/g, "'");
    const possessive = straight.endsWith("'s") || straight.endsWith("s'");
    const norm = straight.endsWith("'s") ? straight.slice(0, -2) : straight.endsWith("'") ? straight.slice(0, -1) : straight;
    const facts = factsOf(norm, false);
    return { text: raw, norm: facts.norm, capitalised: isUpper(raw), possessive, facts };
}

function punctuationNorm(raw: string): string {
    if (DASHES.has(raw) || raw.startsWith('--')) return '—';
    if (raw === '...') return '…';
    return raw;
}

function isUpper(text: string): boolean {
    const first = text[0];
    return first !== first.toLowerCase();
}

export function contains(outer: Span, inner: Span): boolean {
    return inner.start >= outer.start && inner.end <= outer.end;
}
