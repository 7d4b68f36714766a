import { classifyActor } from './actors.js';
import { lemmatize, participleLemma, verbForm, verbFormOf } from './lemmas.js';
import type { Actor, Verb } from './model.js';
import { endsClause, isAdverb, isNegator, type ReadingView } from './reading.js';
import { isNumberToken } from './vocabulary.js';

export interface Predicate {
    readonly verbs: readonly Verb[];
    /** Position where the object starts: after the last verb, its particle and its agent. */
    readonly objectStart: number;
}

interface VerbReading {
    readonly verb: Verb;
    /** Position after the verb, its particle and any "by" agent. */
    readonly next: number;
}

const COPULAS = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were']);
const PERFECT = new Set(['have', 'has', 'had', 'having']);
const DO_SUPPORT = new Set(['do', 'does', 'did']);
const CONJUNCTIONS = new Set(['and', 'or', 'and/or']);

/**
 * Reads the verb chain starting at `from` (just after a modal, or the finite verb of a plain
 * statement) up to `end`: skips adverbs and parentheses ("must, as soon as practicable, jointly
 * prepare"), sees through auxiliaries ("be prepared", "have agreed", "does not take"), finds the
 * agent of a passive ("by the council"), and collects coordinated verbs ("may approve or reject").
 */
export function readPredicate(view: ReadingView, from: number, end: number, previous?: Actor): Predicate {
    const first = readVerb(view, skipToVerb(view, from, end), end, previous);
    if (!first) return { verbs: [], objectStart: from };
    const verbs = [first.verb];
    let next = first.next;
    for (let more = coordinatedVerb(view, next, end, first.verb.passive, previous); more; more = coordinatedVerb(view, next, end, first.verb.passive, previous)) {
        verbs.push(more.verb);
        next = more.next;
    }
    return { verbs, objectStart: next };
}

function skipToVerb(view: ReadingView, from: number, end: number): number {
    let position = from;
    while (position < end) {
        const skipped = skipModifier(view, position, end);
        if (skipped === position) return position;
        position = skipped;
    }
    return position;
}

// One thing that may stand between a modal and its verb, or the position unchanged.
function skipModifier(view: ReadingView, position: number, end: number): number {
    const token = view.at(position)!;
    if (isNegator(token.norm) || isAdverb(token)) return position + 1;
    const adverbPhrase = view.phraseAt(position, 'syntax', 'adverb', end);
    if (adverbPhrase) return adverbPhrase.end;
    if (token.norm === '(') return (view.closingBracket(position, end) ?? position) + 1;
    if (token.norm === ',') return itemVerb(view, position, end) ?? commaBeforeVerb(view, position + 1, end) + 1;
    // "must for this purpose encourage", "must in terms of its system ...— (a) set"
    if (view.is(position, 'preposition') && token.norm !== 'to') return itemVerb(view, position, end) ?? verbAfterPhrase(view, position + 1, end) ?? position;
    // "may by regulations make", "may by order specify"
    if (token.norm === 'by') {
        const means = view.phraseAt(position + 1, 'syntax', 'non-agent', end);
        if (means) return means.end;
    }
    return position;
}

// "must, before the end of the period ...: (a) notify the applicant": when a modal in a lead-in is
// followed by a parenthesis and the item opens with a verb, that verb is the one the modal governs.
function itemVerb(view: ReadingView, position: number, end: number): number | undefined {
    const itemStart = view.reading.leadInLength;
    if (position >= itemStart || itemStart >= end) return undefined;
    return verbFormOf(view.at(itemStart)!)?.base ? itemStart : undefined;
}

function verbAfterPhrase(view: ReadingView, from: number, end: number): number | undefined {
    for (let position = from; position < end; position++) {
        if (endsClause(view.at(position)) || view.at(position)!.kind === 'punct') return undefined;
        const before = position - 1;
        if (verbFormOf(view.at(position)!)?.base && !view.is(before, 'determiner') && !view.is(before, 'preposition')) return position;
    }
    return undefined;
}

// "must, when exercising any power, authority or duty under this Act, act only ...": the
// parenthesis ends at the comma that a verb follows, which may not be the next comma.
function commaBeforeVerb(view: ReadingView, from: number, end: number): number {
    let first: number | undefined;
    for (let position = from; position < end; position++) {
        if (view.norm(position) !== ',') continue;
        first ??= position;
        let next = position + 1;
        while (next < end && isAdverb(view.at(next))) next++;
        if (next < end && verbFormOf(view.at(next)!)?.base && !view.is(next, 'determiner')) return position;
    }
    return first ?? from - 1;
}

function readVerb(view: ReadingView, position: number, end: number, previous?: Actor): VerbReading | undefined {
    const token = view.at(position);
    if (!token || position >= end || token.kind !== 'word') return undefined;
    const after = skipAuxiliaryModifiers(view, position + 1, end);
    if (COPULAS.has(token.norm)) {
        const participle = after < end ? participleLemma(view.norm(after)!) : undefined;
        if (participle) return verbAt(view, after, end, participle, true, previous);
        return verbAt(view, position, end, 'be', false, previous);
    }
    if (PERFECT.has(token.norm) && after < end && participleLemma(view.norm(after)!)) {
        if (COPULAS.has(view.norm(after)!)) return readVerb(view, after, end, previous);
        return verbAt(view, after, end, participleLemma(view.norm(after)!)!, false, previous);
    }
    if (DO_SUPPORT.has(token.norm) && after < end && verbFormOf(view.at(after)!)?.base) {
        return verbAt(view, after, end, lemmatize(view.norm(after)!), false, previous);
    }
    return verbAt(view, position, end, lemmatize(token.norm), false, previous);
}

function skipAuxiliaryModifiers(view: ReadingView, from: number, end: number): number {
    let position = from;
    while (position < end) {
        if (isNegator(view.norm(position)) || isAdverb(view.at(position))) {
            position++;
            continue;
        }
        // "agreed in writing by the chief executive", "approved at any time by the board".
        const phrase = view.phraseAt(position, 'syntax', 'adverb', end);
        if (!phrase) return position;
        position = phrase.end;
    }
    return position;
}

function verbAt(view: ReadingView, position: number, end: number, lemma: string, passive: boolean, previous?: Actor): VerbReading {
    let next = position + 1;
    let phrasal = lemma;
    if (next < end && view.is(next, 'particle')) {
        phrasal = `${lemma} ${view.norm(next)}`;
        next++;
    }
    let agent = passive ? readAgent(view, skipAuxiliaryModifiers(view, next, end), end, previous) : undefined;
    // "may be called in by the cabinet", "was handed over by the council": a short word between a
    // passive participle and its agent completes the verb, even where it is not a listed particle.
    if (passive && !agent && next + 1 < end && view.at(next)!.kind === 'word' && !view.is(next, 'determiner')) {
        agent = readAgent(view, next + 1, end, previous);
        if (agent) {
            phrasal = `${lemma} ${view.norm(next)}`;
            next++;
        }
    }
    const phrase = view.phrase(position, next)!;
    const verb: Verb = { lemma: phrasal, text: phrase.text, span: phrase.span, passive, agent: agent?.actor };
    return { verb, next: agent ? agent.next : next };
}

/**
 * "by the council", "by officers", "by the Advisory Council", "at a meeting of the board": the agent of a passive verb. Not an
 * agent: "by reference to", "by virtue of", "by 2030", "by the number of ..." (the non-agent words
 * of syntax.yaml). The phrase ends at punctuation, a preposition other than "of", a relative word,
 * or a conjunction that starts the next coordinated verb.
 */
function readAgent(view: ReadingView, position: number, end: number, previous?: Actor): { actor: Actor; next: number } | undefined {
    const opener = view.phraseAt(position, 'syntax', 'agent-opener', end);
    if (!opener) return undefined;
    const start = opener.end;
    if (start >= end || isNumberToken(view.at(start)!) || view.phraseAt(start, 'syntax', 'non-agent', end)) return undefined;
    let stop = start;
    while (stop < end && !endsAgent(view, stop, start, end)) stop++;
    if (stop === start) return undefined;
    return { actor: classifyActor(view, start, stop, previous), next: stop };
}

function endsAgent(view: ReadingView, position: number, start: number, end: number): boolean {
    const token = view.at(position)!;
    if (token.kind === 'punct') return true;
    if (token.norm !== 'of' && (view.is(position, 'preposition') || view.is(position, 'subordinator'))) return position > start;
    // "by the Secretary of State and approved by ...", "by the Secretary of State and decide all awards": a verb after the conjunction starts the next predicate.
    if (CONJUNCTIONS.has(token.norm)) return position + 1 < end && !view.is(position + 1, 'determiner') && (participleLemma(view.norm(position + 1)!) !== undefined || startsPredicate(view, position + 1));
    const form = verbFormOf(token);
    // "by the combined authority": a participle straight after a determiner is an adjective in the agent's name.
    return position > start && form !== undefined && form.participle && !form.thirdPerson && !view.is(position - 1, 'determiner');
}

/** A finite or plain verb followed by a determiner: "decide all awards", "sets the budget". */
function startsPredicate(view: ReadingView, position: number): boolean {
    const form = verbFormOf(view.at(position)!);
    return form !== undefined && (form.base || form.thirdPerson) && view.is(position + 1, 'determiner');
}

/**
 * "selected by a committee set up for that purpose by the managing authority and approved by the
 * managing authority": the agent's own modifiers may stand between two coordinated passives, so
 * the next "and approved by" is looked for up to the end of the statement.
 */
function nextAgentiveParticiple(view: ReadingView, from: number, end: number): number | undefined {
    for (let position = from; position + 2 < end; position++) {
        if (!CONJUNCTIONS.has(view.norm(position)!) && view.norm(position) !== ',') continue;
        const participle = view.norm(position + 1) === ',' ? position + 2 : position + 1;
        if (participleLemma(view.norm(participle)!) && view.norm(participle + 1) === 'by') return position;
    }
    return undefined;
}

/**
 * A verb joined to the one before: "approve or reject", "keep, and publish,", and for passives
 * "proposed by X, finalised by Y and approved by Z". Only adjacent coordination counts, so a noun
 * that happens to be a verb later in the object ("provide advice and support") is not taken.
 */
function coordinatedVerb(view: ReadingView, from: number, end: number, passive: boolean, previous?: Actor): VerbReading | undefined {
    let position = passive ? nextAgentiveParticiple(view, from, end) ?? from : from;
    const comma = view.norm(position) === ',';
    if (comma) position++;
    const joined = CONJUNCTIONS.has(view.norm(position) ?? '');
    if (joined) position++;
    if (!joined && !(comma && passive)) return undefined;
    if (view.norm(position) === ',') position++;
    position = skipAuxiliaryModifiers(view, position, end);
    if (position >= end || endsClause(view.at(position))) return undefined;
    const norm = view.norm(position)!;
    if (passive) {
        const lemma = participleLemma(norm);
        if (lemma && !view.is(position, 'determiner')) return verbAt(view, position, end, lemma, true, previous);
        // "are appointed by the Minister and decide all awards": the subject's own act after its passive.
        return startsPredicate(view, position) ? verbAt(view, position, end, lemmatize(norm), false, previous) : undefined;
    }
    return verbForm(norm)?.base && !view.is(position, 'determiner') ? verbAt(view, position, end, lemmatize(norm), false, previous) : undefined;
}
