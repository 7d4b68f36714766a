import type { TokenRange } from './sentences.js';
import type { Token } from './tokens.js';
import { isSyntax } from './vocabulary.js';

/** A list marker found in a sentence, with the item content that follows it. */
export interface ListMarker {
    /** The marker as written: "(a)", "(iv)", "1)", "•". */
    readonly label: string;
    /** Token range of the marker itself. */
    readonly marker: TokenRange;
    /** Token range of the item's own words, up to the next marker, without trailing "; and". */
    readonly content: TokenRange;
    /** 1 for items of the outermost list. */
    readonly depth: number;
    /** Index of the enclosing item in the sentence's marker list, if nested. */
    readonly parent?: number;
    readonly leaf: boolean;
}

/** The words one proposition reader pass sees: a lead-in chain and an item, or a whole sentence. */
export interface Reading {
    /** Token indices, in order; not contiguous when a lead-in is joined to an item. */
    readonly tokens: readonly number[];
    /** How many of `tokens` come from lead-ins. */
    readonly leadInLength: number;
    /** Index of the item in the sentence's marker list, for item readings. */
    readonly item?: number;
}

export interface SentenceLists {
    readonly markers: readonly ListMarker[];
    /** Token range of the words before the first marker. */
    readonly leadIn: TokenRange;
    readonly readings: readonly Reading[];
}

type Style = 'number' | 'lower' | 'upper' | 'roman' | 'bullet';

interface Candidate {
    readonly label: string;
    readonly start: number;
    readonly end: number;
    readonly value: string;
}

interface Level {
    readonly style: Style;
    ordinal: number;
    readonly markerIndex: number;
}

const ROMAN = /^(?=[ivxlc])(c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/;
const MARKER_TEXT = /^(?:\d{1,3}[A-Za-z]?|[a-z]|([a-z])\1|[A-Z]\d{0,2}|[ivxlc]{1,6})$/;
const OPENERS_BEFORE_BARE_MARKER = new Set(['—', '-', ';', ':', ',', '…', 'and', 'or', '.']);
const TRAILING_JOINERS = new Set([';', ',', 'and', 'or', '…', '.', '—', '-', ':', 'and/or']);

/**
 * Finds the list items of one sentence ("(a) ..., (b) ... and (c) ..."), nests them ("(i)" under
 * "(a)"), and builds one reading per innermost item: the lead-in words that introduce it joined to
 * its own words, so "The authority must— (a) consult ..." reads as "The authority must consult".
 * A sentence without a list has one reading, itself.
 */
export function findLists(tokens: readonly Token[], sentence: TokenRange): SentenceLists {
    const candidates = findMarkerCandidates(tokens, sentence);
    if (candidates.length === 0) {
        return { markers: [], leadIn: sentence, readings: [{ tokens: rangeIndices(trimEnd(tokens, sentence)), leadInLength: 0 }] };
    }
    const markers = nestMarkers(tokens, sentence, candidates);
    const leadIn = trimEnd(tokens, { start: sentence.start, end: candidates[0].start });
    return { markers, leadIn, readings: itemReadings(markers, leadIn) };
}

function findMarkerCandidates(tokens: readonly Token[], sentence: TokenRange): Candidate[] {
    const found: Candidate[] = [];
    let lastCitationEnd = -1;
    for (let index = sentence.start; index < sentence.end; index++) {
        const candidate = bracketedMarker(tokens, index, sentence) ?? bareMarker(tokens, index, sentence) ?? bulletMarker(tokens, index, sentence);
        if (!candidate) continue;
        if (isCitation(tokens, candidate, sentence, lastCitationEnd)) lastCitationEnd = candidate.end;
        else found.push(candidate);
        index = candidate.end - 1;
    }
    return found;
}

function bracketedMarker(tokens: readonly Token[], index: number, sentence: TokenRange): Candidate | undefined {
    if (index + 3 > sentence.end || tokens[index].norm !== '(' || tokens[index + 2].norm !== ')') return undefined;
    const value = tokens[index + 1].text;
    return MARKER_TEXT.test(value) ? { label: `(${value})`, start: index, end: index + 3, value } : undefined;
}

// "1) A municipality ...", "a) a performance report ...": a bare marker only counts where an
// item can begin, so "section 3)" or "(see 3)" are left alone.
function bareMarker(tokens: readonly Token[], index: number, sentence: TokenRange): Candidate | undefined {
    if (index + 2 > sentence.end || tokens[index + 1].norm !== ')') return undefined;
    if (index > sentence.start && !OPENERS_BEFORE_BARE_MARKER.has(tokens[index - 1].norm)) return undefined;
    const value = tokens[index].text;
    return MARKER_TEXT.test(value) ? { label: `${value})`, start: index, end: index + 2, value } : undefined;
}

// "•" anywhere, or a lone hyphen opening a sentence or following a colon: bullet lists pasted
// from policy papers.
function bulletMarker(tokens: readonly Token[], index: number, sentence: TokenRange): Candidate | undefined {
    const token = tokens[index];
    const bullet = token.norm === '•' || (token.norm === '-' && (index === sentence.start || tokens[index - 1].norm === ':'));
    return bullet && index + 1 < sentence.end ? { label: token.text, start: index, end: index + 1, value: '•' } : undefined;
}

const CITATION_JOINERS = new Set(['and', 'or', 'to', ',', '-']);

// "subsection (2)", "12(3)(a)", "paragraphs (a) and (b)" are references to provisions, not items.
function isCitation(tokens: readonly Token[], candidate: Candidate, sentence: TokenRange, lastCitationEnd: number): boolean {
    if (candidate.value === '•' || candidate.start === sentence.start) return false;
    const before = tokens[candidate.start - 1];
    if (isSyntax(before, 'citation')) return true;
    const attached = before.end === tokens[candidate.start].start && before.norm !== '—';
    if (attached && (before.kind !== 'punct' || before.norm === ')')) return true;
    return CITATION_JOINERS.has(before.norm) && candidate.start - 1 === lastCitationEnd;
}

function nestMarkers(tokens: readonly Token[], sentence: TokenRange, candidates: readonly Candidate[]): ListMarker[] {
    const levels: Level[] = [];
    const placed: { candidate: Candidate; depth: number; parent?: number }[] = [];
    candidates.forEach((candidate, markerIndex) => {
        const depth = placeMarker(levels, candidate, markerIndex);
        placed.push({ candidate, depth, parent: levels.length > 1 ? levels[levels.length - 2].markerIndex : undefined });
    });
    return placed.map(({ candidate, depth, parent }, index) => {
        const next = candidates[index + 1];
        const contentEnd = next ? next.start : sentence.end;
        const leaf = !next || placed[index + 1].depth <= depth;
        return { label: candidate.label, marker: { start: candidate.start, end: candidate.end }, content: trimEnd(tokens, { start: candidate.end, end: contentEnd }), depth, parent, leaf };
    });
}

/**
 * Puts a marker on the level stack and returns its depth. A marker continues a level when it is
 * the next in that level's sequence; otherwise it opens a new level if it can start a sequence
 * ("(a)", "(i)", "(1)"), and failing both it continues the nearest level of its style, since
 * drafts quoting extracts skip items ("(a) ... … (d) ...").
 */
function placeMarker(levels: Level[], candidate: Candidate, markerIndex: number): number {
    const readings = interpretations(candidate.value);
    for (let depth = levels.length - 1; depth >= 0; depth--) {
        const level = levels[depth];
        const ordinal = readings.get(level.style);
        if (ordinal === level.ordinal + 1) return continueLevel(levels, depth, ordinal, markerIndex);
    }
    const starting = [...readings].find(([, ordinal]) => ordinal === 1);
    if (starting) {
        levels.push({ style: starting[0], ordinal: 1, markerIndex });
        return levels.length;
    }
    for (let depth = levels.length - 1; depth >= 0; depth--) {
        const ordinal = readings.get(levels[depth].style);
        if (ordinal !== undefined && ordinal > levels[depth].ordinal) return continueLevel(levels, depth, ordinal, markerIndex);
    }
    const [style, ordinal] = [...readings][0];
    levels.push({ style, ordinal, markerIndex });
    return levels.length;
}

function continueLevel(levels: Level[], depth: number, ordinal: number, markerIndex: number): number {
    levels.length = depth + 1;
    levels[depth] = { style: levels[depth].style, ordinal, markerIndex };
    return depth + 1;
}

/** Every way to read a marker, with its position in that sequence: "i" is lower 9 or roman 1. */
function interpretations(value: string): Map<Style, number> {
    const readings = new Map<Style, number>();
    if (value === '•') return readings.set('bullet', 1);
    if (/^\d/.test(value)) return readings.set('number', Number.parseInt(value, 10));
    if (ROMAN.test(value)) readings.set('roman', romanValue(value));
    if (/^[a-z]$/.test(value)) readings.set('lower', value.charCodeAt(0) - 96);
    if (/^([a-z])\1$/.test(value)) readings.set('lower', value.charCodeAt(0) - 96 + 26);
    if (/^[A-Z]/.test(value)) readings.set('upper', value.charCodeAt(0) - 64);
    return readings;
}

function romanValue(roman: string): number {
    const values: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };
    let total = 0;
    for (let index = 0; index < roman.length; index++) {
        const value = values[roman[index]];
        const next = values[roman[index + 1]] ?? 0;
        total += value < next ? -value : value;
    }
    return total;
}

function itemReadings(markers: readonly ListMarker[], sentenceLeadIn: TokenRange): Reading[] {
    const readings: Reading[] = [];
    markers.forEach((marker, index) => {
        if (!marker.leaf) return;
        const leadIn = [...rangeIndices(sentenceLeadIn), ...ancestorsOf(markers, index).flatMap((ancestor) => rangeIndices(markers[ancestor].content))];
        readings.push({ tokens: [...leadIn, ...rangeIndices(marker.content)], leadInLength: leadIn.length, item: index });
    });
    return readings;
}

function ancestorsOf(markers: readonly ListMarker[], index: number): number[] {
    const chain: number[] = [];
    for (let parent = markers[index].parent; parent !== undefined; parent = markers[parent].parent) chain.unshift(parent);
    return chain;
}

/** Drops trailing joiners ("; and", ",", "—", "…") that belong to the list, not the words. */
function trimEnd(tokens: readonly Token[], range: TokenRange): TokenRange {
    let end = range.end;
    while (end > range.start && TRAILING_JOINERS.has(tokens[end - 1].norm)) end--;
    return { start: range.start, end };
}

function rangeIndices(range: TokenRange): number[] {
    const indices: number[] = [];
    for (let index = range.start; index < range.end; index++) indices.push(index);
    return indices;
}
