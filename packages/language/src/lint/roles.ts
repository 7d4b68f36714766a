import {
    categoryGate, findPhrase, firstTokenAtOrAfter, isSyntax, isSyntaxWord, passesGate, type CategoryGate, phraseAtToken, phraseStartingAt, startWordsOf, verbForm, verbFormOf, wordsOf, type ActorKind, type CategoryOf, type DecisionsCategory, type ModalKind, type Proposition, type ProseAnalysis, type Span, type Verb
} from '../prose/index.js';

/**
 * The roles in each statement of a clause: who acts, what kind of act, under which modal, what a
 * negation governs, which rung of participation it gives, and any condition that hands the
 * decision to the community. The four-shift judgements read these roles rather than the words of
 * a clause, and `commons explain` and the clause hover show them to the drafter.
 */

/** What a statement requires or allows its actor to do. */
export type ActKind = 'decide' | 'assent' | 'set-standards' | 'fund' | 'seek-views' | 'give-views' | 'share' | 'report' | 'keep-record' | 'support' | 'other';

/** The participation rungs, lowest to highest (decisions.yaml). */
export type Rung = 'inform' | 'consult' | 'involve' | 'collaborate' | 'delegate' | 'control';
export const RUNGS: readonly Rung[] = ['inform', 'consult', 'involve', 'collaborate', 'delegate', 'control'];

/** How the actor was found: "owner" is a party named as holding the power, duty or decision ("It is for the Minister to", "the board's decision to"). */
export type FoundBy = 'subject' | 'agent' | 'pronoun' | 'earlier' | 'owner' | 'none';

export interface StatementRole {
    readonly proposition: Proposition;
    readonly span: Span;
    readonly actor: { readonly words?: string; readonly side: ActorKind; readonly foundBy: FoundBy };
    readonly act: ActKind;
    /** The words that show the kind of act ("adopt", "send ... a report"). */
    readonly actSpan?: Span;
    readonly modal?: { readonly words: string; readonly kind: ModalKind };
    /** "act": the act is refused; "obligation": only a duty is taken away ("need not follow"). */
    readonly negation?: { readonly words: string; readonly governs: 'act' | 'obligation' };
    /** The rung the statement gives people: its own act's rung for seeking or giving views. */
    readonly rung?: Rung;
    /** The subordinate clause the statement sits in, if any: a condition ("if", "unless", "where"), a time ("before", "after", "when") or a relative clause ("that", "which", "as"). */
    readonly clause?: 'condition' | 'time' | 'relative';
    /** True when the act stops or overrides someone else's decision (veto, countersign, call in). */
    readonly veto: boolean;
    /** True when a verb of the statement produces or passes on an account (report, describe, publish). */
    readonly reportVerb: boolean;
}

const roleCache = new WeakMap<ProseAnalysis, readonly StatementRole[]>();

/** The roles of every statement of an analysed clause, in order. */
export function rolesOf(analysis: ProseAnalysis): readonly StatementRole[] {
    let roles = roleCache.get(analysis);
    if (!roles) roleCache.set(analysis, roles = analysis.propositions.map((proposition, index) => readRole(analysis, proposition, index)));
    return roles;
}

function readRole(analysis: ProseAnalysis, proposition: Proposition, index: number): StatementRole {
    const held = heldAct(analysis, proposition) ?? negatedRequirement(analysis, proposition) ?? prevailingOwner(analysis, proposition);
    const own = held?.reading ?? actOf(analysis, proposition);
    const { act, actSpan, rung, verb } = (DECIDING_ACTS.has(own.act) || own.act === 'seek-views' ? undefined : openingAct(analysis, proposition, index)) ?? own;
    const clause = clauseOf(analysis, proposition);
    const owner = held || !actSpan ? undefined : ownerOfInfinitive(analysis, actSpan);
    return {
        proposition,
        span: proposition.span,
        actor: held?.actor ?? owner ?? (verb?.agent ? agentOf(analysis, verb.agent) : verb && !verb.passive && proposition.passive ? subjectOf(proposition) : actorOf(analysis, proposition, index)),
        act,
        actSpan,
        modal: proposition.modal ? { words: proposition.modal.text, kind: proposition.modal.kind } : undefined,
        // "has no say in the authority's decision to impose it": the negation is the subject's, not the owner's.
        negation: held?.holds ? held.negation : held?.negation ?? (owner ? undefined : negationOf(analysis, proposition)),
        rung,
        clause,
        veto: proposition.verbs.some((verb) => !startsNoAct(analysis, verb.span) && startsAt(analysis, verb.span, 'acts', 'veto') !== undefined),
        reportVerb: proposition.verbs.some((verb) => !startsNoAct(analysis, verb.span) && startsAt(analysis, verb.span, 'acts', 'report') !== undefined)
    };
}

// How many words may stand between a decision noun and the "to" of its act ("the decision of the water services authority to close").
const WORDS_FROM_NOUN_TO_ACT = 8;

/**
 * "the local highway authority's decision to impose an order", "the power of the board to
 * designate an area": an act after "to" belongs to the party that owns the decision, power or
 * duty named before it, whoever the statement's subject is.
 */
function ownerOfInfinitive(analysis: ProseAnalysis, act: Span): StatementRole['actor'] | undefined {
    const { tokens } = analysis;
    const to = firstTokenAtOrAfter(analysis, act.start) - 1;
    if (!isWord(tokens[to]?.norm, 'infinitive')) return undefined;
    for (let noun = to - 1; noun >= 0 && to - noun <= WORDS_FROM_NOUN_TO_ACT; noun--) {
        if (tokens[noun].kind === 'punct') return undefined;
        if (!phraseAtToken(analysis, noun, 'decisions', 'decision') && !phraseAtToken(analysis, noun, 'acts', 'office-noun')) continue;
        const party = noun + 1 < to && isWord(tokens[noun + 1].norm, 'owner-link')
            ? analysis.matches('actors').find((match) => match.span.start > tokens[noun].end && match.span.end <= tokens[to].start)
            : analysis.matches('actors').find((match) => match.span.end === tokens[noun - 1]?.end && tokens[noun - 1].possessive === true);
        return party && party.category !== 'other' ? { words: party.text, side: party.category, foundBy: 'owner' } : undefined;
    }
    return undefined;
}

/** Acts by which the actor keeps a decision. */
const DECIDING_ACTS: ReadonlySet<ActKind> = new Set(['decide', 'set-standards']);

interface HeldAct {
    actor: StatementRole['actor'];
    reading: ActReading;
    negation?: StatementRole['negation'];
    /** The words of holding settle the negation themselves, so the statement's own is not read. */
    holds?: boolean;
}

/**
 * "It is for the Minister to fix the boundaries", "It shall be the duty of the authority to
 * determine ...": after "It is", the words of holding name who acts and the verb after "to" what
 * they do.
 */
function heldAct(analysis: ProseAnalysis, proposition: Proposition): HeldAct | undefined {
    const object = proposition.object?.span;
    const verb = proposition.verb;
    if (!object || !verb) return undefined;
    const holding = verb.lemma === 'be' ? phraseStartingAt(analysis, object.start, 'framing', 'holder-of') : phraseStartingAt(analysis, verb.span.start, 'framing', 'holder-of');
    const held = holding && partyToAct(analysis, proposition, holding.end);
    // "It is for the health board, and not for the community, to determine": a negation after the holder sets another party aside; "It is not for the council to" refuses the act.
    const cue = proposition.negation?.cue.span;
    if (held) return { ...held, negation: cue && cue.start < holding.start ? { words: proposition.negation!.cue.text, governs: 'act' } : undefined, holds: true };
    const matter = phraseStartingAt(analysis, verb.span.start, 'framing', 'matter-for') ?? (verb.lemma === 'be' ? phraseStartingAt(analysis, object.start, 'framing', 'matter-for') : undefined);
    const party = matter && analysis.matches('actors').find((match) => match.span.start >= matter.end && match.span.start - matter.end <= WORDS_TO_PARTY_CHARS && match.category !== 'other');
    return party && { actor: { words: party.text, side: party.category, foundBy: 'owner' }, reading: { act: 'decide', actSpan: matter } };
}

// How far after the words that leave a matter to a party that party may be named ("with the board of the trust").
const WORDS_TO_PARTY_CHARS = 12;

/**
 * "In the event of disagreement, the view of the director prevails", "the council's priorities
 * are to be preferred": the party whose view or plan wins, named in the subject, decides.
 */
function prevailingOwner(analysis: ProseAnalysis, proposition: Proposition): HeldAct | undefined {
    const subject = proposition.actor.phrase?.span;
    if (!subject) return undefined;
    const first = firstTokenAtOrAfter(analysis, subject.end);
    let wins: Span | undefined;
    for (let index = first; wins === undefined && index < Math.min(analysis.tokens.length, first + WORDS_BEFORE_WINNING + 1); index++) wins = phraseAtToken(analysis, index, 'framing', 'prevails');
    const owner = !wins || clauseOf(analysis, proposition) !== undefined ? undefined
        : analysis.matches('actors').find((match) => match.span.start >= subject.start && match.span.end <= subject.end && match.category !== 'other' && ownsWhatPrecedes(analysis, match));
    return owner && { actor: { words: owner.text, side: owner.category, foundBy: 'owner' }, reading: { act: 'decide', actSpan: wins } };
}

/** "the council's priorities", "the view of the director", "the targets that the regulator sets": a party named as the owner of a noun, by a possessive, after "of" or as the subject of a relative clause. */
function ownsWhatPrecedes(analysis: ProseAnalysis, party: { span: Span }): boolean {
    const { tokens } = analysis;
    let before = firstTokenAtOrAfter(analysis, party.span.start) - 1;
    while (before >= 0 && wordsOf('syntax', 'determiner').has(tokens[before].norm)) before--;
    const last = tokens[firstTokenAtOrAfter(analysis, party.span.end) - 1];
    // "the targets that the regulator sets": the subject of a relative clause made what it describes.
    return last?.possessive === true || wordsOf('syntax', 'owner-link').has(tokens[before]?.norm ?? '') || isWord(tokens[before]?.norm, 'relative-opener');
}

// Words ("are to", "shall") that may stand between a subject and the words of its winning.
const WORDS_BEFORE_WINNING = 3;

/**
 * "Nothing in this Part requires the authority to give effect to the views of the forum", "This
 * section does not oblige the Minister to follow ...": a negated requirement frees the party
 * named after its verb from the act after "to", as "need not" would.
 */
function negatedRequirement(analysis: ProseAnalysis, proposition: Proposition): HeldAct | undefined {
    const cue = proposition.negation?.cue;
    const verb = proposition.verb;
    if (!cue || !verb || proposition.passive || !phraseStartingAt(analysis, verb.span.start, 'acts', 'compel')) return undefined;
    const freed = partyToAct(analysis, proposition, verb.span.end);
    return freed && { ...freed, negation: { words: cue.text, governs: 'obligation' } };
}

// How many words may stand between the words that name a party and the "to" before its act.
const WORDS_TO_ACT = 14;

/** From an offset: a party, then "to" and the verb of its act ("for the Minister to fix"). */
function partyToAct(analysis: ProseAnalysis, proposition: Proposition, from: number): HeldAct | undefined {
    const { tokens } = analysis;
    const first = firstTokenAtOrAfter(analysis, from);
    for (let index = first; index < Math.min(tokens.length - 1, first + WORDS_TO_ACT); index++) {
        // "It falls to the directorate, and to no other body, to fix ...": only a "to" before a verb opens the act.
        if (!isWord(tokens[index].norm, 'infinitive') || !verbFormOf(tokens[index + 1])?.base) continue;
        const party = analysis.matches('actors').find((match) => match.span.start >= from && match.span.end <= tokens[index].start);
        if (!party) return undefined;
        const verb = { start: tokens[index + 1].start, end: tokens[index + 1].end };
        const reading = actOfVerb(analysis, proposition, verb, false, verb.end) ?? { act: 'other' as const };
        return { actor: { words: analysis.text.slice(from, party.span.end).trim(), side: party.category, foundBy: 'owner' }, reading };
    }
    return undefined;
}

/**
 * "Before adopting the plan, the council must publish a draft", "Every council shall, before
 * making an order, give notice": a decision named in a gerund that opens the sentence, or an aside
 * before the statement's verb, is the act of the statement's subject.
 */
function openingAct(analysis: ProseAnalysis, proposition: Proposition, index: number): ActReading | undefined {
    const sentence = analysis.sentences[proposition.sentence];
    if (!sentence) return undefined;
    const earlier = analysis.propositions[index - 1];
    const sentenceOpens = !earlier || earlier.sentence !== proposition.sentence;
    const { tokens } = analysis;
    const verbStart = proposition.verbs.find((verb) => !verbForm(verb.text.split(' ')[0])?.gerund)?.span.start ?? proposition.span.end;
    // The sentence's first word, when the statement is the sentence's first; then each word after a comma before the verb.
    let first = firstTokenAtOrAfter(analysis, sentence.span.start);
    while (first < tokens.length && tokens[first].kind !== 'word') first++;
    const candidates = sentenceOpens && tokens[first] && tokens[first].end <= proposition.span.start ? [first] : [];
    for (let position = firstTokenAtOrAfter(analysis, proposition.span.start); position + 1 < tokens.length && tokens[position + 1].end <= verbStart; position++) {
        if (tokens[position - 1]?.norm === ',') candidates.push(position);
    }
    for (const position of candidates) {
        const gerund = tokens[position + 1];
        if (!gerund || gerund.end > verbStart || !isWord(tokens[position].norm, 'gerund-opener') || !verbFormOf(gerund)?.gerund) continue;
        const reading = actOfVerb(analysis, proposition, gerund, false, gerund.end);
        if (reading && DECIDING_ACTS.has(reading.act)) return reading;
    }
    return undefined;
}

/** "The trustees are appointed by the Minister and decide all awards": the subject does what its active verb says. */
function subjectOf(proposition: Proposition): StatementRole['actor'] {
    return { words: proposition.actor.phrase?.text, side: proposition.actor.kind, foundBy: proposition.actor.phrase ? 'subject' : 'none' };
}

/**
 * The side of whoever acts in a statement: the agent of a passive verb, the subject, a pronoun's
 * antecedent, or, where the reader could not settle the subject, the last party named earlier in
 * the same sentence (the lead-in of a list).
 */
function actorOf(analysis: ProseAnalysis, proposition: Proposition, index: number): StatementRole['actor'] {
    const read = actorAsRead(analysis, proposition, index);
    if (read.side === 'institution' && read.foundBy === 'subject' && madeOfCommunity(analysis, proposition)) return { ...read, side: 'community' };
    if (read.side !== 'other' && read.side !== 'none') return read;
    const holder = officeHolder(analysis, proposition);
    if (holder) return holder;
    const defined = read.words && acronymSide(analysis, read.words);
    return defined ? { ...read, side: defined } : read;
}

// How many words may stand between the words of membership and the people named ("elected by and from the tenants").
const WORDS_TO_MEMBERS = 3;

/** "The trust's board, which is elected by and from the tenants, decides": between the subject and its verb, the body is said to be chosen by or made of the community. */
function madeOfCommunity(analysis: ProseAnalysis, proposition: Proposition): boolean {
    const subject = proposition.actor.phrase?.span;
    const verb = proposition.verb?.span;
    if (!subject || !verb) return false;
    return analysis.matches('framing', 'membership').some((membership) => membership.span.start >= subject.start && membership.span.end <= verb.start
        && analysis.matches('actors', 'community').some((party) => party.span.start >= membership.span.end && party.span.end <= verb.start
            && firstTokenAtOrAfter(analysis, party.span.start) - firstTokenAtOrAfter(analysis, membership.span.end) <= WORDS_TO_MEMBERS));
}

/**
 * "The functions of the board are to ...", "the duty of the council is to ...", "appointed by the
 * chair of the board": the holder named after "of" acts.
 */
function officeHolder(analysis: ProseAnalysis, proposition: Proposition): StatementRole['actor'] | undefined {
    return proposition.passive ? holderOfPost(analysis, proposition.agent) : holderOfPost(analysis, proposition.actor, 'office-noun');
}

function holderOfPost(analysis: ProseAnalysis, party: Proposition['actor'] | undefined, office: 'office-noun' | 'post' = 'post'): StatementRole['actor'] | undefined {
    const phrase = party?.phrase?.span;
    if (!phrase || party!.kind === 'institution' || party!.kind === 'community') return undefined;
    return holderAfter(analysis, phrase, findPhrase(analysis, phrase, 'acts', office) ?? findPhrase(analysis, phrase, 'acts', 'post')) ?? possessor(analysis, phrase);
}

/**
 * "the housing association's asset manager": someone a party calls its own acts for that party.
 * Only a possessor that opens the phrase: in "the activities for a local authority's area" the
 * authority owns a place, not the ones who act.
 */
function possessor(analysis: ProseAnalysis, phrase: Span): StatementRole['actor'] | undefined {
    const { tokens } = analysis;
    let first = firstTokenAtOrAfter(analysis, phrase.start);
    while (first < tokens.length && wordsOf('syntax', 'determiner').has(tokens[first].norm)) first++;
    const owner = analysis.matches('actors').find((match) => match.category !== 'other' && match.span.end < phrase.end
        && firstTokenAtOrAfter(analysis, match.span.start) <= first + MODIFIERS_BEFORE_HEAD && match.span.start >= phrase.start
        && tokens[firstTokenAtOrAfter(analysis, match.span.end) - 1]?.possessive === true);
    return owner && { words: owner.text, side: owner.category, foundBy: 'owner' };
}

const TWO_CAPITALS = /[A-Z]{2}/;

function holderAfter(analysis: ProseAnalysis, subject: Span, office: Span | undefined): StatementRole['actor'] | undefined {
    const of = office && analysis.tokens[firstTokenAtOrAfter(analysis, office.end)];
    if (!of || !isWord(of.norm, 'owner-link') || analysis.text.slice(subject.start, office.start).trim().split(/\s+/).length > 1) return undefined;
    const holder = analysis.matches('actors').find((match) => match.span.start > of.start && match.span.end <= subject.end && match.category !== 'other');
    return holder && { words: holder.text, side: holder.category, foundBy: 'owner' };
}

/**
 * "a local authority (LA) ... The LA must": an abbreviation defined in brackets after a party
 * stands for that party.
 */
function acronymSide(analysis: ProseAnalysis, words: string): ActorKind | undefined {
    // An acronym is two capitals or more in a row: most subjects have none, and need no closer look.
    if (!TWO_CAPITALS.test(words)) return undefined;
    const acronym = withoutDeterminer(words);
    if (!/^[A-Z]{2,6}s?$/.test(acronym)) return undefined;
    const definition = analysis.text.indexOf(`(${acronym.replace(/s$/, '')})`);
    if (definition < 0) return undefined;
    const before = analysis.matches('actors').filter((match) => match.span.end <= definition && definition - match.span.end <= 2);
    return before.at(-1)?.category;
}

/** The agent of a passive: a post acts for its body, and a body the community makes up is the community's. */
function agentOf(analysis: ProseAnalysis, agent: NonNullable<Proposition['agent']>): StatementRole['actor'] {
    const read: StatementRole['actor'] = holderOfPost(analysis, agent) ?? { words: agent.phrase?.text, side: agent.kind, foundBy: 'agent' };
    return read.side === 'institution' && agent.phrase && madeOfCommunityAfter(analysis, agent.phrase.span.end) ? { ...read, side: 'community' } : read;
}

// How many words may stand between a party and the words saying it is made up of the community (", a majority of whose").
const WORDS_TO_MEMBERSHIP = 2;

/** "decided by the board of the Trust, a majority of whose members shall be residents": the aside after the party says the community makes it up. */
function madeOfCommunityAfter(analysis: ProseAnalysis, partyEnd: number): boolean {
    const first = firstTokenAtOrAfter(analysis, partyEnd);
    return analysis.matches('framing', 'membership').some((membership) => {
        const start = firstTokenAtOrAfter(analysis, membership.span.start);
        return start >= first && start - first <= WORDS_TO_MEMBERSHIP && analysis.matches('actors', 'community').some((party) => party.span.start >= membership.span.end
            && firstTokenAtOrAfter(analysis, party.span.start) - firstTokenAtOrAfter(analysis, membership.span.end) <= WORDS_TO_MEMBERS);
    });
}

function actorAsRead(analysis: ProseAnalysis, proposition: Proposition, index: number): StatementRole['actor'] {
    // "is not bound by its result": the passives of being bound keep their subject as the one bound, whatever follows "by".
    if (proposition.passive && proposition.agent && !isBoundPassive(analysis, proposition)) return agentOf(analysis, proposition.agent);
    // "Residents are to be consulted": the subject of a passive of being heard or told is the one whose views are asked.
    if (proposition.passive && proposition.actor.kind === 'community' && isVoicePassive(analysis, proposition)) return { words: proposition.actor.phrase?.text, side: 'community', foundBy: 'subject' };
    // "the scheme is approved", "Councils are to be placed in order": the subject of a passive with no agent is what is acted on, not who acts.
    // Except the passives of being bound ("is not required to", "is not obliged to"), whose subject is the one bound.
    if (proposition.passive && !isBoundPassive(analysis, proposition)) return { words: undefined, side: 'none', foundBy: 'none' };
    // "unless a local poll has approved the change": a vote acts for those who vote in it.
    const subject = proposition.actor.phrase;
    if (subject && proposition.actor.kind !== 'institution' && findPhrase(analysis, subject.span, 'framing', 'threshold')) return { words: subject.text, side: 'community', foundBy: 'subject' };
    // "Where an application is made to a local planning authority, they may grant ...": a pronoun stands for a party named before it rather than a thing.
    const party = proposition.actor.antecedent && !isParty(proposition.actor.antecedent.kind) && isPronoun(proposition.actor) ? partyBefore(analysis, proposition) : undefined;
    if (party) return { words: party.text, side: party.category, foundBy: 'pronoun' };
    const actor = proposition.actor.antecedent ?? proposition.actor;
    const foundBy: FoundBy = proposition.actor.antecedent ? 'pronoun' : 'subject';
    const referredTo = actor.phrase && sameBodyNamedEarlier(analysis, actor.phrase);
    if (referredTo) return { words: actor.phrase?.text, side: referredTo.category, foundBy: 'earlier' };
    if (actor.kind === 'institution' || actor.kind === 'community') return { words: actor.phrase?.text, side: actor.kind, foundBy };
    const named = actor.parties.map((party) => party.kind);
    if (named.length > 0) return { words: actor.phrase?.text, side: named.every((kind) => kind === named[0]) ? named[0] : 'mixed', foundBy };
    // ", which may consult officers": a relative clause's subject is the party named just before it.
    const relative = isWord(analysis.tokens[firstTokenAtOrAfter(analysis, proposition.span.start) - 1]?.norm, 'relative-pronoun');
    if (relative) {
        const antecedent = analysis.matches('actors').filter((match) => match.span.end <= proposition.span.start && proposition.span.start - match.span.end <= 12).at(-1);
        if (antecedent) return { words: antecedent.text, side: antecedent.category, foundBy: 'subject' };
    }
    const last = earlierParty(analysis, proposition, index);
    if (last) return { words: last.actor.phrase?.text, side: last.actor.kind, foundBy: 'earlier' };
    // "It shall be the duty of the Corporation to ..., and for that purpose it may acquire land": a
    // pronoun no statement explains stands for the last party named before it in the sentence.
    const before = isPronoun(actor) ? partyBefore(analysis, proposition) : undefined;
    if (before) return { words: before.text, side: before.category, foundBy: 'pronoun' };
    return { words: actor.phrase?.text, side: actor.kind, foundBy: actor.phrase ? 'subject' : 'none' };
}

/**
 * "report to the community board on the projects the board has chosen": "the" and the head word
 * of a party named earlier in the sentence refer back to that party, whatever the bare word
 * alone would be.
 */
export function sameBodyNamedEarlier(analysis: ProseAnalysis, phrase: { text: string; span: Span }) {
    const words = phrase.text.trim().split(/\s+/);
    if (words.length !== 2 || !isWord(words[0].toLowerCase(), 'determiner')) return undefined;
    const head = words[1].toLowerCase();
    const sentence = analysis.sentences.find((candidate) => candidate.span.start <= phrase.span.start && phrase.span.start < candidate.span.end);
    return analysis.matches('actors').find((match) => match.category !== 'other' && match.span.end <= phrase.span.start && (!sentence || match.span.start >= sentence.span.start)
        && match.text.includes(' ') && match.text.toLowerCase().endsWith(` ${head}`));
}

function isParty(kind: ActorKind): boolean {
    return kind === 'institution' || kind === 'community';
}

function isPronoun(actor: Proposition['actor']): boolean {
    return actor.phrase !== undefined && wordsOf('syntax', 'pronoun').has(actor.phrase.text.toLowerCase());
}

/**
 * The last party named before a statement, in the same sentence, that its pronoun can stand for:
 * "it" is never "the households" ("describe the households to which it applies").
 */
function partyBefore(analysis: ProseAnalysis, proposition: Proposition) {
    const sentence = analysis.sentences[proposition.sentence];
    const singular = wordsOf('syntax', 'singular-pronoun').has(proposition.actor.phrase?.text.toLowerCase() ?? '');
    return analysis.matches('actors').filter((match) => match.category !== 'other' && match.span.end <= proposition.span.start && (!sentence || match.span.start >= sentence.span.start)
        && !(singular && namesPlural(match.text))).at(-1);
}

/** "households", "the Scottish Ministers": a party named in the plural (a final lower-case "s"; "NHS" is not). */
function namesPlural(words: string): boolean {
    return /[^s]s$/.test(words.replace(/['’]s?$/, ''));
}

/** The last statement read before this one in the same sentence, starting earlier, whose subject is a party (a sentence's statements are read together). */
function earlierParty(analysis: ProseAnalysis, proposition: Proposition, index: number): Proposition | undefined {
    for (let other = index - 1; other >= 0; other--) {
        const candidate = analysis.propositions[other];
        if (candidate.sentence !== proposition.sentence) return undefined;
        if (candidate.span.start < proposition.span.start && (candidate.actor.kind === 'institution' || candidate.actor.kind === 'community')) return candidate;
    }
    return undefined;
}

const CLAUSE_OPENERS = [['condition-opener', 'condition'], ['time-opener', 'time'], ['relative-opener', 'relative']] as const;

/** The kind of clause a statement sits in, from the word that opens it: "if it is designated by the authority". */
function clauseOf(analysis: ProseAnalysis, proposition: Proposition): 'condition' | 'time' | 'relative' | undefined {
    const first = firstTokenAtOrAfter(analysis, proposition.span.start);
    const opener = analysis.tokens[first - 1];
    if (!opener || proposition.span.start - opener.end > 2) return undefined;
    return CLAUSE_OPENERS.find(([category]) => isSyntax(opener, category))?.[1];
}

/** What a negation of the statement governs: the act itself, or only an obligation ("need not follow", "is not required to obtain"). */
function negationOf(analysis: ProseAnalysis, proposition: Proposition): StatementRole['negation'] {
    const words = proposition.negation?.cue.text ?? (proposition.modal?.kind === 'exemption' ? proposition.modal.text : undefined);
    if (!words) return undefined;
    const obligation = proposition.modal?.kind === 'exemption' || findPhrase(analysis, proposition.span, 'framing', 'obligation') !== undefined;
    return { words, governs: obligation ? 'obligation' : 'act' };
}

interface ActReading {
    act: ActKind;
    /** The verb the kind of act was read from, whose own agent acts when it is passive ("... and approved by the Secretary of State"). */
    verb?: Verb;
    actSpan?: Span;
    rung?: Rung;
}

const RUNG_OF: Partial<Record<DecisionsCategory, Rung>> = { inform: 'inform', consult: 'consult', involve: 'involve', collaborate: 'collaborate', delegate: 'delegate', control: 'control', voice: 'consult' };

/** Reads each verb of the statement in turn; the first that says what kind of act it is decides. */
function actOf(analysis: ProseAnalysis, proposition: Proposition): ActReading {
    for (const verb of proposition.verbs) {
        const reading = actOfVerb(analysis, proposition, verb.span, verb.passive);
        if (reading && reading.act !== 'other') return { ...reading, verb };
    }
    // "must prepare a plan and adopt it", "visit each applicant and determine their banding": one
    // subject and modal govern a second verb after the first one's object. Each kind of later verb
    // is looked for only when the ones before it said nothing.
    for (const laterOf of LATER_VERBS) {
        for (const later of laterOf(analysis, proposition)) {
            const reading = actOfVerb(analysis, proposition, later, false);
            if (reading && reading.act !== 'other') return reading;
        }
    }
    return { act: 'other' };
}

const LATER_VERBS: readonly ((analysis: ProseAnalysis, proposition: Proposition) => Span[])[] = [
    (analysis, proposition) => laterVerbs(analysis, proposition),
    (analysis, proposition) => chargedVerbs(analysis, proposition),
    (analysis, proposition) => verbAfterAside(analysis, proposition)
];

/** "(c) after considering any comments received, approve the scheme": the verb after an aside that opens the predicate. */
function verbAfterAside(analysis: ProseAnalysis, proposition: Proposition): Span[] {
    const verb = proposition.verb;
    if (!verb || !wordsOf('syntax', 'aside-opener').has(analysis.tokens[firstTokenAtOrAfter(analysis, verb.span.start)]?.norm ?? '')) return [];
    const { tokens } = analysis;
    for (let index = firstTokenAtOrAfter(analysis, verb.span.end); index + 1 < tokens.length && tokens[index + 1].end <= proposition.span.end; index++) {
        if (tokens[index].norm !== ',') continue;
        const next = tokens[index + 1];
        return next.kind === 'word' && verbFormOf(next)?.base ? [{ start: next.start, end: next.end }] : [];
    }
    return [];
}

/** "is responsible for deciding", "is charged with setting": the verb the words of charging give the subject. */
function chargedVerbs(analysis: ProseAnalysis, proposition: Proposition): Span[] {
    const object = proposition.object?.span;
    const charging = object && findPhrase(analysis, { start: proposition.span.start, end: Math.min(proposition.span.end, object.start + 40) }, 'acts', 'charged-with');
    if (!charging) return [];
    const next = analysis.tokens[firstTokenAtOrAfter(analysis, charging.end)];
    return next && next.kind === 'word' && verbFormOf(next)?.gerund ? [{ start: next.start, end: next.end }] : [];
}

/**
 * Plain verbs after the object of a statement that the same subject performs, up to the end of
 * the statement: joined by "and" or "or" ("prepare a plan and adopt it"), or giving the purpose
 * of the act ("review each recipient's performance to determine whether ..."). A party just
 * before "to" is the one who acts instead ("enable residents to decide"), so that verb is not the subject's.
 */
function laterVerbs(analysis: ProseAnalysis, proposition: Proposition): Span[] {
    const object = proposition.object?.span;
    if (!object) return [];
    const found: Span[] = [];
    const { tokens } = analysis;
    const parties = analysis.matches('actors');
    // Asked of every word of every object, so the word lists are looked up once.
    const conjunctions = wordsOf('syntax', 'conjunction');
    const infinitive = wordsOf('syntax', 'infinitive');
    const adverbs = wordsOf('syntax', 'adverb');
    for (let index = firstTokenAtOrAfter(analysis, object.start); index + 1 < tokens.length && tokens[index + 1].end <= object.end; index++) {
        const { norm } = tokens[index];
        const joins = conjunctions.has(norm);
        const purpose = infinitive.has(norm) && index > 0 && !parties.some((party) => party.span.end === tokens[index - 1].end);
        if (!joins && !purpose) continue;
        // "and then determine": an adverb may stand between the joining word and the verb.
        const next = adverbs.has(tokens[index + 1].norm) && tokens[index + 2] && tokens[index + 2].end <= object.end ? tokens[index + 2] : tokens[index + 1];
        if (next.kind === 'word' && verbFormOf(next)?.base && !startsNoAct(analysis, next)) found.push({ start: next.start, end: next.end });
    }
    return found;
}

// How many characters of the object a verb's document or standard may sit within:
// "send the committee a report", "establish ... measurable performance benchmarks".
const OBJECT_REACH = 80;

// The lexicon categories a verb is looked up in, for the quick test that most verbs pass straight through.
const VERB_CATEGORIES: readonly (readonly ['decisions' | 'acts' | 'framing', string])[] = [
    ['decisions', 'take-part'], ['decisions', 'voice'], ['decisions', 'consult'], ['decisions', 'inform'], ['decisions', 'involve'], ['decisions', 'decision'],
    ['decisions', 'collaborate'], ['decisions', 'delegate'], ['decisions', 'control'], ['acts', 'standard-setting'], ['acts', 'report'], ['acts', 'record'],
    ['acts', 'assent'], ['acts', 'fund'], ['acts', 'veto'], ['acts', 'making'], ['framing', 'support'], ['acts', 'judging']
];
// Bit i of a word's act mask stands for VERB_CATEGORIES[i]: the categories with a phrase starting with that word.
let actMasks: ReadonlyMap<string, number> | undefined;
const ACT_BITS = new Map<string, Map<string, number>>();
VERB_CATEGORIES.forEach(([lexicon, category], index) => {
    let byCategory = ACT_BITS.get(lexicon);
    if (!byCategory) ACT_BITS.set(lexicon, byCategory = new Map());
    byCategory.set(category, 1 << index);
});

/**
 * Which act categories have a phrase starting at the verb (as ACT_BITS); 0 for most verbs. Hot:
 * asked for every verb of every statement, so each category is ruled in or out by one lookup.
 */
function actMaskAt(analysis: ProseAnalysis, verb: Span): number {
    actMasks ??= buildActMasks();
    const token = analysis.tokens[firstTokenAtOrAfter(analysis, verb.start)];
    return token === undefined || token.start !== verb.start ? 0 : actMasks.get(token.norm) ?? 0;
}

function buildActMasks(): Map<string, number> {
    const masks = new Map<string, number>();
    VERB_CATEGORIES.forEach(([lexicon, category], index) => {
        for (const word of startWordsOf(lexicon, category as never) ?? []) masks.set(word, (masks.get(word) ?? 0) | (1 << index));
    });
    return masks;
}

/** True when no category a verb is looked up in has a phrase starting with this word. */
function startsNoAct(analysis: ProseAnalysis, verb: Span): boolean {
    return actMaskAt(analysis, verb) === 0;
}

// The views a neutral verb's object can offer ("make arrangements for obtaining the views of the public").
const VIEW_CATEGORIES = ['consult', 'involve', 'take-part'] as const;
let viewGates: readonly CategoryGate[] | undefined;

// Most objects name no views at all: one pass over their words rules that out before each category
// is searched. A category whose phrases may start anywhere has no gate, and is not looked for here.
function mayNameViews(analysis: ProseAnalysis, span: Span): boolean {
    viewGates ??= VIEW_CATEGORIES.map((category) => categoryGate('decisions', category)).filter((gate) => gate !== undefined);
    const { tokens } = analysis;
    for (let index = firstTokenAtOrAfter(analysis, span.start); index < tokens.length && tokens[index].start < span.end; index++) {
        for (const gate of viewGates) if (passesGate(tokens[index], gate)) return true;
    }
    return false;
}

/** The kind of act a verb performs; `objectStart` is where its object starts when it is not the statement's main verb. */
function actOfVerb(analysis: ProseAnalysis, proposition: Proposition, verb: Span, passive: boolean, objectStart = proposition.object?.span.start ?? verb.end): ActReading | undefined {
    const verbToken = firstTokenAtOrAfter(analysis, verb.start);
    const mask = actMaskAt(analysis, verb);
    const objectHead: Span = { start: objectStart, end: Math.min(proposition.span.end, objectStart + OBJECT_REACH) };
    // Most verbs start no phrase of any act category, and every reading below but the last needs
    // one: for them only the views their object offers can say what they do.
    if (mask === 0) return viewsOffered(analysis, objectHead);
    const at = (lexicon: 'decisions' | 'acts' | 'framing', category: string) => ((mask & ACT_BITS.get(lexicon)!.get(category)!) === 0 ? undefined : phraseAtToken(analysis, verbToken, lexicon, category as never));
    const objectHas = (category: 'standard' | 'document' | 'plan' | 'judged') => findPhrase(analysis, objectHead, 'acts', category) !== undefined;
    const takesPart = at('decisions', 'take-part');
    if (takesPart) return { act: 'give-views', actSpan: takesPart, rung: 'involve' };
    const voice = at('decisions', 'voice') ?? (passive ? at('decisions', 'consult') ?? at('decisions', 'inform') : undefined);
    if (voice) return { act: 'give-views', actSpan: voice, rung: passive && at('decisions', 'inform') ? 'inform' : 'consult' };
    // "must agree with each family what a good outcome would be": deciding with someone is sharing the decision.
    const jointly = at('decisions', 'collaborate');
    if (jointly && jointly.end > verb.end && !onlyInstitutionsHeard(analysis, proposition)) return { act: 'share', actSpan: jointly, rung: 'collaborate' };
    const setting = at('acts', 'standard-setting');
    if (setting && (objectHas('standard') || (passive && subjectHas(analysis, proposition, 'standard')))) return { act: 'set-standards', actSpan: setting };
    // "performance will be assessed by the board": a verdict on success is a decision.
    const judging = at('acts', 'judging');
    if (judging && (objectHas('judged') || (passive && subjectHas(analysis, proposition, 'judged')))) return { act: 'decide', actSpan: judging };
    const report = at('acts', 'report');
    // "explain how the board has sought views": an account of what was done, whatever it is about.
    if (report && (objectHas('document') || phraseStartingAt(analysis, analysis.tokens[firstTokenAtOrAfter(analysis, objectStart)]?.start ?? -1, 'syntax', 'report-object')
        || (!passive && !at('acts', 'making') && reportsOn(analysis, objectStart)))) return { act: 'report', actSpan: report };
    // "before making an order", "the scheme shall be framed by the authority": making a plan or an order decides it.
    const making = at('acts', 'making');
    // Making regulations or an order as the main act is law-making, which has its own reading (institutionSignal).
    const madeHead = making && !draftIn(analysis, objectStart, objectHead.end) ? headNounIs(analysis, objectStart, 'acts', 'plan') : undefined;
    if (making && !at('decisions', 'inform') && !(verb.start === proposition.verb?.span.start && findPhrase(analysis, objectHead, 'framing', 'rule-making')) && (madeHead || (passive && subjectHas(analysis, proposition, 'plan')))
        // "make arrangements to secure continuous improvement" decides how; "make arrangements for residents to decide" hands the decision on.
        && !namesCommunity(analysis, objectHead) && !mayNameViews(analysis, objectHead) && !namesAVote(analysis, objectHead)) return { act: 'decide', actSpan: madeHead && madeHead.start - making.end <= 1 ? { start: making.start, end: madeHead.end } : making };
    const decisionMade = making && passive ? decisionInSubject(analysis, proposition) : undefined;
    if (decisionMade) return { act: 'decide', actSpan: decisionMade };
    const record = at('acts', 'record');
    if (record && findPhrase(analysis, objectHead, 'outputs', 'record')) return { act: 'keep-record', actSpan: record };
    const community = proposition.actor.kind === 'community';
    const assenting = proposition.modal?.kind === 'duty' || community ? at('acts', 'assent') : undefined;
    const assent = assenting && (community || answersSomeone(analysis, proposition)) ? assenting : undefined;
    if (assent) return { act: 'assent', actSpan: assent };
    const fund = at('acts', 'fund');
    // "must pay the organisation's set-up costs": money a duty sends to a community body supports it.
    // "grant permission", "award the licence": giving a decision, not money.
    if (fund && headNounIs(analysis, objectStart, 'decisions', 'decision') && !headNounIs(analysis, objectStart, 'acts', 'fund')) return { act: 'decide', actSpan: fund };
    // "are to be awarded by the Director, having regard to the panel's recommendations": after a passive's agent, only "to ..." names a recipient.
    if (fund) return { act: proposition.modal?.kind === 'duty' && namesCommunity(analysis, passive ? recipientAfterAgent(analysis, objectHead) : objectHead) ? 'support' : 'fund', actSpan: fund };
    // A phrasal verb is a decision only as a whole: "sign off" is, "set out" is not.
    const decision = at('decisions', 'decision');
    // "prepare and adopt a report", "approve and submit an annual report": signing off an account is transparency, not a decision over anyone.
    if (decision && decision.end >= verb.end && !passive && signsOffDocument(analysis, decision.end, objectStart) && !objectHas('plan')) return { act: 'report', actSpan: decision };
    // "certify the result of the petition": administering the community's vote.
    if (decision && decision.end >= verb.end && phraseStartingAt(analysis, analysis.tokens[firstTokenAtOrAfter(analysis, objectStart)]?.start ?? -1, 'syntax', 'result-of') && namesAVote(analysis, objectHead)) return { act: 'support', actSpan: decision };
    if (decision && decision.end >= verb.end) return { act: 'decide', actSpan: decision };
    // Telling people is transparency: it gives them the lowest rung and places no decision.
    const inform = at('decisions', 'inform');
    // Publishing a plan or a scheme is making it; publishing information or "it" is transparency.
    if (inform) return { act: objectHas('plan') ? 'other' : 'report', actSpan: inform, rung: 'inform' };
    for (const category of ['consult', 'involve'] as const) {
        const found = at('decisions', category);
        if (found && !onlyInstitutionsHeard(analysis, proposition)) return { act: 'seek-views', actSpan: found, rung: RUNG_OF[category] };
    }
    for (const category of ['collaborate', 'delegate', 'control'] as const) {
        const found = at('decisions', category);
        if (found) return { act: 'share', actSpan: found, rung: RUNG_OF[category] };
    }
    const support = at('framing', 'support');
    if (support) return { act: 'support', actSpan: support };
    return viewsOffered(analysis, objectHead);
}

/**
 * "make arrangements for obtaining the views of the public", "provide opportunities for the
 * involvement of citizens": the verb is neutral, and what it provides is a rung of participation.
 * Only the object itself, up to a condition: "complies with this section if it publishes ..." provides nothing.
 */
function viewsOffered(analysis: ProseAnalysis, objectHead: Span): ActReading | undefined {
    if (!mayNameViews(analysis, objectHead)) return undefined;
    const views = VIEW_CATEGORIES.filter((category) => findPhrase(analysis, objectHead, 'decisions', category));
    if (views.length === 0) return undefined;
    const objectOnly: Span = { start: objectHead.start, end: objectEnd(analysis, objectHead) };
    // "may do anything that helps people to take part in local decisions": helping people take part supports them.
    const helps = findPhrase(analysis, objectOnly, 'framing', 'support');
    for (const category of views) {
        const found = findPhrase(analysis, objectOnly, 'decisions', category);
        if (found && helps && helps.start < found.start) return { act: 'support', actSpan: helps };
        if (found) return { act: 'seek-views', actSpan: found, rung: category === 'consult' ? 'consult' : 'involve' };
    }
    return undefined;
}

// How many words may stand between a reporting verb and the word that says what it is about ("to the Commission every two years on").
const WORDS_BEFORE_TOPIC = 7;

/** "report annually on the steps taken", "report to the Minister on the number of actions": the verb's own account, about what follows. */
function reportsOn(analysis: ProseAnalysis, objectStart: number): boolean {
    const { tokens } = analysis;
    const first = firstTokenAtOrAfter(analysis, objectStart);
    for (let index = first; index < tokens.length && index - first <= WORDS_BEFORE_TOPIC; index++) {
        if (tokens[index].kind === 'punct' || (index > first && verbFormOf(tokens[index])?.base && !isWord(tokens[index - 1].norm, 'determiner'))) return false;
        if (phraseAtToken(analysis, index, 'syntax', 'report-topic')) return true;
    }
    return false;
}

/**
 * "must agree to the request", "must grant the lease if most households back it": a duty to say
 * yes answers a request or a condition. Without one, "must approve the plan" places the approval
 * with the duty-bearer.
 */
function answersSomeone(analysis: ProseAnalysis, proposition: Proposition): boolean {
    const sentence = analysis.sentences[proposition.sentence];
    if (!sentence) return false;
    const inSentence = (lexicon: 'framing', category: 'request' | 'response' | 'community-say') => analysis.matches(lexicon, category).some((match) => match.span.start >= sentence.span.start && match.span.end <= sentence.span.end);
    return inSentence('framing', 'request') || inSentence('framing', 'response') || conditionsIn(analysis, sentence.span).length > 0;
}

/**
 * The conditions of a sentence, each from the word that opens it ("if", "unless", "where") to the
 * next comma, semicolon or the end of the sentence, read whether or not a statement was found in them.
 */
export function conditionsIn(analysis: ProseAnalysis, span: Span): Span[] {
    const found: Span[] = [];
    const openers = wordsOf('syntax', 'condition-opener');
    const { tokens } = analysis;
    for (let index = firstTokenAtOrAfter(analysis, span.start); index < tokens.length && tokens[index].end <= span.end; index++) {
        if (!openers.has(tokens[index].norm)) continue;
        let end = index + 1;
        while (end < tokens.length && tokens[end].end <= span.end && tokens[end].norm !== ',' && tokens[end].norm !== ';') end++;
        found.push({ start: tokens[index].start, end: tokens[end - 1].end });
    }
    return found;
}

/** Where an object ends: at a semicolon or colon, or where a condition, a time or a reason opens. */
/** After a passive's agent, a recipient is named only straight after "to" ("are to be paid by the council to the forum"). */
function recipientAfterAgent(analysis: ProseAnalysis, span: Span): Span {
    const first = analysis.tokens[firstTokenAtOrAfter(analysis, span.start)];
    return first?.norm === 'to' && first.start === span.start ? span : { start: span.start, end: span.start };
}

function objectEnd(analysis: ProseAnalysis, span: Span): number {
    const { tokens } = analysis;
    for (let index = firstTokenAtOrAfter(analysis, span.start); index < tokens.length && tokens[index].end <= span.end; index++) {
        const { norm } = tokens[index];
        if (norm === ';' || norm === ':' || (['condition-opener', 'time-opener', 'reason-opener'] as const).some((category) => isWord(norm, category))) return tokens[index].start;
    }
    return span.end;
}

/** True when a word is listed in a syntax category. */
export function isWord(norm: string | undefined, category: CategoryOf<'syntax'>): boolean {
    return isSyntaxWord(norm, category);
}

/** "the council" -> "council": a noun phrase without its opening determiner. */
export function withoutDeterminer(words: string): string {
    const trimmed = words.trim();
    const first = trimmed.split(/\s+/)[0] ?? '';
    return isWord(first.toLowerCase(), 'determiner') ? trimmed.slice(first.length).trim() : trimmed;
}

// How many words may describe a head noun before it ("a compulsory purchase order").
const MODIFIERS_BEFORE_HEAD = 2;

/** The head of the noun phrase at an offset, when it is of the category: "an order", not "provision about plans". */
function headNounIs(analysis: ProseAnalysis, offset: number, lexicon: 'acts' | 'decisions', category: 'plan' | 'decision' | 'fund' | 'document'): Span | undefined {
    const { tokens } = analysis;
    let index = firstTokenAtOrAfter(analysis, offset);
    while (index < tokens.length && wordsOf('syntax', 'determiner').has(tokens[index].norm)) index++;
    for (let word = index; word < tokens.length && word - index <= MODIFIERS_BEFORE_HEAD; word++) {
        if (wordsOf('syntax', 'preposition').has(tokens[word].norm) || tokens[word].kind === 'punct') return undefined;
        const head = phraseStartingAt(analysis, tokens[word].start, lexicon, category as never);
        if (head) return head;
    }
    return undefined;
}

/** "adopt a report", "approve the annual report": the verb's own object, straight after it, is an account. */
function signsOffDocument(analysis: ProseAnalysis, verbEnd: number, objectStart: number): boolean {
    const index = firstTokenAtOrAfter(analysis, objectStart);
    const first = analysis.tokens[index];
    // "approve and submit an annual report": a coordinated verb may stand between; "rejects and its reasons" is a new object.
    const joined = index === firstTokenAtOrAfter(analysis, verbEnd) || verbForm(analysis.tokens[index - 1]?.norm ?? '') !== undefined;
    return first !== undefined && joined && isWord(first.norm, 'determiner') && headNounIs(analysis, objectStart, 'acts', 'document') !== undefined;
}

/** "Schemes shall be made by ...", "Targets may be set by ...": the subject of a passive is what the act makes. */
function subjectHas(analysis: ProseAnalysis, proposition: Proposition, category: 'plan' | 'standard' | 'judged'): boolean {
    const subject = proposition.actor.phrase?.span;
    return subject !== undefined && findPhrase(analysis, subject, 'acts', category) !== undefined;
}

/** "Appointments to the board are to be made by ...", "the decision as to which sites are restored is to be made by ...": a decision made is decided. */
function decisionInSubject(analysis: ProseAnalysis, proposition: Proposition): Span | undefined {
    const subject = proposition.actor.phrase?.span;
    if (!subject) return undefined;
    const { tokens } = analysis;
    let head = firstTokenAtOrAfter(analysis, subject.start);
    while (head < tokens.length && tokens[head].start < subject.end && isWord(tokens[head].norm, 'determiner')) head++;
    return head < tokens.length && tokens[head].start < subject.end ? phraseAtToken(analysis, head, 'decisions', 'decision') : undefined;
}

/** "prepare a draft scheme", "the proposed plan": a provisional word among the first words of the object. */
function draftIn(analysis: ProseAnalysis, start: number, end: number): boolean {
    const { tokens } = analysis;
    const first = firstTokenAtOrAfter(analysis, start);
    for (let index = first; index < tokens.length && tokens[index].end <= end && index - first <= MODIFIERS_BEFORE_HEAD + 1; index++) {
        if (isWord(tokens[index].norm, 'provisional')) return true;
    }
    return false;
}

/** "make arrangements to hold a referendum": a vote or a say of the people in the span hands the decision on. */
export function namesAVote(analysis: ProseAnalysis, span: Span): boolean {
    return findPhrase(analysis, span, 'framing', 'threshold') !== undefined || findPhrase(analysis, span, 'framing', 'community-say') !== undefined;
}

function namesCommunity(analysis: ProseAnalysis, span: Span): boolean {
    return analysis.matches('actors', 'community').some((match) => match.span.start >= span.start && match.span.end <= span.end);
}

function isBoundPassive(analysis: ProseAnalysis, proposition: Proposition): boolean {
    return proposition.verbs.some((verb) => startsAt(analysis, verb.span, 'framing', 'obligation') !== undefined || isCountedDone(analysis, verb.span));
}

/** "A council that has held a meeting is to be treated as having complied": the subject of being counted compliant is the one bound. */
function isCountedDone(analysis: ProseAnalysis, verb: Span): boolean {
    return analysis.matches('framing', 'counted-done').some((match) => match.span.start <= verb.start && match.span.end >= verb.end);
}

function isVoicePassive(analysis: ProseAnalysis, proposition: Proposition): boolean {
    return proposition.verbs.some((verb) => ['consult', 'inform', 'voice'].some((category) => startsAt(analysis, verb.span, 'decisions', category) !== undefined));
}

/** "consults the police on it": asking another public body gives the community no rung at all. */
function onlyInstitutionsHeard(analysis: ProseAnalysis, proposition: Proposition): boolean {
    const object = proposition.object?.span;
    if (!object) return false;
    const named = analysis.matches('actors').filter((match) => match.span.start >= object.start && match.span.end <= object.end);
    return named.length > 0 && named.every((match) => match.category === 'institution');
}

/** The phrase of a lexicon category that starts at the verb, if any. */
function startsAt(analysis: ProseAnalysis, verb: Span, lexicon: 'decisions' | 'acts' | 'framing', category: string): Span | undefined {
    return phraseStartingAt(analysis, verb.start, lexicon, category as never);
}
