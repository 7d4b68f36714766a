import type { ProseAnalysis } from './model.js';
import type { Span } from './tokens.js';
import { categoryGate, passesGate, phraseFinder, type CategoryGate, type CategoryOf, type LexiconName } from './vocabulary.js';

interface Finder {
    readonly find: ReturnType<typeof phraseFinder>;
    /** Rules out tokens no phrase can start with (undefined when one may start with a number or a gap): most tokens fail it on their own facts. */
    readonly gate: CategoryGate | undefined;
}

// One finder per lexicon category, kept: the clause reader asks about the same few categories
// for every verb of every statement.
const finders = new Map<LexiconName, Map<string, Finder>>();

function finderFor(lexicon: LexiconName, category: string): Finder {
    let byCategory = finders.get(lexicon);
    if (!byCategory) finders.set(lexicon, byCategory = new Map());
    let finder = byCategory.get(category);
    if (!finder) {
        const typed = category as CategoryOf<typeof lexicon>;
        byCategory.set(category, finder = { find: phraseFinder(lexicon, typed), gate: categoryGate(lexicon, typed) });
    }
    return finder;
}

/**
 * The first phrase of one lexicon category found inside `span`, or undefined. Unlike
 * `ProseAnalysis.matches`, it sees a phrase under every category that lists it ("report" is a
 * reporting verb and a document), since it asks the category's own list.
 */
export function findPhrase<N extends LexiconName>(analysis: ProseAnalysis, span: Span, lexicon: N, category: CategoryOf<N>): Span | undefined {
    return searchTokens(analysis, firstTokenAtOrAfter(analysis, span.start), firstTokenAtOrAfter(analysis, span.end), lexicon, category);
}

function searchTokens(analysis: ProseAnalysis, from: number, limit: number, lexicon: LexiconName, category: string): Span | undefined {
    const { tokens } = analysis;
    const { find, gate } = finderFor(lexicon, category);
    for (let token = from; token < limit; token++) {
        if (gate && !passesGate(tokens[token], gate)) continue;
        const hit = find(tokens, token, limit);
        if (hit) return { start: tokens[token].start, end: tokens[hit.end - 1].end };
    }
    return undefined;
}

/** The phrase of one lexicon category that starts at the token starting at `offset`, if any. */
export function phraseStartingAt<N extends LexiconName>(analysis: ProseAnalysis, offset: number, lexicon: N, category: CategoryOf<N>): Span | undefined {
    const token = firstTokenAtOrAfter(analysis, offset);
    if (analysis.tokens[token]?.start !== offset) return undefined;
    return phraseAtToken(analysis, token, lexicon, category);
}

/** The phrase of one lexicon category that starts at token index `token`, if any. */
export function phraseAtToken<N extends LexiconName>(analysis: ProseAnalysis, token: number, lexicon: N, category: CategoryOf<N>): Span | undefined {
    const { tokens } = analysis;
    const { find, gate } = finderFor(lexicon, category);
    if (gate && !passesGate(tokens[token], gate)) return undefined;
    const hit = find(tokens, token, tokens.length);
    return hit ? { start: tokens[token].start, end: tokens[hit.end - 1].end } : undefined;
}

/** Index of the first token that starts at or after `offset`. */
export function firstTokenAtOrAfter(analysis: ProseAnalysis, offset: number): number {
    const { tokens } = analysis;
    let low = 0;
    let high = tokens.length;
    while (low < high) {
        const middle = (low + high) >> 1;
        if (tokens[middle].start < offset) low = middle + 1;
        else high = middle;
    }
    return low;
}
