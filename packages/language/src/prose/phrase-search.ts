import type { ProseAnalysis } from './model.js';
import type { Span } from './tokens.js';
import { phraseFinder, type CategoryOf, type LexiconName } from './vocabulary.js';

type Finder = ReturnType<typeof phraseFinder>;

// One finder per lexicon category, kept: the clause reader asks about the same few categories
// for every verb of every statement.
const finders = new Map<LexiconName, Map<string, Finder>>();

function finderFor(lexicon: LexiconName, category: string): Finder {
    let byCategory = finders.get(lexicon);
    if (!byCategory) finders.set(lexicon, byCategory = new Map());
    let finder = byCategory.get(category);
    if (!finder) byCategory.set(category, finder = phraseFinder(lexicon, category as CategoryOf<typeof lexicon>));
    return finder;
}


/**
 * The first phrase of one lexicon category found inside `span`, or undefined. Unlike
 * `ProseAnalysis.matches`, it sees a phrase under every category that lists it ("report" is a
 * reporting verb and a document), since it asks the category's own list.
 */
export function findPhrase<N extends LexiconName>(analysis: ProseAnalysis, span: Span, lexicon: N, category: CategoryOf<N>): Span | undefined {
    const { tokens } = analysis;
    const finder = finderFor(lexicon, category);
    const limit = firstTokenAtOrAfter(analysis, span.end);
    for (let token = firstTokenAtOrAfter(analysis, span.start); token < limit; token++) {
        const hit = finder(tokens, token, limit);
        if (hit) return { start: tokens[token].start, end: tokens[hit.end - 1].end };
    }
    return undefined;
}

/** The phrase of one lexicon category that starts at the token starting at `offset`, if any. */
export function phraseStartingAt<N extends LexiconName>(analysis: ProseAnalysis, offset: number, lexicon: N, category: CategoryOf<N>): Span | undefined {
    const token = firstTokenAtOrAfter(analysis, offset);
    if (analysis.tokens[token]?.start !== offset) return undefined;
    const hit = finderFor(lexicon, category)(analysis.tokens, token, analysis.tokens.length);
    return hit ? { start: offset, end: analysis.tokens[hit.end - 1].end } : undefined;
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
