import type { ActorsCategory, LexiconEntry } from './lexicons.generated.js';
import type { Actor, ActorKind, Party } from './model.js';
import { isAdverb, type ReadingView } from './reading.js';
import { wordsOf } from './vocabulary.js';
import { verbForm } from './lemmas.js';

const NO_ACTOR: Actor = Object.freeze({ kind: 'none', parties: Object.freeze([]) });
const LEADING_JOINERS = new Set(['and', 'or', 'but', 'then', 'so', 'and/or']);
const CONJUNCTIONS = new Set(['and', 'or', 'and/or']);

/** The actor for "no one named". */
export function noActor(): Actor {
    return NO_ACTOR;
}

/**
 * Classifies the noun phrase at positions `[start, end)`. Only head nouns count: "The Director of
 * the Office of Management and Budget" is the Director, "the success of a community covenant" is
 * no actor at all, and a possessor ("the council's proposal") is not the actor. A compound
 * ("the council and the forum") names every conjunct. A pronoun takes the actor of the statement
 * before it, when there is one.
 */
export function classifyActor(view: ReadingView, start: number, end: number, previous?: Actor): Actor {
    const [from, to] = trimPhrase(view, start, end);
    const phrase = view.phrase(from, to);
    if (!phrase) return NO_ACTOR;
    if (isPronounPhrase(view, from, to)) {
        return previous && previous.kind !== 'none' ? { ...previous, phrase, antecedent: previous } : { kind: 'none', phrase, parties: [] };
    }
    const parties = conjuncts(view, from, to).flatMap(([conjunctStart, conjunctEnd]) => headParties(view, conjunctStart, conjunctEnd));
    return { kind: kindOf(parties), phrase, parties };
}

// "it", "they", "he or she"
function isPronounPhrase(view: ReadingView, from: number, to: number): boolean {
    for (let position = from; position < to; position++) {
        if (!view.is(position, 'pronoun') && !CONJUNCTIONS.has(view.norm(position)!)) return false;
    }
    return to - from <= 3;
}

function trimPhrase(view: ReadingView, start: number, end: number): [number, number] {
    let from = start;
    let to = end;
    while (from < to && (LEADING_JOINERS.has(view.norm(from)!) || isAdverb(view.at(from)) || view.at(from)!.kind === 'punct')) from++;
    while (to > from && (trailingPunctuation(view, from, to) || isAdverb(view.at(to - 1)))) to--;
    return [afterOpeningPhrase(view, from, to), to];
}

// "for that purpose it", "in that case the council", "before the end of each year the Minister":
// a phrase that opens with a preposition ends where a second noun phrase opens straight after a
// noun, and that second phrase is the subject.
function afterOpeningPhrase(view: ReadingView, from: number, to: number): number {
    if (!view.is(from, 'preposition') && !(from > 0 && view.is(from - 1, 'preposition')) && !opensTimePhrase(view, from)) return from;
    for (let position = to - 1; position > from + 1; position--) {
        const opens = view.is(position, 'pronoun') || view.is(position, 'determiner');
        const afterNoun = view.at(position - 1)!.kind === 'word' && !view.is(position - 1, 'preposition') && !view.is(position - 1, 'determiner') && !view.is(position - 1, 'conjunction');
        if (opens && afterNoun) return position;
    }
    return from;
}

// "Each year the board", "every month the council": a determiner and a unit of time open a time phrase.
function opensTimePhrase(view: ReadingView, from: number): boolean {
    return view.is(from, 'determiner') && view.is(from + 1, 'time-unit');
}

// A closing bracket stays when its opening one is inside the phrase: "Regulations under subsection (1)".
function trailingPunctuation(view: ReadingView, from: number, to: number): boolean {
    const last = view.at(to - 1)!;
    if (last.kind !== 'punct') return false;
    return last.norm !== ')' || view.openingBracket(to - 1, from) === undefined;
}

// A conjunction followed by a determiner starts a new conjunct ("the council and the forum");
// other conjunctions stay inside a name ("the Office of Management and Budget").
function conjuncts(view: ReadingView, start: number, end: number): [number, number][] {
    const parts: [number, number][] = [];
    let partStart = start;
    for (let position = start; position < end - 1; position++) {
        if (CONJUNCTIONS.has(view.norm(position)!) && view.is(position + 1, 'determiner')) {
            parts.push([partStart, position]);
            partStart = position + 1;
        }
    }
    parts.push([partStart, end]);
    return parts;
}

// An actor phrase counts when it starts in the head, and it may run past the head's end:
// "Secretary of State" contains the "of" that ends the head of "the Director of the Office".
function headParties(view: ReadingView, start: number, end: number): Party[] {
    const headEnd = endOfHead(view, start, end);
    const found: Party[] = [];
    let compound = false;
    let owner: Party | undefined;
    for (let position = start; position < headEnd; position++) {
        if (CONJUNCTIONS.has(view.norm(position)!)) compound = true;
        const hit = view.phraseAt(position, 'actors', undefined, end);
        if (!hit) continue;
        const named = party(view, position, hit.end, hit.entries[0] as LexiconEntry<ActorsCategory>);
        const possessor = view.at(hit.end - 1)!.possessive && hit.end < end;
        if (possessor) owner = named;
        else if (!repeatsHead(view, found, position, hit.end)) found.push(named);
        position = hit.end - 1;
    }
    if (compound) return found;
    if (found.length === 0) {
        const named = namedBody(view, start, headEnd, end);
        return named ? [named] : [];
    }
    // The head of an English noun phrase is its last noun: "the council's community panel" is the
    // panel, and "Federal Government priority goals" are goals, not the Government.
    const last = found.at(-1);
    if (!last || last.phrase.span.end < view.at(lastHeadWord(view, start, headEnd))!.end) return [];
    return [ownedBody(membersOf(view, last, headEnd, end) ?? last, owner)];
}

// "the department's panel": a body that belongs to a party is on its owner's side.
function ownedBody(body: Party, owner: Party | undefined): Party {
    if (!owner || owner.kind === 'other' || owner.kind === body.kind || !isCollective(body.phrase.text.toLowerCase().split(' ').at(-1)!)) return body;
    return { ...body, kind: owner.kind };
}

// "a panel of officers", "a committee of tenants": a body named by what it is made of is on its
// members' side.
function membersOf(view: ReadingView, body: Party, headEnd: number, end: number): Party | undefined {
    const words = body.phrase.text.toLowerCase().split(' ');
    if (!isCollective(words.at(-1)!) || view.norm(headEnd) !== 'of') return undefined;
    let position = headEnd + 1;
    while (position < end && view.is(position, 'determiner')) position++;
    for (let next = position; next < Math.min(end, position + 3); next++) {
        const hit = view.phraseAt(next, 'actors', undefined, end);
        if (hit && hit.entries[0].category !== 'other') return party(view, next, hit.end, hit.entries[0] as LexiconEntry<ActorsCategory>);
    }
    return undefined;
}

function isCollective(word: string): boolean {
    return wordsOf('syntax', 'collective').has(word) || wordsOf('syntax', 'collective').has(word.replace(/s$/, ''));
}

// "An Aboriginal Land Council or Councils": the bare plural repeats the head already named.
function repeatsHead(view: ReadingView, found: readonly Party[], start: number, end: number): boolean {
    if (end - start !== 1 || found.length === 0) return false;
    const stem = (word: string) => word.toLowerCase().replace(/s$/, '');
    const word = stem(view.norm(start)!);
    return found.some((earlier) => earlier.phrase.text.includes(' ') && stem(earlier.phrase.text.split(' ').at(-1)!) === word);
}

function lastHeadWord(view: ReadingView, start: number, headEnd: number): number {
    let position = headEnd - 1;
    while (position > start && (isAdverb(view.at(position)) || view.at(position)!.kind === 'punct')) position--;
    return position;
}

function endOfHead(view: ReadingView, start: number, end: number): number {
    for (let position = start + 1; position < end; position++) {
        const token = view.at(position)!;
        if (token.norm === '(' || token.norm === ',' || view.is(position, 'preposition')) return position;
    }
    return end;
}

/**
 * Drafting capitalises the names of bodies and office-holders ("the Treasury", "HUD", "Natural
 * England") and writes the people a draft serves in lower case ("residents", "tenants"), so a
 * head the lexicon does not know, written as a proper name after a determiner or holding an
 * abbreviation ("HUD", "NHS England"), is an institution. Without a determiner, capitals may only open a sentence or
 * head a table ("Grantees must ...", "Rating Description Good Performance").
 */
export const NAMED_BODY: LexiconEntry<ActorsCategory> = Object.freeze({
    phrase: '(a name written with capitals)',
    category: 'institution',
    patterns: Object.freeze([]),
    negation: 'ignore',
    why: 'A body or office-holder named by its proper name, which the lexicon does not list.'
});

function namedBody(view: ReadingView, start: number, headEnd: number, end: number): Party | undefined {
    let first = start;
    while (first < headEnd && view.is(first, 'determiner')) first++;
    const last = lastHeadWord(view, first, headEnd);
    if (first >= headEnd || (view.at(last)!.possessive && last + 1 < end)) return undefined;
    const words = view.tokens.slice(first, last + 1);
    if (!words.every((token) => token.kind === 'word' && (token.capitalised || CONJUNCTIONS.has(token.norm))) || !words[0].capitalised) return undefined;
    const abbreviated = words.some((token) => isAbbreviatedName(token.text));
    if (!abbreviated && first === start) return undefined;
    return { kind: 'institution', phrase: view.phrase(first, last + 1)!, entry: NAMED_BODY };
}

// "HUD", "CQC", "LAs"; a word of a heading set in capitals is not one ("USE OF PERFORMANCE").
export function isAbbreviatedName(text: string): boolean {
    // Asked of nearly every word a party's name does not cover: two capitals open every such name,
    // and most words fail that test before the pattern is tried.
    if (text.length < 2 || text.length > 7 || !isCapitalLetter(text.charCodeAt(0)) || !isCapitalLetter(text.charCodeAt(1))) return false;
    return ABBREVIATED_NAME.test(text) && verbForm(text.toLowerCase()) === undefined;
}

const ABBREVIATED_NAME = /^[A-Z]{2,6}s?$/;

function isCapitalLetter(code: number): boolean {
    return code >= 65 && code <= 90;
}

function party(view: ReadingView, start: number, end: number, entry: LexiconEntry<ActorsCategory>): Party {
    return { kind: entry.category, phrase: view.phrase(start, end)!, entry };
}

function kindOf(parties: readonly Party[]): ActorKind {
    const kinds = new Set(parties.map((found) => found.kind));
    if (kinds.has('institution') && kinds.has('community')) return 'mixed';
    if (kinds.has('institution')) return 'institution';
    if (kinds.has('community')) return 'community';
    // Named, but neither side: a person, a document, or a noun the lexicon does not know.
    return 'other';
}
