import { classifyActor, noActor } from './actors.js';
import { verbFormOf } from './lemmas.js';
import type { LexiconEntry } from './lexicons.generated.js';
import type { Actor, LexiconMatch, Modal, ModalKind, Negation, Proposition, Verb } from './model.js';
import { findNegations, type ScopeInReading } from './negation.js';
import { readPredicate } from './predicates.js';
import { endsClause, isAdverb, isFiniteFunctionVerb, isNegator, isVerbLike, type ReadingView } from './reading.js';
import { findSubject, opensNounPhrase, type SubjectRange } from './subjects.js';
import { contains, type Span } from './tokens.js';

/** Where a statement is anchored: on its modal, or on its finite verb when it has none. */
interface Anchor {
    readonly start: number;
    readonly end: number;
    readonly modal?: LexiconEntry<ModalKind>;
}

export interface ReadingResult {
    readonly propositions: readonly Proposition[];
    readonly scopes: readonly ScopeInReading[];
    /** The last named actor, for pronouns in the next reading of the same sentence. */
    readonly lastActor?: Actor;
}

const PLURAL_PRONOUNS = new Set(['they', 'we', 'you']);
const STRICT_BOUNDARIES = new Set(['start', 'clause', 'subordinator']);

/**
 * Reads the propositions of one reading. `leadInAnchorsSeen` holds the token indices of lead-in
 * anchors already reported by an earlier item of the same list, so a complete statement in a
 * lead-in is reported once while the one the list continues is reported once per item.
 */
export function readPropositions(view: ReadingView, leadInAnchorsSeen: Set<number>, previousActor?: Actor): ReadingResult {
    const anchors = findAnchors(view);
    const subjects = subjectsOf(view, anchors);
    const statementStarts = new Set(subjects.map((subject) => subject.start));
    const scopes = findNegations(view, statementStarts);
    const propositions: Proposition[] = [];
    let lastActor = previousActor;
    anchors.forEach((anchor, index) => {
        const end = statementEnd(view, anchor, subjects.slice(index + 1));
        const actor = subjects[index].coordinated ? lastActor ?? noActor() : classifyActor(view, subjects[index].start, subjects[index].end, lastActor);
        if (actor.kind !== 'none' && !actor.antecedent) lastActor = actor;
        if (isRepeatedLeadIn(view, anchor, end, leadInAnchorsSeen)) return;
        const proposition = buildProposition(view, anchor, subjects[index], end, actor, scopes, lastActor);
        propositions.push(proposition);
        // "the scheme shall be framed by the authority ... as it may specify": "it" is the one who acts, not the thing acted on.
        if (proposition.agent && (proposition.agent.kind === 'institution' || proposition.agent.kind === 'community')) lastActor = proposition.agent;
    });
    return { propositions, scopes, lastActor };
}

// A statement inside a relative or subordinate clause ("to which this regulation applies") does
// not end the subject of the statement around it, so subjects are found again with only the main
// statements as stops.
function subjectsOf(view: ReadingView, anchors: readonly Anchor[]): SubjectRange[] {
    const all = positionsOf(anchors);
    const first = anchors.map((anchor) => findSubject(view, anchor.start, all, !anchor.modal));
    const main = anchors.filter((anchor, index) => anchor.modal || first[index].boundary !== 'subordinator');
    if (main.length === anchors.length) return first;
    const stops = positionsOf(main);
    return anchors.map((anchor, index) => (anchor.modal ? findSubject(view, anchor.start, stops, false) : first[index]));
}

function findAnchors(view: ReadingView): Anchor[] {
    const modals = findModalAnchors(view);
    const modalPositions = positionsOf(modals);
    const statements: Anchor[] = [];
    for (let position = 0; position < view.length; position++) {
        if (!modalPositions.has(position) && isStatementVerb(view, position, modalPositions)) statements.push({ start: position, end: position + 1 });
    }
    const anchors = [...modals, ...statements].sort((first, second) => first.start - second.start);
    return anchors.filter((anchor, index) => anchor.modal || !isReducedClause(view, anchor, anchors[index + 1]));
}

// "A target set under this section must specify", "any standard specified under subsection (1)
// is met": a past or plain form followed, in the same stretch of words, by the clause's real verb
// is a participle inside the subject.
function isReducedClause(view: ReadingView, anchor: Anchor, next: Anchor | undefined): boolean {
    const token = view.at(anchor.start)!;
    const form = verbFormOf(token);
    if (!next || isFiniteFunctionVerb(token.norm) || form?.thirdPerson) return false;
    for (let position = anchor.end; position < next.start; position++) {
        if (view.at(position)!.kind === 'punct' && view.norm(position) !== '(' && view.norm(position) !== ')') return false;
    }
    return true;
}

function findModalAnchors(view: ReadingView): Anchor[] {
    const anchors: Anchor[] = [];
    for (let position = 0; position < view.length; position++) {
        const hit = view.phraseAt(position, 'modals');
        if (!hit) continue;
        const modal = hit.entries[0] as LexiconEntry<ModalKind>;
        if (isModalUse(view, position, modal, positionsOf(anchors))) addModal(view, anchors, { start: position, end: hit.end, modal });
        position = hit.end - 1;
    }
    return anchors;
}

// "persons who will or may be affected": two modals joined by "or" are one anchor, read as the
// one nearer the verb.
function addModal(view: ReadingView, anchors: Anchor[], anchor: Anchor): void {
    const previous = anchors.at(-1);
    if (previous && previous.end + 1 === anchor.start && ['or', 'and'].includes(view.norm(previous.end)!)) {
        anchors[anchors.length - 1] = { start: previous.start, end: anchor.end, modal: anchor.modal };
        return;
    }
    anchors.push(anchor);
}

// "May 2027" is a month, "the will of the people" a noun, and "The purpose of this Act is to
// provide ..." states a purpose rather than a duty.
function isModalUse(view: ReadingView, position: number, modal: LexiconEntry<ModalKind>, earlier: ReadonlySet<number>): boolean {
    const token = view.at(position)!;
    if (token.text === 'May' && (view.at(position + 1)?.kind === 'number' || view.at(position - 1)?.kind === 'number')) return false;
    if (position > 0 && view.is(position - 1, 'determiner') && view.at(position - 1)!.kind === 'word') return false;
    if (!modal.unlessSubject) return true;
    const subject = findSubject(view, position, earlier, false);
    const head = firstContentWord(view, subject.start, subject.end);
    return head === undefined || !modal.unlessSubject.includes(head);
}

function firstContentWord(view: ReadingView, start: number, end: number): string | undefined {
    for (let position = start; position < end; position++) {
        if (view.at(position)!.kind === 'word' && !view.is(position, 'determiner')) return view.norm(position);
    }
    return undefined;
}

/**
 * A finite verb with no modal anchors a plain statement ("The council decides ...", "Residents
 * choose the projects"). Past-tense and plural forms read as often as reduced clauses and nouns
 * ("the complaints received", "the projects"), so they need the subject to open the clause.
 */
function isStatementVerb(view: ReadingView, position: number, anchors: ReadonlySet<number>): boolean {
    const token = view.at(position)!;
    if (token.kind !== 'word' || token.capitalised || position === 0) return false;
    const form = verbFormOf(token);
    const functionVerb = isFiniteFunctionVerb(token.norm);
    if (!functionVerb && (!form || (form.gerund && !form.thirdPerson))) return false;
    if (!followsSubjectWord(view, position) || precedesVerb(view, position + 1, anchors)) return false;
    const finite = functionVerb || form!.thirdPerson;
    const subject = findSubject(view, position, anchors, true);
    if (subject.coordinated || continuesLeadInModal(view, subject, anchors)) return finite && subject.coordinated;
    if (!hasNounPhrase(view, subject)) return false;
    if (finite) return (subject.boundary !== 'verb' && subject.boundary !== 'anchor') || closesClausalSubject(view, position);
    if (!STRICT_BOUNDARIES.has(subject.boundary) || !opensNounPhrase(view, subject.start)) return false;
    // A form that is both plain and past ("set", and by compromise's account "budget") is read as plain.
    return (form!.past && !form!.base) || (form!.base && looksPlural(view, subject));
}

// "which projects are funded is up to the council": a form of "be" after a clause that opens on
// a question word has that whole clause as its subject, even though the clause has a verb of its own.
function closesClausalSubject(view: ReadingView, position: number): boolean {
    if (!view.is(position, 'copula')) return false;
    let start = position - 1;
    while (start >= 0 && !endsClause(view.at(start)) && view.at(start)!.norm !== ',' && !view.is(start, 'contrast')) start--;
    return start + 1 < position - 1 && view.is(start + 1, 'clause-subject-opener');
}

function followsSubjectWord(view: ReadingView, position: number): boolean {
    const before = view.at(position - 1)!;
    // After a comma a verb-like word is more often the next noun of a list ("mechanisms, processes"),
    // unless the comma closes an aside that opened after the subject ("The authority, having
    // considered the representations, determines the application").
    if (before.kind === 'punct') return before.norm === ')' || (before.norm === ',' && closesAside(view, position - 1));
    const previousForm = verbFormOf(before);
    if (previousForm?.gerund && !previousForm.base) return false;
    // "the assessed needs": a participle after a determiner is an adjective, and what follows a noun.
    if (previousForm?.participle && position > 1 && view.is(position - 2, 'determiner')) return false;
    // "rather than around targets": after a preposition a verb-like word is its noun.
    const preposition = view.is(position - 1, 'preposition') && !view.is(position - 1, 'subordinator');
    return !view.is(position - 1, 'determiner') && view.norm(position - 1) !== 'to' && !preposition && !before.possessive
        && !view.is(position - 1, 'copula') && !view.is(position - 1, 'auxiliary') && !isNegator(before.norm);
}

function closesAside(view: ReadingView, comma: number): boolean {
    for (let position = comma - 1; position > 0 && comma - position <= 15; position--) {
        const token = view.at(position)!;
        if (endsClause(token) || view.norm(position) === '—') return false;
        if (token.norm !== ',') continue;
        const opener = view.at(position + 1)!;
        const subjectEnd = view.at(position - 1)!;
        return subjectEnd.kind === 'word' && !isVerbLike(subjectEnd) && (view.is(position + 1, 'aside-opener') || verbFormOf(opener)?.gerund === true);
    }
    return false;
}

// "community grants are to be determined": a word followed by a modal or a finite verb is the
// head of the subject, not its verb.
// "The authority must not— (a) set targets": the item's first word is the verb the lead-in's
// modal governs, not a subject.
function continuesLeadInModal(view: ReadingView, subject: SubjectRange, anchors: ReadonlySet<number>): boolean {
    const itemStart = view.reading.leadInLength;
    return itemStart > 0 && subject.start === itemStart && anchors.has(itemStart - 1);
}

// "the views and interests of children": a lexical verb is not followed by "of" ("is of
// community value" is).
function precedesVerb(view: ReadingView, position: number, anchors: ReadonlySet<number>): boolean {
    if (view.norm(position) === 'of') return !isFiniteFunctionVerb(view.norm(position - 1));
    return anchors.has(position) || isFiniteFunctionVerb(view.norm(position));
}

// A subject needs a noun. A second noun phrase opening straight after a noun means a clause that
// dropped its relative word ("the events it has run", "what difference those decisions made").
function hasNounPhrase(view: ReadingView, subject: SubjectRange): boolean {
    let content = false;
    for (let position = subject.start; position < subject.end; position++) {
        const token = view.at(position)!;
        const opensPhrase = view.is(position, 'pronoun') || view.is(position, 'determiner');
        if (opensPhrase && content && !joinsPhrases(view, position - 1)) return false;
        if (token.kind !== 'punct' && !view.is(position, 'determiner')) content = true;
    }
    return content && !view.is(subject.start, 'preposition');
}

function joinsPhrases(view: ReadingView, position: number): boolean {
    return view.is(position, 'preposition') || view.is(position, 'conjunction') || view.at(position)!.kind === 'punct';
}

// The head noun is the last word before the first preposition: "Decisions about the use of the
// fund rest with" agrees with "Decisions", not with "fund".
function looksPlural(view: ReadingView, subject: SubjectRange): boolean {
    let headEnd = subject.end;
    for (let position = subject.start + 1; position < subject.end; position++) {
        if (view.is(position, 'preposition') && view.at(position - 1)!.kind === 'word') { headEnd = position; break; }
    }
    // "the Department and NHS England also set out": adverbs are not the head, and two parties joined by "and" are plural.
    while (headEnd - 1 > subject.start && isAdverb(view.at(headEnd - 1))) headEnd--;
    const head = view.at(headEnd - 1)!;
    if (PLURAL_PRONOUNS.has(head.norm) || (head.norm.endsWith('s') && !head.norm.endsWith('ss'))) return true;
    for (let position = subject.start + 1; position < headEnd - 1; position++) if (view.norm(position) === 'and') return true;
    return false;
}

// A statement runs to the end of its clause or to the subject of the next main statement; a
// statement embedded after "whether", "how" or "that" stays inside its object.
function statementEnd(view: ReadingView, anchor: Anchor, later: readonly SubjectRange[]): number {
    const next = later.find((subject) => subject.boundary !== 'subordinator' && subject.start >= anchor.end);
    const limit = next ? next.start : view.length;
    for (let position = anchor.end; position < limit; position++) if (endsClause(view.at(position))) return position;
    return limit;
}

function isRepeatedLeadIn(view: ReadingView, anchor: Anchor, end: number, seen: Set<number>): boolean {
    if (!view.inLeadIn(anchor.start) || !view.inLeadIn(end - 1)) return false;
    const key = view.tokenIndex(anchor.start);
    if (seen.has(key)) return true;
    seen.add(key);
    return false;
}

function buildProposition(view: ReadingView, anchor: Anchor, subject: SubjectRange, end: number, actor: Actor, scopes: readonly ScopeInReading[], previous?: Actor): Proposition {
    const predicate = readPredicate(view, anchor.modal ? anchor.end : anchor.start, end, previous);
    const verb = predicate.verbs[0];
    const start = subject.coordinated ? anchor.start : Math.min(subject.start, anchor.start);
    const object = view.phrase(...trimObject(view, predicate.objectStart, end));
    const modal = anchor.modal ? modalOf(view, anchor, anchor.modal) : undefined;
    const negation = negationOf(scopes, view, start, afterAnchorNegators(view, anchor), verb ?? modal);
    return {
        sentence: view.sentence,
        item: view.reading.item,
        span: view.span(start, Math.max(end, anchor.end)),
        actor,
        modal,
        negation,
        verbs: predicate.verbs,
        verb,
        passive: verb?.passive ?? false,
        agent: verb?.agent,
        object,
        qualifiers: qualifiersIn(view, start, end)
    };
}

function modalOf(view: ReadingView, anchor: Anchor, entry: LexiconEntry<ModalKind>): Modal {
    const phrase = view.phrase(anchor.start, anchor.end)!;
    return { text: phrase.text, span: phrase.span, kind: entry.category, entry };
}

const OBJECT_EDGES = new Set([',', ';', ':', '.', '—', 'and', 'or', 'but', 'not', '…', '-']);

function trimObject(view: ReadingView, start: number, end: number): [number, number] {
    let from = start;
    let to = end;
    while (from < to && OBJECT_EDGES.has(view.norm(from)!)) from++;
    while (to > from && (OBJECT_EDGES.has(view.norm(to - 1)!) || view.is(to - 1, 'subordinator'))) to--;
    return [from, to];
}

/**
 * A statement is negated when a cue sits between its subject and its verb ("must not", "does
 * not", "No school ... may") or when a scope opened earlier covers its verb ("The authority must
 * not— (a) set targets").
 */
function negationOf(scopes: readonly ScopeInReading[], view: ReadingView, start: number, anchorEnd: number, verb: Verb | Modal | undefined): Negation | undefined {
    if (!verb) return undefined;
    const opening = view.at(start)!.start;
    const closing = Math.max(verb.span.start, anchorEnd);
    return scopes.find(({ negation }) => {
        if (opensAside(view.text, negation.cue.span, verb.span)) return false;
        const cueInside = negation.cue.span.start >= opening && negation.cue.span.start <= closing;
        return cueInside || contains(negation.span, verb.span);
    })?.negation;
}

// "The regulator, not the tenants, decides": a negation that opens an aside between commas
// sets aside the words of the aside, not the statement's verb.
function opensAside(text: string, cue: Span, verb: Span): boolean {
    return /,\s*$/.test(text.slice(Math.max(0, cue.start - 3), cue.start)) && text.slice(cue.end, verb.start).includes(',');
}

// "is not", "does not", "has never": a negator straight after the anchor belongs to it.
function afterAnchorNegators(view: ReadingView, anchor: Anchor): number {
    let position = anchor.end;
    while (isNegator(view.norm(position))) position++;
    return view.at(position - 1)!.end;
}

function qualifiersIn(view: ReadingView, start: number, end: number): LexiconMatch<'qualifiers'>[] {
    const found: LexiconMatch<'qualifiers'>[] = [];
    for (let position = start; position < end; position++) {
        const hit = view.phraseAt(position, 'qualifiers', undefined, end);
        if (!hit) continue;
        const phrase = view.phrase(position, hit.end)!;
        const entry = hit.entries[0] as LexiconMatch<'qualifiers'>['entry'];
        found.push({ lexicon: 'qualifiers', category: entry.category, entry, span: phrase.span, text: phrase.text, sentence: view.sentence, negated: false });
        position = hit.end - 1;
    }
    return found;
}

function positionsOf(anchors: readonly Anchor[]): Set<number> {
    const positions = new Set<number>();
    for (const anchor of anchors) for (let position = anchor.start; position < anchor.end; position++) positions.add(position);
    return positions;
}
