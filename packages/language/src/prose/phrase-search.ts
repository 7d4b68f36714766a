import type { ProseAnalysis } from './model.js';
import type { Span } from './tokens.js';
import { phraseAt, type CategoryOf, type LexiconName } from './vocabulary.js';

/**
 * The first phrase of one lexicon category found inside `span`, or undefined. Unlike
 * `ProseAnalysis.matches`, it sees a phrase under every category that lists it ("report" is a
 * reporting verb and a document), since it asks the category's own list.
 */
export function findPhrase<N extends LexiconName>(analysis: ProseAnalysis, span: Span, lexicon: N, category: CategoryOf<N>): Span | undefined {
    const { tokens } = analysis;
    const limit = firstTokenAtOrAfter(analysis, span.end);
    for (let index = firstTokenAtOrAfter(analysis, span.start); index < limit; index++) {
        const hit = phraseAt(tokens, index, limit, lexicon, category);
        if (hit) return { start: tokens[index].start, end: tokens[hit.end - 1].end };
    }
    return undefined;
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
