import { verbFormOf } from './lemmas.js';
import { endsClause, isAdverb, isFiniteFunctionVerb, isVerbLike, type ReadingView } from './reading.js';
import type { Token } from './tokens.js';

/** Where a statement's subject lies, and what stopped the walk to its left. */
export interface SubjectRange {
    readonly start: number;
    readonly end: number;
    /** The subject is shared with the statement before ("must fund it and may not attach ..."). */
    readonly coordinated: boolean;
    readonly boundary: Boundary;
}

export type Boundary = 'start' | 'clause' | 'comma' | 'subordinator' | 'conjunction' | 'anchor' | 'verb';

/** Relative words that may open a clause inside the subject ("the authority that established it"). */
const RELATIVES = new Set(['that', 'which', 'who', 'whom', 'whose', 'as']);
const CONTRASTS = new Set(['but', 'however', 'yet']);
const COORDINATORS = new Set(['and', 'or', 'but', 'and/or', 'nor']);
const BREAKS = new Set([',', '—', '(', '…', '-', '•']);
// A comma-separated list of nouns ("No school, surgery or team") is one subject; a chunk this long
// or containing a verb is a clause instead.
const MAX_LISTED_NOUN_WORDS = 6;

/**
 * Finds the subject of the statement anchored at `anchor` by walking left to a boundary: the start
 * of the clause, a comma, a subordinating word, or the statement before. Statements in `verbMode`
 * (no modal) also stop at a verb, so a reduced clause ("the jobs closed") is not read as one.
 */
export function findSubject(view: ReadingView, anchor: number, anchors: ReadonlySet<number>, verbMode: boolean): SubjectRange {
    let adjacent = anchor - 1;
    while (adjacent >= 0 && isAdverb(view.at(adjacent))) adjacent--;
    if (adjacent >= 0 && COORDINATORS.has(view.norm(adjacent)!)) {
        return { start: adjacent, end: adjacent, coordinated: true, boundary: 'conjunction' };
    }
    if (adjacent >= 0 && view.norm(adjacent) === ',') return subjectBeforeParenthesis(view, adjacent, anchor, anchors);
    return walkLeft(view, anchor - 1, anchor, anchors, verbMode);
}

function walkLeft(view: ReadingView, from: number, anchor: number, anchors: ReadonlySet<number>, verbMode: boolean): SubjectRange {
    let position = from;
    let boundary: Boundary = 'start';
    while (position >= 0) {
        const token = view.at(position)!;
        if (closesLeadIn(view, position, anchors) || isProvisionNumber(token) || closesParagraphNumber(view, position)) { boundary = 'clause'; break; }
        if (token.norm === ')') {
            const open = view.openingBracket(position);
            if (open !== undefined) {
                position = open - 1;
                continue;
            }
        }
        if (anchors.has(position)) { boundary = 'anchor'; break; }
        if (endsClause(token)) { boundary = 'clause'; break; }
        if (BREAKS.has(token.norm)) {
            if (token.norm === ',' && continuesNounList(view, position, anchor)) { position--; continue; }
            boundary = token.norm === ',' ? 'comma' : 'clause';
            break;
        }
        if (isSubordinator(view, position) && !opensRelativeClause(view, position, anchor)) { boundary = 'subordinator'; break; }
        if (CONTRASTS.has(token.norm)) { boundary = 'conjunction'; break; }
        if (verbMode && isFiniteVerb(view, position)) { boundary = 'verb'; break; }
        position--;
    }
    return { start: position + 1, end: anchor, coordinated: false, boundary };
}

// "... if these conditions are met— (a) a principal council is ...": a lead-in that ends on a verb
// or holds a statement is a clause of its own, so an item's subject does not reach back into it.
// One that is only a noun phrase ("a local authority— (a) must consult") supplies the subject.
function closesLeadIn(view: ReadingView, position: number, anchors: ReadonlySet<number>): boolean {
    if (position !== view.reading.leadInLength - 1) return false;
    if (isVerbLike(view.at(position))) return true;
    for (const anchor of anchors) if (anchor < view.reading.leadInLength) return true;
    return false;
}

// "1.3 Engagement with tenants 1.3.1 Registered providers must": a dotted provision number
// starts the text that follows it.
function isProvisionNumber(token: Token): boolean {
    return token.kind === 'number' && /^\d+(\.\d+)+$/.test(token.norm);
}

// "1. This Code is issued ...": the full stop after a paragraph number.
function closesParagraphNumber(view: ReadingView, position: number): boolean {
    return view.norm(position) === '.' && view.at(position - 1)?.kind === 'number';
}

// "for that area", "in that year": after a preposition "that" is a determiner.
function isSubordinator(view: ReadingView, position: number): boolean {
    if (!view.is(position, 'subordinator')) return false;
    return !(view.norm(position) === 'that' && position > 0 && view.is(position - 1, 'preposition'));
}

// A verb that can only head a clause: "decides", "is", "took". Past forms that double as
// participles ("specified", "made") often sit inside a subject, so they do not stop the walk;
// nor does a noun that looks like a verb ("the 2030 targets").
function isFiniteVerb(view: ReadingView, position: number): boolean {
    const token = view.at(position)!;
    if (followsNounOpener(view, position)) return false;
    if (isFiniteFunctionVerb(token.norm)) return true;
    const form = verbFormOf(token);
    return form !== undefined && !form.base && (form.thirdPerson || (form.past && !form.participle));
}

// "the public service authority that established the process must": the words after "that"
// contain a verb, so "that" opens a relative clause inside the subject and the walk goes on.
// "such requirements as the Secretary of State may specify": no verb, so "as" bounds the subject.
// After "so", "such" or "provided" the word is a conjunction, never a relative.
function opensRelativeClause(view: ReadingView, position: number, anchor: number): boolean {
    if (!RELATIVES.has(view.norm(position)!) || position === 0) return false;
    if (view.is(position - 1, 'adverb') || view.is(position - 1, 'subordinator') || CONJUNCTION_LEADS.has(view.norm(position - 1)!)) return false;
    for (let inner = position + 1; inner < anchor; inner++) if (isClauseVerb(view, inner)) return true;
    return false;
}

const CONJUNCTION_LEADS = new Set(['so', 'such', 'provided', 'given', 'now']);

function isClauseVerb(view: ReadingView, position: number): boolean {
    return isVerbLike(view.at(position)) && !followsNounOpener(view, position) && !verbFormOf(view.at(position)!)?.gerund;
}

// "the 2030 targets", "its plans", "exercising functions": after a determiner, number, possessive
// or gerund, a word that could be a verb is a noun.
function followsNounOpener(view: ReadingView, position: number): boolean {
    const before = view.at(position - 1);
    if (!before) return false;
    const form = verbFormOf(before);
    const determiner = view.is(position - 1, 'determiner') && before.norm !== 'that';
    return determiner || before.kind === 'number' || before.possessive || (form !== undefined && form.gerund && !form.base);
}

function continuesNounList(view: ReadingView, comma: number, anchor: number): boolean {
    let joined = false;
    for (let position = comma + 1; position < anchor; position++) if (COORDINATORS.has(view.norm(position)!) && !insideName(view, position)) joined = true;
    if (!joined) return false;
    let start = comma - 1;
    while (start >= 0 && !BREAKS.has(view.norm(start)!) && !endsClause(view.at(start))) start--;
    const words = comma - start - 1;
    if (words < 1 || words > MAX_LISTED_NOUN_WORDS) return false;
    for (let position = start + 1; position < comma; position++) {
        if (isVerbLike(view.at(position)) || view.is(position, 'preposition') || view.is(position, 'subordinator')) return false;
    }
    return true;
}

// "the Office of Management and Budget": a conjunction between two capitalised words is part of a name, not a list.
function insideName(view: ReadingView, position: number): boolean {
    const capitalised = (token: Token | undefined) => token !== undefined && token.kind === 'word' && /^[A-Z]/.test(token.text);
    return capitalised(view.at(position - 1)) && capitalised(view.at(position + 1));
}

/**
 * "The Treasury, after consulting the assembly, must ...": the words just before the modal are a
 * parenthesis. The subject is the nearest comma-separated chunk to the left that opens like a
 * noun phrase (a determiner, a capital or a pronoun), or else the first chunk of the clause.
 */
function subjectBeforeParenthesis(view: ReadingView, comma: number, anchor: number, anchors: ReadonlySet<number>): SubjectRange {
    const chunks = chunksBefore(view, comma, anchors);
    const last = chunks.at(-1);
    if (continuesPredicate(view, last, anchors) && lastSubordinator(view, last![0], last![1]) === undefined) return { start: comma, end: comma, coordinated: true, boundary: 'conjunction' };
    const chosen = chunks.find(([start]) => opensNounPhrase(view, start)) ?? chunks.at(-1);
    if (!chosen) return { start: anchor, end: anchor, coordinated: false, boundary: 'comma' };
    // "shall not proceed unless the community council, having been so consulted, consents": the subject starts after the subordinator.
    const opener = lastSubordinator(view, chosen[0], chosen[1]);
    if (opener !== undefined) return { start: opener + 1, end: chosen[1], coordinated: false, boundary: 'subordinator' };
    return { start: chosen[0], end: chosen[1], coordinated: false, boundary: 'comma' };
}

function lastSubordinator(view: ReadingView, start: number, end: number): number | undefined {
    for (let position = end - 2; position >= start; position--) if (isSubordinator(view, position) && !RELATIVES.has(view.norm(position)!)) return position;
    return undefined;
}

function chunksBefore(view: ReadingView, comma: number, anchors: ReadonlySet<number>): [number, number][] {
    const chunks: [number, number][] = [];
    let end = comma;
    for (let position = comma - 1; position >= -1; position--) {
        // ", which the council convenes, decides": a statement inside an aside does not end the subject's clause.
        const stop = position < 0 || (anchors.has(position) && !insideAside(view, position)) || endsClause(view.at(position)) || view.norm(position) === '—';
        if (stop || view.norm(position) === ',') {
            if (end > position + 1) chunks.push([position + 1, end]);
            if (stop) break;
            end = position;
        }
    }
    return chunks;
}

// "The agency shall consult the board, shall consider its recommendations, and ...": the words
// after the modal before are that statement's verb and object, so this modal shares its subject.
function continuesPredicate(view: ReadingView, chunk: [number, number] | undefined, anchors: ReadonlySet<number>): boolean {
    if (!chunk || !anchors.has(chunk[0] - 1)) return false;
    return verbFormOf(view.at(chunk[0])!)?.base === true && !opensNounPhrase(view, chunk[0]);
}

// The nearest comma to the left opens an aside: "The assembly, which the council convenes, ...".
function insideAside(view: ReadingView, position: number): boolean {
    for (let back = position - 1; back > 0; back--) {
        if (endsClause(view.at(back)) || view.norm(back) === '—') return false;
        if (view.norm(back) === ',') return view.is(back + 1, 'aside-opener');
    }
    return false;
}

/** True when the word at `position` can open a noun phrase: a determiner, a pronoun or a capital. */
export function opensNounPhrase(view: ReadingView, position: number): boolean {
    const token = view.at(position)!;
    if (view.is(position, 'preposition') || view.is(position, 'subordinator')) return view.is(position, 'determiner');
    return view.is(position, 'determiner') || view.is(position, 'pronoun') || token.capitalised;
}
