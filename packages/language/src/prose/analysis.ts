import type { Actor, LexiconMatch, ListItem, Negation, Proposition, ProseAnalysis, Sentence } from './model.js';
import { findLists, type SentenceLists } from './lists.js';
import { readPropositions } from './propositions.js';
import { isAbbreviatedName, NAMED_BODY } from './actors.js';
import { phraseOfTokens, ReadingView } from './reading.js';
import { splitSentences, type TokenRange } from './sentences.js';
import { TextCache } from './text-cache.js';
import { tokenize, type Token } from './tokens.js';
import { lexiconBit, phraseFinder, phraseStartMask, type CategoryOf, type LexiconName } from './vocabulary.js';

/** How many distinct texts the cache keeps by default: enough for every clause of a large workspace. */
export const PROSE_CACHE_LIMIT = 5000;

// Keyed by the exact text, so re-reading an unchanged clause on every keystroke costs a lookup.
const cache = new TextCache<ProseAnalysis>(PROSE_CACHE_LIMIT);

/**
 * Reads a piece of legal prose: sentences, list items, propositions (who must or may do what),
 * negation scopes, and on request the phrases of any lexicon. Results are cached by text.
 */
export function analyseProse(text: string): ProseAnalysis {
    // The rules ask for the same clause one after another; answering that from the last reading
    // spares the cache's reordering on every call.
    if (text === last?.text) return last;
    last = lookUp(text);
    return last;
}

let last: ProseAnalysis | undefined;

function lookUp(text: string): ProseAnalysis {
    const cached = cache.get(text);
    if (cached) return cached;
    const analysis = buildAnalysis(text);
    cache.add(text, analysis);
    return analysis;
}

/** Empties the analysis cache (for tests and memory pressure). */
export function clearProseCache(): void {
    cache.clear();
    last = undefined;
}

/**
 * Sets how many texts the cache keeps. An editor wants every clause of the workspace kept, so a
 * keystroke re-reads only the clause it touched; a one-shot run (the command line) reads each
 * clause once, and a large cache there only makes the garbage collector copy analyses that will
 * not be asked for again (measured: reading 6 MB of law took 40% longer with 5,000 kept than with 50).
 */
export function setProseCacheLimit(limit: number): void {
    cache.setLimit(limit);
}

/** How many texts the cache holds now. */
export function proseCacheSize(): number {
    return cache.size;
}

function buildAnalysis(text: string): ProseAnalysis {
    const tokens = tokenize(text);
    const starts = new Int32Array(tokens.length);
    for (let index = 0; index < tokens.length; index++) starts[index] = phraseStartMask(tokens[index]);
    const sentenceRanges = splitSentences(text, tokens);
    const negationAt: (Negation | undefined)[] = new Array(tokens.length);
    const negations: Negation[] = [];
    const propositions: Proposition[] = [];
    const segments: { range: TokenRange; sentence: number }[] = [];
    const sentences = sentenceRanges.map((range, index) => {
        const lists = findLists(tokens, range);
        propositions.push(...readSentence(text, tokens, starts, lists, index, negationAt, negations));
        segments.push(...withoutMarkers(range, lists).map((segment) => ({ range: segment, sentence: index })));
        return describeSentence(text, tokens, range, lists);
    });
    // Rules ask for the same lexicon and category many times over one text, so both are kept: a
    // lexicon's matches are found once and grouped by category in the same pass.
    const matchCache = new Map<LexiconName, LexiconMatches>();
    const matches = <N extends LexiconName>(lexicon: N, category?: CategoryOf<N>): readonly LexiconMatch<N>[] => {
        let found = matchCache.get(lexicon);
        if (!found) matchCache.set(lexicon, found = groupByCategory(withNamedBodies(lexicon, findMatches(text, tokens, starts, segments, negationAt, lexicon), tokens, segments)));
        if (category === undefined) return found.all as readonly LexiconMatch<N>[];
        return (found.byCategory.get(category) ?? NO_MATCHES) as readonly LexiconMatch<N>[];
    };
    return { text, tokens, sentences, propositions, negations, matches };
}

interface LexiconMatches {
    readonly all: readonly LexiconMatch[];
    readonly byCategory: ReadonlyMap<string, readonly LexiconMatch[]>;
}

const NO_MATCHES: readonly LexiconMatch[] = Object.freeze([]);

function groupByCategory(all: readonly LexiconMatch[]): LexiconMatches {
    const byCategory = new Map<string, LexiconMatch[]>();
    for (const match of all) {
        const group = byCategory.get(match.category);
        if (group) group.push(match);
        else byCategory.set(match.category, [match]);
    }
    return { all, byCategory };
}

function readSentence(text: string, tokens: readonly Token[], starts: Int32Array, lists: SentenceLists, sentence: number, negationAt: (Negation | undefined)[], negations: Negation[]): Proposition[] {
    const propositions: Proposition[] = [];
    const leadInAnchorsSeen = new Set<number>();
    let lastActor: Actor | undefined;
    for (const reading of lists.readings) {
        const view = new ReadingView(text, tokens, starts, reading, sentence);
        const result = readPropositions(view, leadInAnchorsSeen, lastActor);
        propositions.push(...result.propositions);
        lastActor = result.lastActor;
        for (const scope of result.scopes) {
            if (!negations.some((known) => sameNegation(known, scope.negation))) negations.push(scope.negation);
            for (let position = scope.cueStart; position < scope.end; position++) negationAt[view.tokenIndex(position)] ??= scope.negation;
        }
    }
    return propositions;
}

function sameNegation(first: Negation, second: Negation): boolean {
    return first.cue.span.start === second.cue.span.start && first.span.end === second.span.end;
}

function describeSentence(text: string, tokens: readonly Token[], range: TokenRange, lists: SentenceLists): Sentence {
    const span = { start: tokens[range.start].start, end: tokens[range.end - 1].end };
    const markerTokens = lists.markers.reduce((count, marker) => count + countWords(tokens, marker.marker), 0);
    const items: ListItem[] = lists.markers.map((marker, index) => {
        const leadInTokens = leadInIndices(lists, index);
        return {
            marker: marker.label,
            markerSpan: { start: tokens[marker.marker.start].start, end: tokens[marker.marker.end - 1].end },
            span: rangeSpan(tokens, marker.content),
            depth: marker.depth,
            parent: marker.parent,
            leaf: marker.leaf,
            leadIn: phraseOfTokens(text, tokens, leadInTokens),
            leadInWordCount: leadInTokens.reduce((count, index) => (tokens[index].kind === 'punct' ? count : count + 1), 0),
            wordCount: countWords(tokens, marker.content)
        };
    });
    const leadIn = lists.markers.length > 0 ? phraseOfTokens(text, tokens, indicesOf(lists.leadIn)) : undefined;
    return { span, text: text.slice(span.start, span.end), wordCount: countWords(tokens, range) - markerTokens, leadIn, items };
}

function leadInIndices(lists: SentenceLists, item: number): number[] {
    const ancestors: number[] = [];
    for (let parent = lists.markers[item].parent; parent !== undefined; parent = lists.markers[parent].parent) ancestors.push(parent);
    const indices: number[] = [];
    addIndices(indices, lists.leadIn);
    for (let index = ancestors.length - 1; index >= 0; index--) addIndices(indices, lists.markers[ancestors[index]].content);
    return indices;
}

function indicesOf(range: TokenRange): number[] {
    return addIndices([], range);
}

function addIndices(indices: number[], range: TokenRange): number[] {
    for (let index = range.start; index < range.end; index++) indices.push(index);
    return indices;
}

function rangeSpan(tokens: readonly Token[], range: TokenRange) {
    if (range.end <= range.start) {
        const at = tokens[range.start - 1]?.end ?? 0;
        return { start: at, end: at };
    }
    return { start: tokens[range.start].start, end: tokens[range.end - 1].end };
}

function countWords(tokens: readonly Token[], range: TokenRange): number {
    let count = 0;
    for (let index = range.start; index < range.end; index++) if (tokens[index].kind !== 'punct') count++;
    return count;
}

// Phrases are matched within a sentence and never across a list marker.
function withoutMarkers(range: TokenRange, lists: SentenceLists): TokenRange[] {
    const segments: TokenRange[] = [];
    let start = range.start;
    for (const { marker } of lists.markers) {
        if (marker.start > start) segments.push({ start, end: marker.start });
        start = marker.end;
    }
    if (range.end > start) segments.push({ start, end: range.end });
    return segments;
}

/** The actors lexicon's matches, with the bodies named by an abbreviation ("HUD", "LLAs") that no entry lists. */
function withNamedBodies<N extends LexiconName>(lexicon: N, found: LexiconMatch<N>[], tokens: readonly Token[], segments: readonly { range: TokenRange; sentence: number }[]): LexiconMatch<N>[] {
    if (lexicon !== 'actors') return found;
    const named: LexiconMatch<N>[] = [];
    let next = 0;
    for (const { range, sentence } of segments) {
        for (let index = range.start; index < range.end; index++) {
            const token = tokens[index];
            while (next < found.length && found[next].span.end <= token.start) next++;
            const covered = next < found.length && found[next].span.start <= token.start;
            if (covered || token.kind !== 'word' || !isAbbreviatedName(token.text)) continue;
            const span = { start: token.start, end: token.end };
            // `negation` is spelled out, as findMatches does, so every match has one shape: the
            // rules read matches in hot loops, and a second shape deoptimised them.
            named.push({ lexicon, category: NAMED_BODY.category as CategoryOf<N>, entry: NAMED_BODY as LexiconMatch<N>['entry'], span, text: token.text, sentence, negated: false, negation: undefined });
        }
    }
    return named.length === 0 ? found : [...found, ...named].sort((a, b) => a.span.start - b.span.start);
}

/**
 * "the public housing agency": a party's name that starts inside this one and runs past its end
 * is the longer name, so this one gives way to it (the scan reaches it next). Only names are read
 * so: in other lexicons a phrase with a gap can run on past a count that should stand.
 */
function overrunBy(tokens: readonly Token[], starts: Int32Array, bit: number, phraseAt: (tokens: readonly Token[], from: number, limit: number) => { end: number } | undefined, from: number, end: number, limit: number): boolean {
    for (let inner = from + 1; inner < end; inner++) {
        if ((starts[inner] & bit) !== 0 && (phraseAt(tokens, inner, limit)?.end ?? 0) > end) return true;
    }
    return false;
}

function findMatches<N extends LexiconName>(text: string, tokens: readonly Token[], starts: Int32Array, segments: readonly { range: TokenRange; sentence: number }[], negationAt: readonly (Negation | undefined)[], lexicon: N): LexiconMatch<N>[] {
    const found: LexiconMatch<N>[] = [];
    const phraseAt = phraseFinder(lexicon);
    const bit = lexiconBit(lexicon);
    for (const { range, sentence } of segments) {
        for (let index = range.start; index < range.end; index++) {
            if ((starts[index] & bit) === 0) continue;
            const hit = phraseAt(tokens, index, range.end);
            if (!hit) continue;
            if (lexicon === 'actors' && overrunBy(tokens, starts, bit, phraseAt, index, hit.end, range.end)) continue;
            const entry = hit.entries[0] as LexiconMatch<N>['entry'];
            const negation = entry.negation === 'respect' ? negationAt[index] : undefined;
            const span = { start: tokens[index].start, end: tokens[hit.end - 1].end };
            found.push({ lexicon, category: entry.category, entry, span, text: text.slice(span.start, span.end), sentence, negated: negation !== undefined, negation });
            index = hit.end - 1;
        }
    }
    return found;
}
