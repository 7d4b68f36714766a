import type { LexiconEntry } from './lexicons.generated.js';
import { tokenize, type Token } from './tokens.js';

/** A compiled set of phrases: one trie over token norms, with gap and number edges. */
export interface PhraseTrie {
    readonly words: Map<string, PhraseTrie>;
    gap?: PhraseTrie;
    number?: PhraseTrie;
    readonly entries: LexiconEntry[];
}

export interface TrieHit {
    /** Token index one past the last token of the match. */
    readonly end: number;
    /** Every entry whose pattern ends here (several only where a lexicon allows overlaps). */
    readonly entries: readonly LexiconEntry[];
}

/** How many words "..." may stand for in a pattern. */
const MAX_GAP_WORDS = 5;

const GAP = '...';
const NUMBER = '<num>';

/** What the special pattern words accept, decided by the caller who knows the vocabulary. */
export interface TokenClasses {
    /** Tokens "<num>" matches. */
    isNumber(token: Token): boolean;
    /** Tokens a "..." gap may not cross. */
    breaksGap(token: Token): boolean;
}

/**
 * Builds a trie from lexicon entries. Patterns are split with the same tokenizer as the prose, so
 * a pattern matches exactly the token sequences that spell it ("residents' panel" matches
 * "residents’ panel" and "Residents' Panel").
 */
export function compilePhrases(entries: readonly LexiconEntry[]): PhraseTrie {
    const root = emptyNode();
    for (const entry of entries) {
        for (const pattern of entry.patterns) addPattern(root, pattern, entry);
    }
    return root;
}

function addPattern(root: PhraseTrie, pattern: string, entry: LexiconEntry): void {
    let node = root;
    for (const chunk of pattern.split(' ')) {
        if (chunk === GAP) node = node.gap ??= emptyNode();
        else if (chunk === NUMBER) node = node.number ??= emptyNode();
        else for (const token of tokenize(chunk)) node = child(node, token.norm);
    }
    if (!node.entries.includes(entry)) node.entries.push(entry);
}

function child(node: PhraseTrie, norm: string): PhraseTrie {
    let next = node.words.get(norm);
    if (!next) node.words.set(norm, next = emptyNode());
    return next;
}

// Every node is made with all four fields, so the walk, which reads them on every step, sees
// nodes of one shape (a node that gained `gap` or `number` later would be a different shape).
function emptyNode(): PhraseTrie {
    return { words: new Map(), gap: undefined, number: undefined, entries: [] };
}

/** The longest phrase starting at token `from` that ends at or before `limit`, or undefined. */
export function longestMatchAt(trie: PhraseTrie, tokens: readonly Token[], from: number, limit: number, classes: TokenClasses): TrieHit | undefined {
    if (from >= limit) return undefined;
    // The first step of the walk, taken here: most tokens start no phrase at all, and answering
    // that from the one lookup the walk needs anyway, without allocating, keeps matching cheap.
    const token = tokens[from];
    const next = trie.words.get(token.norm);
    const number = trie.number !== undefined && classes.isNumber(token) ? trie.number : undefined;
    if (next === undefined && number === undefined && trie.gap === undefined) return undefined;
    const search: Search = { tokens, from, limit, classes, end: -1, entries: undefined };
    // As walk(search, trie, from) would, without asking the classes twice; the root's own entries
    // never count, as a match must cover at least one token.
    if (next) walk(search, next, from + 1);
    if (number) walk(search, number, from + 1);
    if (trie.gap) walkGap(search, trie.gap, from);
    return search.entries ? { end: search.end, entries: search.entries } : undefined;
}

// This runs for every token and every lexicon, so the search state is one object, not closures.
interface Search {
    readonly tokens: readonly Token[];
    readonly from: number;
    readonly limit: number;
    readonly classes: TokenClasses;
    end: number;
    entries: readonly LexiconEntry[] | undefined;
}

function walk(search: Search, node: PhraseTrie, index: number): void {
    if (node.entries.length > 0 && index > search.from && index > search.end) {
        search.end = index;
        search.entries = node.entries;
    }
    if (index < search.limit) {
        const token = search.tokens[index];
        const next = node.words.get(token.norm);
        if (next) walk(search, next, index + 1);
        if (node.number && search.classes.isNumber(token)) walk(search, node.number, index + 1);
    }
    if (node.gap) walkGap(search, node.gap, index);
}

// A gap is lazy: it stops growing at the first word that completes a phrase, so "400 workshops
// and 12 community hubs" is two counts, not one phrase from "400" to "hubs".
function walkGap(search: Search, afterGap: PhraseTrie, index: number): void {
    const before = search.end;
    for (let skipped = 0; skipped <= MAX_GAP_WORDS && index + skipped <= search.limit; skipped++) {
        if (skipped > 0 && search.classes.breaksGap(search.tokens[index + skipped - 1])) break;
        walk(search, afterGap, index + skipped);
        if (search.end > before) return;
    }
}
