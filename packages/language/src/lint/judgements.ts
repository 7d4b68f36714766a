import { findPhrase, firstTokenAtOrAfter, phraseAtToken, phraseStartingAt, verbForm, verbFormOf, wordsOf, type ActorKind, type LexiconMatch, type Proposition, type ProseAnalysis, type Span } from '../prose/index.js';
import { conditionsIn, isWord, namesAVote, rolesOf, sameBodyNamedEarlier, type ActKind, type StatementRole } from './roles.js';

/**
 * Readings of a piece of prose that the four-shift rules share: whether it places power with an
 * institution, defines success by numbers alone, or counts activity. Each returns the span of
 * text that shows it and the reason, or undefined. Calibrated on the labelled corpus
 * (test/calibration), but written as general readings of legal sentences, not as a list of cases.
 */
export interface Judgement {
    span: Span;
    /** Which kind of evidence was found: the id of the rule message that explains it. */
    messageId: string;
    /** What the message quotes: `actor` (who holds the power, as a noun phrase) and `words` (from the clause). */
    data: Readonly<Record<string, string>>;
}

const within = (inner: Span, outer: Span) => inner.start >= outer.start && inner.end <= outer.end;
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

function live<N extends LexiconMatch>(matches: readonly N[], span: Span): N[] {
    return matches.filter((match) => !match.negated && within(match.span, span));
}

/** A sentence with words by which a later statement limits an earlier one: "The panel sets priorities. Success, however, is decided by the Treasury." */
function hasContrast(analysis: ProseAnalysis, sentence: number): boolean {
    const span = analysis.sentences[sentence]?.span;
    return span !== undefined && findPhrase(analysis, span, 'syntax', 'contrast') !== undefined;
}

/** Acts by which the actor keeps a decision. */
const DECIDING: ReadonlySet<ActKind> = new Set(['decide', 'set-standards']);

/**
 * Does the community hold a decision anywhere in this text: a community body that decides, sets
 * its own terms or takes control, a control phrase that gives people the decision ("is for the
 * trust alone to decide"), or a decision that a community owns ("the assembly's decision")?
 */
function communityDecides(analysis: ProseAnalysis, roles: readonly StatementRole[]): boolean {
    const holding = analysis.matches('framing', 'holding');
    const controlSaid = analysis.matches('decisions', 'control').some((match) => !match.negated && holding.some((word) => within(word.span, match.span)));
    if (controlSaid || communityOwnsDecision(analysis) || live(analysis.matches('framing', 'vote-approved'), { start: 0, end: analysis.text.length }).length > 0) return true;
    if (roles.some((role) => role.clause !== undefined && !role.negation && (isBallot(analysis, role) || (role.actor.side === 'community' && saysSomething(analysis, role))))) return true;
    return roles.some((role) => role.actor.side === 'community' && !role.negation
        && (DECIDING.has(role.act) || role.act === 'share' || role.act === 'fund'));
}

/** "the assembly's decision", "the decision of the forum", "the members' approval": a decision a community owns. */
function communityOwnsDecision(analysis: ProseAnalysis): boolean {
    return decisionOwners(analysis).some((owner) => owner.kind === 'community');
}

/**
 * Who owns each decision named as a noun: the possessor ("the landlord's decisions"), the "of" or
 * "by" phrase after it ("the decision of the estates committee", "approval by the council"), or the
 * body it "rests", "lies" or "remains" with ("the choice of route remains with the executive").
 */
const ownersCache = new WeakMap<ProseAnalysis, { kind: ActorKind; words: string; decision: LexiconMatch }[]>();

function decisionOwners(analysis: ProseAnalysis): { kind: ActorKind; words: string; decision: LexiconMatch }[] {
    let cached = ownersCache.get(analysis);
    if (!cached) ownersCache.set(analysis, cached = findDecisionOwners(analysis));
    return cached;
}

function findDecisionOwners(analysis: ProseAnalysis): { kind: ActorKind; words: string; decision: LexiconMatch }[] {
    const owners: { kind: ActorKind; words: string; decision: LexiconMatch }[] = [];
    const actors = analysis.matches('actors');
    // "ascertain the wishes and feelings of the child": a say someone else seeks is views, not a decision.
    const sought = [...analysis.matches('decisions', 'consult'), ...analysis.matches('decisions', 'voice')];
    const decisions = [...analysis.matches('decisions', 'decision'), ...analysis.matches('framing', 'community-say').filter((say) => !sought.some((views) => within(say.span, views.span)))]
        // "may not sell the land without the consent of the Minister": a negation refuses the act, not the consent it waits on.
        .filter((match) => gatesDecision(analysis, match) || (!match.negated && isNounUse(analysis, match)));
    for (const decision of decisions) {
        // An owner stands within a few words of its decision; the regular expressions are asked only of those.
        // Only parties count as owners: "approval of each neighbourhood plan lies with the committee" is the committee's.
        const holder = pronounOwner(analysis, decision);
        if (holder) {
            owners.push({ ...holder, decision });
            continue;
        }
        const near = actors.filter((actor) => actor.category !== 'other' && actor.span.end >= decision.span.start - 40 && actor.span.start <= decision.span.end + 100);
        if (near.length === 0) continue;
        const before = near.find((actor) => actor.span.end <= decision.span.start && isPossessor(analysis, actor, decision));
        const after = near.find((actor) => actor.span.start >= decision.span.end && ownerAfter(analysis, decision, actor));
        const owner = before ?? after;
        if (owner) owners.push({ kind: owner.category, words: owner.text, decision });
    }
    return owners;
}

/**
 * "take the record into account in its evaluation of an application": a possessive pronoun makes
 * the decision that of the statement's own actor; in a phrase that opens the sentence ("In its
 * evaluation of an application, the agency ..."), of the statement that follows.
 */
function pronounOwner(analysis: ProseAnalysis, decision: LexiconMatch): { kind: ActorKind; words: string } | undefined {
    const before = analysis.tokens[firstTokenAtOrAfter(analysis, decision.span.start) - 1];
    if (!before || !isWord(before.norm, 'possessive-pronoun')) return undefined;
    const parties = rolesOf(analysis).filter((candidate) => candidate.proposition.sentence === decision.sentence && (candidate.actor.side === 'institution' || candidate.actor.side === 'community'));
    const role = parties.find((candidate) => within(decision.span, candidate.span)) ?? parties.find((candidate) => candidate.span.start >= decision.span.end);
    // "must report on the Fund's investments and its awards": what a report is about is not a decision the reporter takes.
    if (!role || role.act === 'report' || role.act === 'keep-record' || role.reportVerb) return undefined;
    return role.actor.words ? { kind: role.actor.side, words: role.actor.words } : undefined;
}

/** A decision word used as a noun: after a determiner, a possessive or an adjective, not after a modal or subject. */
function isNounUse(analysis: ProseAnalysis, match: LexiconMatch): boolean {
    // "decision", "approvals": a form no verb has is a noun wherever it stands ("the landlord's investment decisions").
    if (verbForm(match.text.split(/\s+/)[0]) === undefined) return true;
    const index = firstTokenAtOrAfter(analysis, match.span.start);
    const previous = analysis.tokens[index - 1];
    // "Final approval of each plan ...", "Approval of the plan rests with ...": a capitalised first word is a noun too.
    if (!previous) return !/(ed|ing)$/.test(match.text);
    if (/(ed|ing)$/.test(match.text) && !isWord(previous.norm, 'noun-marker')) return false;
    return previous.possessive || isWord(previous.norm, 'determiner') || isWord(previous.norm, 'noun-marker') || (previous.kind === 'punct' && /^[A-Z]/.test(match.text));
}

function isPossessor(analysis: ProseAnalysis, actor: LexiconMatch, decision: LexiconMatch): boolean {
    const last = analysis.tokens[firstTokenAtOrAfter(analysis, actor.span.end) - 1];
    if (!last?.possessive) return false;
    const between = analysis.text.slice(actor.span.end, decision.span.start);
    return /^[\s\w-]{0,30}$/.test(between) && !/[,;]/.test(between);
}

// How far, in words, an owner may stand after the words that link it to its decision ("the" and
// two more), and how far those words may stand after the decision.
const WORDS_AFTER_LINK = 3;
const WORDS_BEFORE_LINK = 8;

/** "approval of each neighbourhood plan lies with the committee", "the decision of the board": the linking words name the owner. */
function ownerAfter(analysis: ProseAnalysis, decision: LexiconMatch, actor: LexiconMatch): boolean {
    const between = analysis.text.slice(decision.span.end, actor.span.start);
    if (between.length >= 80 || /[,;.]/.test(between)) return false;
    // "grant permission notwithstanding any objection made by the community council": the owner named after a later decision word is that word's.
    // A decision word inside a party's name ("the select committee") is part of the name.
    const names = analysis.matches('actors');
    if ([...analysis.matches('decisions', 'decision'), ...analysis.matches('framing', 'community-say')].some((other) => other.span.start >= decision.span.end && other.span.end <= actor.span.start
        && !names.some((name) => overlaps(name.span, other.span)))) return false;
    const partiesBetween = analysis.matches('actors').filter((other) => other.category !== 'other' && other.span.start >= decision.span.end && other.span.end <= actor.span.start);
    const { tokens } = analysis;
    const first = firstTokenAtOrAfter(analysis, decision.span.end);
    const last = firstTokenAtOrAfter(analysis, actor.span.start);
    for (let index = first; index < last && index - first <= WORDS_BEFORE_LINK; index++) {
        const link = phraseStartingAt(analysis, tokens[index].start, 'syntax', 'owner-link');
        if (!link || last - firstTokenAtOrAfter(analysis, link.end) > WORDS_AFTER_LINK) continue;
        // "appointments to the board of the community partnership": the "of" belongs to the party named just before it.
        return !partiesBetween.some((other) => analysis.text.slice(other.span.end, link.start).trim() === '');
    }
    return false;
}

/**
 * A condition that hands the decision to the community: a statement inside "if", "where",
 * "unless" or "once" whose actor is on the community side and which decides, asks, votes or
 * objects ("if most households back it in a ballot", "unless the forum objects"), or a phrase of
 * response ("at the request of", "applied for") in the same sentence.
 */
function boundToCommunity(analysis: ProseAnalysis, roles: readonly StatementRole[], role: StatementRole): boolean {
    const sentence = analysis.sentences[role.proposition.sentence];
    if (!sentence) return false;
    if (live(analysis.matches('framing', 'response'), sentence.span).length > 0) return true;
    // "if a majority of those voting in the referendum support it": a vote or a say with no institution named in the condition.
    if (conditionsIn(analysis, sentence.span).some((condition) => decidedByPeople(analysis, roles, condition))) return true;
    return roles.some((other) => other !== role && other.clause !== undefined && other.proposition.sentence === role.proposition.sentence && !other.negation
        && (((other.actor.side === 'community' || communityNamedIn(analysis, other.span)) && saysSomething(analysis, other)) || isBallot(analysis, other)));
}

/** A vote, or a community's say ("unless the forum objects"), with no institution acting or named in the span. */
function decidedByPeople(analysis: ProseAnalysis, roles: readonly StatementRole[], span: Span): boolean {
    if (analysis.matches('actors', 'institution').some((match) => within(match.span, span))) return false;
    if (roles.some((role) => role.actor.side === 'institution' && role.actSpan && within(role.actSpan, span))) return false;
    return ['threshold', 'community-say'].some((category) => live(analysis.matches('framing', category as 'threshold'), span).length > 0);
}

/** "if a majority of those voting approve": a vote with no institution named in it is the community's. */
function isBallot(analysis: ProseAnalysis, role: StatementRole): boolean {
    return live(analysis.matches('framing', 'threshold'), role.span).length > 0 && !analysis.matches('actors', 'institution').some((match) => within(match.span, role.span));
}

/** Where the clause that holds `from` ends: the next comma or semicolon, or `end`. */
function commaAfter(analysis: ProseAnalysis, from: number, end: number): number {
    const { tokens } = analysis;
    for (let index = firstTokenAtOrAfter(analysis, from); index < tokens.length && tokens[index].end <= end; index++) {
        if (tokens[index].norm === ',' || tokens[index].norm === ';') return tokens[index].start;
    }
    return end;
}

/** The community, its vote or its views are named in the span: what an institution may be freed from following. */
function communitySayIn(analysis: ProseAnalysis, span: Span): boolean {
    return communityNamedIn(analysis, span) || namesAVote(analysis, span) || findPhrase(analysis, span, 'decisions', 'voice') !== undefined;
}

function communityNamedIn(analysis: ProseAnalysis, span: Span): boolean {
    return analysis.matches('actors', 'community').some((match) => within(match.span, span));
}

function saysSomething(analysis: ProseAnalysis, role: StatementRole): boolean {
    if (DECIDING.has(role.act) || role.act === 'share') return true;
    // "residents may make their views known before a decision is taken": a say inside a clause of its own is that clause's.
    const nested = rolesOf(analysis).filter((other) => other !== role && within(other.span, role.span) && other.span.start > role.span.start);
    return ['community-say', 'threshold', 'request'].some((category) => live(analysis.matches('framing', category as 'request'), role.span)
        .some((match) => !nested.some((other) => within(match.span, other.span))));
}

/** An institution making resources available "to enable" community bodies to act is supporting community power, not holding it. */
function supportsCommunity(analysis: ProseAnalysis, proposition: Proposition): boolean {
    const object = proposition.object;
    if (!object || !analysis.matches('framing', 'support').some((match) => within(match.span, object.span))) return false;
    return analysis.matches('actors', 'community').some((match) => within(match.span, object.span));
}

/** Sentences that state what a law is for ("The purpose of this Act is to ..."): they allocate no decision. */
function purposeSentences(analysis: ProseAnalysis): Set<number> {
    const purposes = analysis.matches('framing', 'purpose');
    const found = new Set<number>();
    for (const proposition of analysis.propositions) {
        if (found.has(proposition.sentence) || proposition.verb?.lemma !== 'be' || !proposition.actor.phrase) continue;
        if (purposes.some((match) => within(match.span, proposition.actor.phrase!.span))) found.add(proposition.sentence);
    }
    return found;
}

/**
 * "must prepare an annual report consisting of— (a) ... the performance targets set by the
 * municipality": a statement with no modal and no act of its own, in a sentence whose duty is to
 * report, is what the report contains, not a decision the clause places. So is any statement with
 * no modal inside the report's own words ("publish a statement setting out how they have involved people"),
 * or after them in the same sentence ("publish a statement of— (a) the number of areas designated").
 */
function isReportContent(roles: readonly StatementRole[], role: StatementRole): boolean {
    if (role.modal) return false;
    return roles.some((other) => other !== role && other.proposition.sentence === role.proposition.sentence && other.modal?.kind === 'duty'
        && other.clause === undefined && (other.act === 'report' || other.act === 'keep-record') && (role.act === 'other' || within(role.span, other.span) || role.span.start >= other.span.end));
}

/** Every statement is a duty to report, publish or keep a register: transparency allocates no decision. */
function isTransparencyOnly(analysis: ProseAnalysis, roles: readonly StatementRole[]): boolean {
    const duties = roles.filter((role) => role.clause === undefined && role.modal);
    return duties.length > 0 && duties.every((role) => role.act === 'report' || role.act === 'keep-record')
        && !roles.some((role) => (role.clause === undefined || addsToWhatPrecedes(analysis, role)) && (DECIDING.has(role.act) || role.act === 'seek-views' || role.act === 'fund'));
}

/**
 * Institution-led: an institution holds the decision, approval, veto, targets or money, while
 * the community is at most informed, consulted or involved.
 */
export function judgeInstitutionLed(analysis: ProseAnalysis): Judgement | undefined {
    if (!mayPlacePower(analysis)) return undefined;
    const roles = rolesOf(analysis);
    const purposes = purposeSentences(analysis);
    if (purposes.size > 0 && purposes.size === analysis.sentences.length) return undefined;
    const communityHolds = communityDecides(analysis, roles);
    const setAside = (sentence: number) => communityHolds && !hasContrast(analysis, sentence);
    // The institution's own judgement decides even inside a duty to produce a document ("the objectives which the council considers it appropriate to set").
    // "report on the key performance indicators prescribed by the Minister": the measures reported against are imposed, so the report is not transparency only.
    if (isTransparencyOnly(analysis, roles) && !analysis.matches('decisions', 'decision').some((decision) => setsAMeasure(analysis, decision))) return undefined;
    const judging = institutionJudges(analysis, roles);
    if (judging && !setAside(judging.sentence)) return { span: judging.span, messageId: 'discretion', data: { actor: judging.actor, words: judging.words } };
    // A veto over the community's decision keeps the power with the institution, whatever the community decided first.
    // "must revoke the order if the residents ask": a veto the community triggers is theirs; "may vary the amounts which residents have voted" overrides what it names.
    const triggers = roles.filter((role) => role.clause !== 'relative');
    const veto = roles.find((role) => role.veto && role.actor.side === 'institution' && !role.negation && role.act === 'decide' && !boundToCommunity(analysis, triggers, role));
    if (veto) return { span: veto.span, messageId: 'decision', data: { actor: actorText(veto), words: analysis.text.slice(veto.actSpan!.start, veto.actSpan!.end) } };
    // "Subject to the approval of the Secretary of State, the forum may adopt the plan": an approval the community waits on is a veto.
    const gate = decisionOwners(analysis).find((owner) => owner.kind === 'institution' && gatesDecision(analysis, owner.decision));
    if (gate) return { span: gate.decision.span, messageId: 'decision', data: { actor: bare(gate.words), words: analysis.text.slice(gate.decision.span.start, gate.decision.span.end) } };
    const hollow = participationCountedByOutput(analysis, roles);
    if (hollow && !setAside(hollow.role.proposition.sentence)) return { span: hollow.span, messageId: 'participation-as-output', data: { actor: actorText(hollow.role), words: analysis.text.slice(hollow.role.actSpan!.start, hollow.role.actSpan!.end) } };
    // Freed from following the community ("need not follow its outcome"), not from a model or a deadline ("is not to be required to adopt a standard model").
    const notBound = roles.find((role) => role.actor.side === 'institution' && role.negation?.governs === 'obligation' && role.act !== 'report' && role.act !== 'keep-record'
        && role.clause !== 'condition' && communitySayIn(analysis, { start: analysis.sentences[role.proposition.sentence].span.start, end: commaAfter(analysis, role.proposition.negation?.cue.span.end ?? role.span.start, role.span.end) }));
    if (notBound) return { span: notBound.span, messageId: 'not-bound', data: { actor: actorText(notBound), words: freeingWords(analysis, notBound) } };
    for (const role of roles) {
        if (purposes.has(role.proposition.sentence)) continue;
        // "after it has consulted the residents": consulting is the institution's act in a time clause too.
        // A time clause still says who acts ("before the authority adopts it"); a condition or a relative clause does not settle it.
        if (role.negation || (role.clause !== undefined && role.clause !== 'time' && role.act !== 'seek-views') || role.actor.side !== 'institution' || setAside(role.proposition.sentence)) continue;
        if (boundToCommunity(analysis, roles, role) || supportsCommunity(analysis, role.proposition) || isReportContent(roles, role)) continue;
        const signal = institutionSignal(analysis, role);
        if (signal) return { span: role.span, ...signal };
    }
    // "The council's target is that residents, in their own words, feel the help made a difference": a target judged by people's own accounts is not a yardstick held over them.
    const ownedTarget = analysis.matches('outcomes', 'qualitative').some((match) => !match.negated) ? undefined : targetOwner(analysis);
    if (ownedTarget && !setAside(sentenceAt(analysis, ownedTarget.span))) return { span: ownedTarget.span, messageId: 'targets', data: { actor: bare(ownedTarget.actor), words: ownedTarget.words } };
    // "Tenants may make representations, and the landlord must have regard to them": people only give views while an institution acts.
    const voice = roles.find((role) => role.actor.side === 'community' && role.act === 'give-views' && !role.negation && role.clause !== 'condition')
        ?? communityViews(analysis, roles);
    // The one who acts is an institution, or is hidden by a passive ("before the scheme is approved") while the community only gives views.
    const actingInstitution = voice && roles.find((role) => !role.negation && ((role.actor.side === 'institution' && (role.clause !== 'relative' || addsToWhatPrecedes(analysis, role)) && !['report', 'keep-record', 'support', 'assent'].includes(role.act))
        || (role.actor.side === 'none' && role.proposition.passive && DECIDING.has(role.act))));
    if (voice && actingInstitution && !communityHolds) return { span: voice.span, messageId: 'voice-only', data: { actor: actorText(actingInstitution), words: analysis.text.slice(voice.actSpan!.start, voice.actSpan!.end) } };
    // "Approval by the Secretary of State is not required for ...": a decision the statement says is not needed is not held.
    const owned = decisionOwners(analysis).find((owner) => owner.kind === 'institution' && !roles.some((role) => role.negation && within(owner.decision.span, role.span)));
    const named = owned ? { span: owned.decision.span, actor: bare(owned.words), words: owned.decision.text } : namedDecider(analysis, roles) ?? decisionBesideInstitution(analysis, roles);
    if (!named || setAside(sentenceAt(analysis, named.span))) return undefined;
    const voiceOnly = roles.find((role) => role.actor.side === 'community' && role.act === 'give-views');
    if (voiceOnly) return { span: voiceOnly.span, messageId: 'voice-only', data: { actor: named.actor, words: analysis.text.slice(voiceOnly.actSpan!.start, voiceOnly.actSpan!.end) } };
    return { span: named.span, messageId: 'decision', data: { actor: named.actor, words: named.words } };
}

/**
 * Every way a clause can place power with an institution goes through a word of deciding, acting,
 * judging, measuring, making rules or taking a duty away; most clauses of a statute book have
 * none of them, and are settled before their roles are read (the reading costs more than the search).
 */
function mayPlacePower(analysis: ProseAnalysis): boolean {
    if (analysis.matches('decisions').length > 0 || analysis.matches('acts').length > 0 || analysis.matches('qualifiers', 'discretion').length > 0) return true;
    if (analysis.matches('metrics').some((match) => !isBareNumber(match))) return true;
    return analysis.propositions.some((proposition) => proposition.modal?.kind === 'exemption' || proposition.negation !== undefined)
        || ['rule-making', 'gate', 'holder-of', 'matter-for', 'prevails', 'deadline', 'community-say'].some((category) => analysis.matches('framing', category as 'gate').length > 0);
}

/**
 * "The agency fulfils its obligation to co-produce the programme by inviting two service users",
 * "is treated as having complied with its duty to involve residents if it has held a meeting": a
 * duty to involve or share, counted as met by producing something, leaves the decision where it was.
 */
function participationCountedByOutput(analysis: ProseAnalysis, roles: readonly StatementRole[]): { span: Span; role: StatementRole } | undefined {
    const done = doneByOutput(analysis);
    if (!done) return undefined;
    const role = roles.find((candidate) => candidate.actor.side === 'institution' && (candidate.act === 'share' || candidate.act === 'seek-views') && candidate.actSpan && within(candidate.actSpan, done));
    return role && { span: done, role };
}

/** A number with no target, indicator or ranking named: a quantity or a percentage. */
function isBareNumber(match: LexiconMatch<'metrics'>): boolean {
    return match.category === 'quantity' || match.category === 'percentage';
}

/**
 * "shall ensure that, by 2035, recycling is increased to 65 %", "commits to ensuring that at least
 * 92 per cent of patients ...": what a body must ensure is said in the clause after the words of
 * answering, to the end of the sentence; a target or a percentage there is its target.
 */
function namesATargetAfter(analysis: ProseAnalysis, answerable: Span): boolean {
    const sentence = analysis.sentences[sentenceAt(analysis, answerable)];
    const rest = { start: answerable.end, end: sentence?.span.end ?? answerable.end };
    return analysis.matches('metrics').some((match) => !match.negated && within(match.span, rest) && (match.category === 'target' || match.category === 'percentage'));
}

/** A target, a percentage or a count in the statement: what an answerable body is answerable for. */
function setsANumber(analysis: ProseAnalysis, span: Span): boolean {
    return analysis.matches('metrics').some((match) => !match.negated && within(match.span, span)) || numericCounts(analysis).some((count) => within(count, span))
        || analysis.matches('outputs', 'count').some((match) => !match.negated && within(match.span, span));
}

// How many words may qualify a decision that an act waits on ("without the prior written consent of").
const WORDS_BEFORE_GATED = 4;

/** "subject to the approval of", "requires the consent of": the decision word is a gate others must pass. */
function gatesDecision(analysis: ProseAnalysis, decision: LexiconMatch): boolean {
    const { tokens } = analysis;
    const at = firstTokenAtOrAfter(analysis, decision.span.start);
    const determiners = wordsOf('syntax', 'determiner');
    const qualifiers = wordsOf('syntax', 'gate-qualifier');
    for (let index = at - 1; index >= 0 && at - index <= WORDS_BEFORE_GATED + 1; index--) {
        const gate = analysis.matches('framing', 'gate').find((match) => match.span.end === tokens[index].end);
        if (gate) return true;
        if (!determiners.has(tokens[index].norm) && !qualifiers.has(tokens[index].norm)) return false;
    }
    return false;
}

/**
 * "in the opinion of the authority", "as the Secretary of State considers appropriate", "if it is
 * satisfied": the test is an institution's own judgement, named in the words of the discretion
 * (or by a pronoun standing for the institution that acts before it).
 */
function institutionJudges(analysis: ProseAnalysis, roles: readonly StatementRole[]): { span: Span; sentence: number; actor: string; words: string } | undefined {
    const institutions = analysis.matches('actors', 'institution');
    for (const discretion of analysis.matches('qualifiers', 'discretion')) {
        // The statement the discretion qualifies: a report published "in such manner as the Director considers appropriate" is still transparency.
        const around = roles.filter((role) => within(discretion.span, role.span)).sort((a, b) => (a.span.end - a.span.start) - (b.span.end - b.span.start))[0];
        if (around && (around.negation || around.act === 'report' || around.act === 'keep-record' || around.actor.side === 'community')) continue;
        if (judgesOnlyForm(analysis, discretion)) continue;
        const named = institutions.find((actor) => within(actor.span, discretion.span)) ?? institutions.find((actor) => namedAfter(analysis, discretion.span, actor.span));
        if (named) return { span: discretion.span, sentence: discretion.sentence, actor: bare(named.text), words: discretion.text };
        if (around?.actor.side === 'institution' && standsForActor(analysis, discretion.span) && nearestParty(analysis, discretion.span.start) !== 'community') return { span: discretion.span, sentence: discretion.sentence, actor: actorText(around), words: discretion.text };
        // "the local authority is satisfied that ...": the discretion is the statement's own verb.
        const verb = around?.proposition.verb?.span;
        if (around?.actor.side === 'institution' && around.actor.foundBy === 'subject' && verb && within(verb, discretion.span)) return { span: discretion.span, sentence: discretion.sentence, actor: actorText(around), words: discretion.text };
    }
    return undefined;
}

/** "in such form as the authority considers appropriate": the discretion is over the form of an act only. */
function judgesOnlyForm(analysis: ProseAnalysis, discretion: LexiconMatch): boolean {
    return analysis.matches('qualifiers', 'form-only').some((form) => form.span.end <= discretion.span.start && analysis.text.slice(form.span.end, discretion.span.start).trim() === '');
}

/** "as it considers appropriate", "in its opinion": a pronoun in the words stands for the body that acts. */
function standsForActor(analysis: ProseAnalysis, span: Span): boolean {
    const { tokens } = analysis;
    for (let index = firstTokenAtOrAfter(analysis, span.start); index < tokens.length && tokens[index].end <= span.end; index++) {
        if (isWord(tokens[index].norm, 'pronoun') || isWord(tokens[index].norm, 'possessive-pronoun')) return true;
    }
    return false;
}

// How many words may name a party's kind before the word the lexicon knows ("the planning officer").
const MODIFIERS_BEFORE_PARTY = 2;

/** "at the discretion of the health board": a party named straight after words that end in a link to their owner. */
function namedAfter(analysis: ProseAnalysis, words: Span, party: Span): boolean {
    const { tokens } = analysis;
    const last = tokens[firstTokenAtOrAfter(analysis, words.end) - 1];
    if (!last || !wordsOf('syntax', 'owner-link').has(last.norm)) return false;
    let next = firstTokenAtOrAfter(analysis, words.end);
    while (next < tokens.length && wordsOf('syntax', 'determiner').has(tokens[next].norm)) next++;
    // "in the opinion of the planning officer": the party's own modifiers may come first.
    for (let modifiers = 0; modifiers <= MODIFIERS_BEFORE_PARTY && tokens[next]?.kind === 'word'; modifiers++, next++) {
        if (tokens[next].start === party.start) return true;
    }
    return false;
}

/**
 * "after considering the recommendations of the Gram Sabha", "tenants' views": views a community
 * owns, which an institution weighs. Read as the community's part when no statement gives it one.
 */
function communityViews(analysis: ProseAnalysis, roles: readonly StatementRole[]): StatementRole | undefined {
    const community = analysis.matches('actors', 'community');
    for (const views of [...analysis.matches('decisions', 'voice'), ...analysis.matches('decisions', 'consult')]) {
        if (views.negated || !/(s|views|comments)$/i.test(views.text)) continue;
        const owner = community.find((actor) => (actor.span.end <= views.span.start && /['’]s?\s*$/.test(analysis.text.slice(actor.span.start, views.span.start)) && /^['’]?s?\s*$/.test(analysis.text.slice(actor.span.end, views.span.start)))
            || (actor.span.start >= views.span.end && linkedAfter(analysis, views.span.end, actor.span.start)) || invitedTo(analysis, actor, views));
        if (!owner) continue;
        const around = roles.find((role) => within(views.span, role.span));
        if (around && around.actor.side !== 'community') return { ...around, actor: { words: owner.text, side: 'community', foundBy: 'subject' }, act: 'give-views', actSpan: views.span };
    }
    return undefined;
}

// How many words may stand between the people invited and the "to" of their giving views ("the public an opportunity to").
const WORDS_TO_VIEWS = 4;

/** "invite the local community to submit representations", "giving the public an opportunity to make representations": the party, a few words, "to", then the views. */
function invitedTo(analysis: ProseAnalysis, party: LexiconMatch, views: LexiconMatch): boolean {
    const { tokens } = analysis;
    const to = firstTokenAtOrAfter(analysis, views.span.start) - 1;
    const after = firstTokenAtOrAfter(analysis, party.span.end);
    if (!isWord(tokens[to]?.norm, 'infinitive') || after > to || to - after > WORDS_TO_VIEWS) return false;
    return !tokens.slice(after, to).some((token) => token.kind === 'punct');
}

/** "the views of residents", "comments from the local tenants": a views link, then at most a determiner and one word, then the party. */
function linkedAfter(analysis: ProseAnalysis, from: number, partyStart: number): boolean {
    const { tokens } = analysis;
    let index = firstTokenAtOrAfter(analysis, from);
    if (!isWord(tokens[index]?.norm, 'views-link')) return false;
    index++;
    if (isWord(tokens[index]?.norm, 'determiner')) index++;
    return tokens[index]?.start === partyStart || tokens[index + 1]?.start === partyStart;
}

/** The side of the last party named before an offset: what "it" most likely stands for. */
function nearestParty(analysis: ProseAnalysis, offset: number): ActorKind | undefined {
    return analysis.matches('actors').filter((match) => match.span.end <= offset && match.category !== 'other').at(-1)?.category;
}

/**
 * "the Scottish Government affordable housing delivery target", "the council's targets": a target
 * named as an institution's own, by a possessive or a name standing before it.
 */
function targetOwner(analysis: ProseAnalysis): { span: Span; actor: string; words: string } | undefined {
    const institutions = analysis.matches('actors', 'institution');
    for (const target of analysis.matches('metrics', 'target')) {
        if (target.negated) continue;
        const owner = institutions.find((actor) => actor.span.end <= target.span.start
            && /^['’]?s?\s+(?:[\w-]+\s+){0,4}$/.test(analysis.text.slice(actor.span.end, target.span.start)))
            ?? institutions.find((actor) => setsInRelativeClause(analysis, target, actor));
        if (owner) return { span: target.span, actor: owner.text, words: analysis.text.slice(owner.span.start, target.span.end) };
    }
    return undefined;
}

/** "the targets that the regulator sets": a target, a relative word and the body, with at most determiners between. */
function setsInRelativeClause(analysis: ProseAnalysis, target: LexiconMatch, actor: LexiconMatch): boolean {
    const { tokens } = analysis;
    let index = firstTokenAtOrAfter(analysis, target.span.end);
    if (!isWord(tokens[index]?.norm, 'relative-opener')) return false;
    index++;
    while (index < tokens.length && isWord(tokens[index].norm, 'determiner')) index++;
    return tokens[index]?.start === actor.span.start;
}

/** "need not follow", "is not obliged to adopt": from the negation to the verb it frees the institution from. */
function freeingWords(analysis: ProseAnalysis, role: StatementRole): string {
    const start = role.proposition.negation?.cue.span.start ?? role.proposition.modal?.span.start ?? role.span.start;
    const verb = [...role.proposition.verbs].reverse().find((candidate) => candidate.span.start >= start) ?? role.proposition.verb;
    const end = verb && verb.span.end > start ? verb.span.end : Math.min(role.span.end, start + 40);
    const lead = analysis.tokens[firstTokenAtOrAfter(analysis, start) - 1];
    const fromLead = lead && lead.start >= role.span.start && (isWord(lead.norm, 'exemption-lead') || isWord(lead.norm, 'copula'));
    return analysis.text.slice(fromLead ? lead.start : start, end);
}

function sentenceAt(analysis: ProseAnalysis, span: Span): number {
    return analysis.sentences.findIndex((sentence) => within(span, sentence.span));
}

function institutionSignal(analysis: ProseAnalysis, role: StatementRole): Omit<Judgement, 'span'> | undefined {
    // Worked out only once a signal is found: most statements give none.
    const actor = () => actorText(role);
    const words = () => (role.actSpan ? analysis.text.slice(role.actSpan.start, role.actSpan.end) : role.proposition.verb?.text ?? role.modal?.words ?? '');
    if (role.act === 'set-standards') return { messageId: 'targets', data: { actor: actor(), words: words() } };
    if (role.act === 'decide') return { messageId: 'decision', data: { actor: actor(), words: words() } };
    // "Grants are to be awarded by the Director": the agent of a passive award chooses who gets the money, whatever the modal.
    if (role.act === 'fund' && (role.modal?.kind !== 'duty' || role.actor.foundBy === 'agent')) return { messageId: 'decision', data: { actor: actor(), words: words() } };
    if (role.act === 'seek-views') return { messageId: 'consultation', data: { actor: actor(), words: words() } };
    const span = role.span;
    const target = [...live(analysis.matches('metrics', 'target'), span), ...live(analysis.matches('metrics', 'indicator'), span),
        ...live(analysis.matches('metrics', 'ranking'), span)].find((match) => !negatedBySentence(analysis, match));
    if (target && role.act !== 'report' && role.act !== 'keep-record' && !role.reportVerb) return { messageId: 'targets', data: { actor: actor(), words: target.text } };
    const answerable = findPhrase(analysis, span, 'acts', 'answerable');
    if (answerable && (setsANumber(analysis, span) || namesATargetAfter(analysis, answerable))) return { messageId: 'targets', data: { actor: actor(), words: analysis.text.slice(answerable.start, answerable.end) } };
    // "The authority is to halve, by 2032, the count ...": a number a named body must reach by a date is its target.
    const deadline = role.modal?.kind === 'duty' || role.modal?.kind === 'future' ? findPhrase(analysis, span, 'framing', 'deadline') : undefined;
    if (deadline && YEAR.test(analysis.text.slice(deadline.start, deadline.end).split(/\s+/).at(-1)!) && setsANumber(analysis, span)) return { messageId: 'targets', data: { actor: actor(), words: analysis.text.slice(deadline.start, deadline.end) } };
    const ruleMaking = live(analysis.matches('framing', 'rule-making'), span);
    const madeByThem = ruleMaking.some((match) => match.text.toLowerCase().startsWith('by ')) && role.modal?.kind === 'power';
    const objectStart = role.proposition.object?.span.start ?? Number.POSITIVE_INFINITY;
    const makesOne = role.proposition.verbs.some((verb) => verb.lemma === 'make') && ruleMaking.some((match) => match.span.start >= objectStart && match.span.start - objectStart < 40);
    if (madeByThem || makesOne) return { messageId: 'rule-making', data: { actor: actor() } };
    const sentence = analysis.sentences[role.proposition.sentence];
    const discretion = sentence && live(analysis.matches('qualifiers', 'discretion'), sentence.span)[0];
    if (discretion && role.modal && role.act !== 'report' && role.act !== 'keep-record') return { messageId: 'discretion', data: { actor: actor(), words: discretion.text } };
    return undefined;
}

/**
 * "administered by the Department, which alone decides ...": a relative clause after a comma adds
 * a statement about what it follows rather than narrowing it, so it says who decides as a main
 * clause would.
 */
function addsToWhatPrecedes(analysis: ProseAnalysis, role: StatementRole): boolean {
    if (role.clause !== 'relative') return false;
    const { tokens } = analysis;
    let opener = firstTokenAtOrAfter(analysis, role.span.start) - 1;
    while (opener > 0 && !isWord(tokens[opener].norm, 'relative-opener')) opener--;
    return tokens[opener - 1]?.norm === ',';
}

/**
 * An institution named as the one who decides inside a longer statement or a noun phrase:
 * "such targets as the Minister may direct", "a sponsor chosen by the county", "for LLAs to
 * determine", "approval by the City Council", and statements inside relative clauses.
 */
function namedDecider(analysis: ProseAnalysis, roles: readonly StatementRole[]): { span: Span; actor: string; words: string } | undefined {
    // "such targets as the Minister may direct", "such of the ideas as the panel selects"; not "the speed with which they decide".
    // "Unless the Minister directs otherwise": a decision inside a condition that can set the rule aside.
    const inner = roles.find((role) => role.clause !== undefined && role.actor.side === 'institution' && !role.negation && DECIDING.has(role.act) && !decidesOnlyForm(analysis, role)
        && (role.modal !== undefined || isWord(analysis.tokens[firstTokenAtOrAfter(analysis, role.span.start) - 1]?.norm, 'such-as') || addsToWhatPrecedes(analysis, role) || (opensWith(analysis, role.span, 'override-opener') && role.actSpan?.start === role.proposition.verb?.span.start)));
    if (inner) return { span: inner.span, actor: actorText(inner), words: analysis.text.slice(inner.actSpan!.start, inner.actSpan!.end) };
    // "the projects the board has chosen", after "the community board": the bare word refers back to the community's board.
    const institutions = analysis.matches('actors', 'institution').filter((match) => sameBodyNamedEarlier(analysis, match)?.category !== 'community');
    const deciding = [...analysis.matches('decisions', 'decision'), ...standardSettingVerbs(analysis)];
    for (const decision of deciding) {
        // A decision verb a statement was read around has been judged with its statement already.
        if (roles.some((role) => role.actSpan && overlaps(role.actSpan, decision.span)) || partOfPhrasalVerb(analysis, decision)) continue;
        if (roles.some((role) => within(decision.span, role.span) && (isReportContent(roles, role) || recordsIt(analysis, role, decision) || freedFrom(role)))) continue;
        if (listedInReport(analysis, roles, decision) || notNeeded(roles, decision) || governsFormOnly(analysis, roles, decision)) continue;
        const negated = decision.negated || negatedBySentence(analysis, decision);
        // "the benchmarks chosen by the regulator" names the chooser even inside "has not achieved ...".
        const agent = institutions.find((candidate) => candidate.span.start >= decision.span.end && namedAsAgent(analysis, decision.span.end, candidate.span.start));
        const subject = negated ? undefined : institutions.find((candidate) => candidate.span.end <= decision.span.start && linksDecider(analysis, candidate.span.end, decision.span.start));
        const actor = agent ?? subject;
        if (actor) return { span: decision.span, actor: bare(actor.text), words: decision.text };
    }
    return undefined;
}

/**
 * "must publish a statement of— (a) the number of neighbourhood areas designated ...": a decision
 * named in the items a report lists, where no duty of its own holds it, is what the report counts.
 */
function listedInReport(analysis: ProseAnalysis, roles: readonly StatementRole[], decision: LexiconMatch): boolean {
    const report = roles.find((role) => (role.act === 'report' || role.act === 'keep-record') && role.modal && !role.negation && role.clause === undefined
        && role.proposition.sentence === decision.sentence && role.actSpan !== undefined && role.actSpan.end <= decision.span.start);
    return report !== undefined && !roles.some((other) => other !== report && other.modal && within(decision.span, other.span)) && !setsAMeasure(analysis, decision);
}

/**
 * "must at regular intervals prescribed by the department report the results": the decision fixes
 * only the form or timing of a report. The form of a model or a service is still a decision over it.
 */
function governsFormOnly(analysis: ProseAnalysis, roles: readonly StatementRole[], decision: LexiconMatch): boolean {
    const before = analysis.tokens[firstTokenAtOrAfter(analysis, decision.span.start) - 1];
    return before !== undefined && analysis.matches('qualifiers', 'form-noun').some((noun) => noun.span.end === before.end)
        && (roles.some((role) => (role.act === 'report' || role.act === 'keep-record') && role.proposition.sentence === decision.sentence)
            || analysis.matches('acts', 'report').some((report) => report.sentence === decision.sentence && report.span.start > decision.span.end
                && !analysis.matches('actors').some((party) => party.category !== 'other' && overlaps(party.span, report.span))));
}

/** "Approval by the Secretary of State is not required for ...": the decision is the subject of a statement that says it is not needed. */
function notNeeded(roles: readonly StatementRole[], decision: LexiconMatch): boolean {
    return roles.some((role) => {
        const cue = role.proposition.negation?.cue.span;
        return cue !== undefined && within(decision.span, role.span) && decision.span.end <= cue.start;
    });
}

/** "those arrangements need not follow any model set by the authority": what the body decided binds no one who is freed from it. */
function freedFrom(role: StatementRole): boolean {
    return role.negation?.governs === 'obligation' && role.actor.side !== 'institution';
}

/** "in such form as the Secretary may prescribe": the decision in the clause is over the form of an act only. */
function decidesOnlyForm(analysis: ProseAnalysis, role: StatementRole): boolean {
    const opener = analysis.tokens[firstTokenAtOrAfter(analysis, role.span.start) - 1];
    return opener !== undefined && analysis.matches('qualifiers', 'form-only').some((form) => form.span.end <= opener.start && analysis.text.slice(form.span.end, opener.start).trim() === '');
}

/**
 * "The register must record each consent granted by the regulator", "publish a report stating the
 * number of requests agreed to": a decision a register or a report lists is accounted for, not taken.
 */
function recordsIt(analysis: ProseAnalysis, role: StatementRole, decision: LexiconMatch): boolean {
    const lists = role.act === 'report' || role.act === 'keep-record' || (role.reportVerb && analysis.matches('outputs', 'record').some((record) => within(record.span, role.span)));
    return lists && !role.negation && decision.span.start >= (role.actSpan ?? role.proposition.verb?.span ?? role.span).end && !setsAMeasure(analysis, decision);
}

// How far before a decision word the measure it sets may end ("the key performance indicators prescribed by").
const CHARS_FROM_MEASURE = 4;

/** "the indicators prescribed by the Minister": the decision sets the measures the report is made against, which is not accounted for but imposed. */
function setsAMeasure(analysis: ProseAnalysis, decision: LexiconMatch): boolean {
    return analysis.matches('metrics').some((match) => (match.category === 'target' || match.category === 'indicator') && match.span.end <= decision.span.start && decision.span.start - match.span.end <= CHARS_FROM_MEASURE);
}

/** True when a phrase of a syntax category ends just before the span: "unless" before "the Minister directs otherwise". */
function opensWith(analysis: ProseAnalysis, span: Span, category: 'override-opener'): boolean {
    const first = firstTokenAtOrAfter(analysis, span.start);
    for (let index = first - 1; index >= 0 && first - index <= OPENER_WORDS; index--) {
        const opener = phraseStartingAt(analysis, analysis.tokens[index].start, 'syntax', category);
        if (opener && span.start - opener.end <= 1) return true;
    }
    return false;
}

// The most words an opener of a clause has ("except to the extent that").
const OPENER_WORDS = 5;

/** "chosen by the regulator", "settled at a meeting of the board": an agent opener, a determiner at most, then the party. */
function namedAsAgent(analysis: ProseAnalysis, from: number, partyStart: number): boolean {
    const opener = phraseStartingAt(analysis, analysis.tokens[firstTokenAtOrAfter(analysis, from)]?.start ?? -1, 'syntax', 'agent-opener');
    if (!opener || analysis.text.slice(from, opener.start).trim() !== '') return false;
    let next = firstTokenAtOrAfter(analysis, opener.end);
    if (isWord(analysis.tokens[next]?.norm, 'determiner')) next++;
    return analysis.tokens[next]?.start === partyStart;
}

/** "set out", "draw up": a decision verb followed by a particle is a different verb, unless the lexicon lists the whole ("sign off"). */
function partOfPhrasalVerb(analysis: ProseAnalysis, decision: LexiconMatch): boolean {
    const next = analysis.tokens[firstTokenAtOrAfter(analysis, decision.span.end)];
    return next !== undefined && next.start - decision.span.end <= 1 && wordsOf('syntax', 'particle').has(next.norm);
}

/** Nothing but space, or one linking phrase ("may", "is to", "for"), between a party and its decision: "for LLAs to determine", "to the Minister for approval". */
function linksDecider(analysis: ProseAnalysis, partyEnd: number, decisionStart: number): boolean {
    const gap = analysis.text.slice(partyEnd, decisionStart);
    if (gap.trim() === '') return gap.length > 0;
    const linkStart = partyEnd + gap.length - gap.trimStart().length;
    const link = phraseStartingAt(analysis, linkStart, 'syntax', 'decider-link');
    return link !== undefined && analysis.text.slice(link.end, decisionStart).trim() === '';
}

/**
 * A sentence (or a list item read with its lead-in) that names only an institution as a party
 * and holds a decision word: "The functions of the board are— (a) to approve the budget". Where
 * the reader found no statement around the word, the institution is the only party who can hold it.
 */
function decisionBesideInstitution(analysis: ProseAnalysis, roles: readonly StatementRole[]): { span: Span; actor: string; words: string } | undefined {
    for (const sentence of analysis.sentences) {
        const parties = analysis.matches('actors').filter((match) => within(match.span, sentence.span) && match.category !== 'other');
        if (parties.length === 0 || parties.some((party) => party.category === 'community')) continue;
        if (roles.some((role) => within(role.span, sentence.span) && (role.act === 'report' || role.act === 'keep-record') && role.modal && role.clause === undefined)) continue;
        const decision = analysis.matches('decisions', 'decision').find((match) => within(match.span, sentence.span) && !match.negated && !negatedBySentence(analysis, match)
            && isInfinitive(analysis, match) && !roles.some((role) => role.actSpan && overlaps(role.actSpan, match.span)));
        if (decision) return { span: decision.span, actor: bare(parties[0].text), words: decision.text };
    }
    return undefined;
}

/** "to approve", "to determine": an act named as a function or purpose, with the doer left to the sentence. */
function isInfinitive(analysis: ProseAnalysis, match: LexiconMatch): boolean {
    const index = firstTokenAtOrAfter(analysis, match.span.start);
    return isWord(analysis.tokens[index - 1]?.norm, 'infinitive') && !/(ed|ing|s)$/.test(analysis.tokens[index].norm);
}

/** "defined", "set", "specified" where a target or measure was just named: "measures defined by the regulator". */
function standardSettingVerbs(analysis: ProseAnalysis): LexiconMatch[] {
    const standards = analysis.matches('metrics').filter((match) => match.category === 'target' || match.category === 'indicator');
    if (standards.length === 0 && !findPhrase(analysis, { start: 0, end: analysis.text.length }, 'acts', 'standard')) return [];
    const found: LexiconMatch[] = [];
    // Each token is asked by its index: the phrase starting at a token's own offset is the one at that token.
    analysis.tokens.forEach((token, index) => {
        const previous = analysis.tokens[index - 1];
        const setting = previous && phraseAtToken(analysis, index, 'acts', 'standard-setting');
        if (!setting) return;
        const afterStandard = standards.some((match) => match.span.end === previous.end) || phraseAtToken(analysis, index - 1, 'acts', 'standard') !== undefined;
        if (afterStandard) found.push({ lexicon: 'acts', category: 'standard-setting', span: setting, text: token.text, sentence: sentenceAt(analysis, setting), negated: false } as unknown as LexiconMatch);
    });
    return found;
}

/** An actor's words as a noun phrase that reads after "with": "the council", "each authority", "the City Council". */
function bare(words: string): string {
    const plain = words.replace(/[[\]]/g, '').replace(/['’]s?$/, '').trim();
    const opening = plain.split(/\s+/)[0] ?? '';
    if (isWord(opening.toLowerCase(), 'determiner')) return `${opening.toLowerCase()}${plain.slice(opening.length)}`;
    return /^[A-Z]{2,}s?\b/.test(plain) || /s$/.test(plain) ? plain : `the ${plain}`;
}

function actorText(role: StatementRole): string {
    return role.actor.words && role.actor.side === 'institution' ? bare(role.actor.words) : 'an institution';
}

/** Words after a number that cannot be what it counts: a unit of time, an amount, a function word. */
function notCountedAfter(norm: string): boolean {
    return (['time-unit', 'amount-word', 'not-counted', 'determiner', 'preposition', 'conjunction', 'copula'] as const).some((category) => isWord(norm, category));
}
const YEAR = /^(19|20)\d\d$/;
const LOWER_CASE_START = /^[a-z]/;
const CURRENCY_OR_BRACKET = /^[£$€(]$/;

/**
 * Counts written as numbers: "400 workshops", "2,000 volunteers", "12 community hubs". Years,
 * durations, money and citations are not counts.
 */
const countsCache = new WeakMap<ProseAnalysis, readonly Span[]>();

// Both the metrics-only and the output-focused judgements ask for a clause's counts, so they are found once.
function numericCounts(analysis: ProseAnalysis): readonly Span[] {
    let counts = countsCache.get(analysis);
    if (!counts) countsCache.set(analysis, counts = findNumericCounts(analysis));
    return counts;
}

function findNumericCounts(analysis: ProseAnalysis): Span[] {
    const { tokens } = analysis;
    const counts: Span[] = [];
    let deliveries: readonly LexiconMatch[] | undefined;
    for (let index = 0; index < tokens.length; index++) {
        const token = tokens[index];
        if (token.kind !== 'number' || YEAR.test(token.text) || token.text.includes('.')) continue;
        const previous = tokens[index - 1];
        const next = tokens[index + 1];
        if (!next || next.kind !== 'word' || !LOWER_CASE_START.test(next.text) || notCountedAfter(next.norm)) continue;
        if (next.start !== token.end + 1) continue;
        if (previous && (isWord(previous.norm, 'citation') || CURRENCY_OR_BRACKET.test(previous.text))) continue;
        if (analysis.matches('framing', 'limit').some((limit) => limit.span.end <= token.start && analysis.text.slice(limit.span.end, token.start).trim() === '')) continue;
        const sentence = analysis.sentences.find((candidate) => within(token, candidate.span));
        deliveries ??= analysis.matches('framing', 'delivery').filter((match) => !match.negated);
        if (!sentence || !deliveries.some((delivery) => within(delivery.span, sentence.span))) continue;
        counts.push({ start: token.start, end: next.end });
    }
    return counts;
}

// How many words may stand between "the number of" and the participle of delivering ("the number of trees planted").
const WORDS_BEFORE_DELIVERED = 5;

/** "the number of trees planted", "the number of homes insulated": a tally of things delivered. */
function talliedDeliveries(analysis: ProseAnalysis): Span | undefined {
    const { tokens } = analysis;
    for (const tally of analysis.matches('framing', 'tally')) {
        if (tally.negated) continue;
        const first = firstTokenAtOrAfter(analysis, tally.span.end);
        for (let index = first; index < tokens.length && index - first <= WORDS_BEFORE_DELIVERED && tokens[index].kind !== 'punct'; index++) {
            const form = verbFormOf(tokens[index]);
            if (form?.participle && !form.thirdPerson && phraseStartingAt(analysis, tokens[index].start, 'framing', 'delivery')) return { start: tally.span.start, end: tokens[index].end };
        }
    }
    return undefined;
}

/** "1985 for the disposal of the houses": a year is not the number of anything. */
function startsWithYear(match: LexiconMatch): boolean {
    return YEAR.test(match.text.split(/\s+/)[0]);
}

/** A match inside a sentence that an earlier "no" or "not" negates: "no allocation may be made by reference to targets alone". */
function negatedBySentence(analysis: ProseAnalysis, match: LexiconMatch): boolean {
    return match.negated || analysis.negations.some((negation) => negation.span.start <= match.span.start
        && analysis.sentences[match.sentence] !== undefined && within(negation.span, analysis.sentences[match.sentence].span)
        && negation.reach === 'clause');
}

function hasFraming(analysis: ProseAnalysis, category: 'purpose' | 'assessment' | 'self-set' | 'threshold' | 'tally' | 'share' | 'discharge'): boolean {
    return analysis.matches('framing', category).some((match) => !match.negated);
}

/** Metrics-only: success defined by numbers, targets or rankings, with no purpose or qualitative evidence. */
export function judgeMetricsOnly(analysis: ProseAnalysis): Judgement | undefined {
    if (isAmendment(analysis)) return undefined;
    // "must not be judged solely against a target" refuses metrics-only judgement outright.
    if (analysis.matches('metrics').some((match) => match.negation?.exclusive)) return undefined;
    if (hasFraming(analysis, 'self-set') || hasFraming(analysis, 'purpose')) return undefined;
    if (analysis.matches('outcomes', 'qualitative').some((match) => !match.negated)) return undefined;
    const thresholds = hasFraming(analysis, 'threshold');
    // A share of a budget allocates, and a target date is a deadline: neither is a level to be met.
    const shares = [...analysis.matches('framing', 'share'), ...analysis.matches('framing', 'target-date')];
    const metric = analysis.matches('metrics').find((match) => !negatedBySentence(analysis, match) && !(thresholds && isBareNumber(match))
        && !shares.some((share) => overlaps(share.span, match.span)));
    // "Targets may be set only by the community": measures the people concerned choose are theirs, not a central yardstick.
    if (metric && communitySetsStandards(analysis)) return undefined;
    if (metric) return { span: metric.span, messageId: 'metric', data: { words: metric.text } };
    const count = [...analysis.matches('outputs', 'count').filter((match) => !match.negated && !startsWithYear(match) && !shares.some((share) => overlaps(share.span, match.span)))
        .map((match) => match.span), ...numericCounts(analysis), ...analysis.matches('framing', 'tally').filter((match) => !match.negated).map((match) => match.span)]
        // "A petition signed by 2,000 residents", "the number of votes cast": a number of people or votes a say needs is a threshold, not a count of success.
        .find((span) => !analysis.matches('framing', 'threshold').some((threshold) => overlaps(threshold.span, span) || countsVotes(analysis, span, threshold)));
    if (count) {
        const text = analysis.text.slice(count.start, count.end);
        return { span: count, messageId: 'count', data: { words: text } };
    }
    return undefined;
}

function communitySetsStandards(analysis: ProseAnalysis): boolean {
    return rolesOf(analysis).some((role) => role.actor.side === 'community' && role.act === 'set-standards' && !role.negation);
}

/** Output-focused: success or reporting framed as activity (steps taken, sessions held, lists kept). */
export function judgeOutputFocused(analysis: ProseAnalysis): Judgement | undefined {
    if (isAmendment(analysis)) return undefined;
    // "A trust meets this duty by issuing a strategy": the duty is done when the document exists.
    const discharged = analysis.matches('framing', 'discharge').find((match) => !match.negated);
    if (discharged) return { span: discharged.span, messageId: 'documents', data: { words: discharged.text } };
    const doneBy = doneByOutput(analysis);
    if (doneBy) return { span: doneBy, messageId: 'done-by-output', data: { words: analysis.text.slice(doneBy.start, doneBy.end) } };
    if (hasFraming(analysis, 'assessment') || analysis.matches('outcomes', 'qualitative').some((match) => !match.negated)) return undefined;
    // A vote on what to fund, or a share of a budget, decides or allocates; neither tallies activity.
    if (hasFraming(analysis, 'threshold') || hasFraming(analysis, 'share')) return undefined;
    const isDuty = analysis.propositions.some((proposition) => proposition.modal && proposition.modal.kind !== 'power' && !proposition.negation);
    const output = analysis.matches('outputs').find((match) => !match.negated && !isPlanned(analysis, match) && !isDeadlineOnDuty(analysis, match) && (match.category !== 'artefact' || framesSuccess(analysis, match))
        && (match.category !== 'record' || (isDuty && recordsActivity(analysis, match)))
        && (match.category !== 'spending' || accountsFor(analysis, rolesOf(analysis), match) || judgesSuccessBy(analysis, match)));
    if (output) return { span: output.span, messageId: 'activity', data: { words: output.text } };
    const count = numericCounts(analysis)[0];
    if (count) return { span: count, messageId: 'activity', data: { words: analysis.text.slice(count.start, count.end) } };
    // "Delivery is measured in miles of cycle lane built"; "a performance report ... against targets".
    const measure = analysis.matches('metrics').find((match) => !match.negated && (match.category === 'indicator' || isTransparencyOnly(analysis, rolesOf(analysis))));
    if (measure && (hasFraming(analysis, 'tally') || isTransparencyOnly(analysis, rolesOf(analysis)))) {
        return { span: measure.span, messageId: 'tally', data: { words: measure.text } };
    }
    const delivered = talliedDeliveries(analysis);
    return delivered && { span: delivered, messageId: 'activity', data: { words: analysis.text.slice(delivered.start, delivered.end) } };
}

/**
 * "The council meets the engagement requirement by posting the proposal on its website", "the
 * board is to be regarded as effective if it has met quarterly and submitted its minutes": words
 * that count a duty as done, naming what was owed, then "by" and a gerund or a condition with a
 * completed act, where that act produces something. Returns the words from the frame to that act.
 */
function doneByOutput(analysis: ProseAnalysis): Span | undefined {
    for (const frame of analysis.matches('framing', 'counted-done')) {
        if (frame.negated) continue;
        const sentence = analysis.sentences[frame.sentence];
        const means = sentence && meansAfter(analysis, frame.span.end, sentence.span.end);
        // What was owed stands in the frame's own words or, for a passive frame, in its subject ("The success of the strategy will be demonstrated by ...").
        if (!means || !namesWhatWasOwed(analysis, { start: sentence.span.start, end: means.opener })) continue;
        const act = producingActIn(analysis, means);
        // "if it has improved wellbeing and published ...": an outcome before the output is the measure; "a wellbeing plan" after it is only its name.
        const before: Span = { start: means.opener, end: act?.start ?? means.opener };
        if (!act || analysis.matches('outcomes').some((match) => !match.negated && within(match.span, before))) continue;
        if (['threshold', 'community-say'].some((category) => live(analysis.matches('framing', category as 'threshold'), { start: means.opener, end: sentence.span.end }).length > 0)) continue;
        return { start: frame.span.start, end: act.end };
    }
    return undefined;
}

/** Where the means starts ("by" or a condition), its first word, where its sentence ends, and whether its act must be completed (a condition's must). */
interface Means { opener: number; first: number; end: number; completed: boolean }

/** The first "by" or condition after a frame, before a semicolon or the sentence's end. */
function meansAfter(analysis: ProseAnalysis, from: number, end: number): Means | undefined {
    const { tokens } = analysis;
    for (let index = firstTokenAtOrAfter(analysis, from); index < tokens.length && tokens[index].end <= end; index++) {
        const { norm } = tokens[index];
        if (norm === ';') return undefined;
        if (isWord(norm, 'means-opener')) return verbForm(tokens[index + 1]?.norm ?? '')?.gerund || namesProducing(analysis, index + 1) ? { opener: tokens[index].start, first: index + 1, end, completed: false } : undefined;
        if (isWord(norm, 'condition-opener') || isWord(norm, 'time-opener')) return { opener: tokens[index].start, first: index + 1, end, completed: true };
    }
    return undefined;
}

/** "the duty", "this subsection", "to have involved the community": the frame says what was owed, not "meets the cost". */
function namesWhatWasOwed(analysis: ProseAnalysis, span: Span): boolean {
    const countInside = (matches: readonly LexiconMatch[]) => matches.filter((match) => within(match.span, span)).length;
    // "is taken to have complied with": a second frame inside the first names compliance itself.
    return countInside(analysis.matches('framing', 'counted-done')) > 1 || namesPerfectAct(analysis, span)
        || [analysis.matches('framing', 'owed'), analysis.matches('framing', 'delivery'), analysis.matches('decisions', 'involve'), analysis.matches('decisions', 'consult')].some((matches) => countInside(matches) > 0);
}

/** "by the production of", "by the publication of": a determiner and a noun of producing. */
function namesProducing(analysis: ProseAnalysis, index: number): boolean {
    const { tokens } = analysis;
    return isWord(tokens[index]?.norm, 'determiner') && index + 1 < tokens.length && verbFormOf(tokens[index + 1]) === undefined
        && phraseAtToken(analysis, index + 1, 'acts', 'producing') !== undefined;
}

/** "is to be taken to have promoted community ownership": an act counted done, named by "have" and its participle. */
function namesPerfectAct(analysis: ProseAnalysis, span: Span): boolean {
    const { tokens } = analysis;
    for (let index = firstTokenAtOrAfter(analysis, span.start); index + 1 < tokens.length && tokens[index + 1].end <= span.end; index++) {
        if (isWord(tokens[index].norm, 'auxiliary') && verbFormOf(tokens[index + 1])?.participle) return true;
    }
    return false;
}

/** The act of producing something the means names: a gerund after "by", or a participle after "has" in the condition. */
function producingActIn(analysis: ProseAnalysis, means: Means): Span | undefined {
    const { tokens } = analysis;
    let completed = !means.completed;
    for (let index = means.first; index < tokens.length && tokens[index].end <= means.end; index++) {
        const { norm } = tokens[index];
        if (norm === ';') return undefined;
        // "has held", "has been built"; not "has been effective".
        if (isWord(norm, 'auxiliary') && (!isWord(tokens[index + 1]?.norm, 'copula') || verbForm(tokens[index + 2]?.norm ?? '')?.participle)) completed = true;
        if (!completed) continue;
        const form = verbForm(norm);
        // "by the production of a plan": producing named by a noun, which no verb form spells.
        const nominal = !means.completed && index === means.first + 1 && form === undefined;
        if (!nominal && (!form || !(means.completed ? form.participle : form.gerund))) continue;
        const act = phraseAtToken(analysis, index, 'acts', 'producing');
        if (act) return act;
    }
    return undefined;
}

/**
 * "The strategy is delivered once every school has a written policy": a plan or a lead that
 * exists counts as output only where the clause says it is what success or compliance means;
 * a bare duty to adopt a plan is how the plan comes about.
 */
function framesSuccess(analysis: ProseAnalysis, match: LexiconMatch): boolean {
    return (['counted-done', 'owed', 'discharge', 'delivery'] as const).some((category) => analysis.matches('framing', category)
        .some((frame) => frame.sentence === match.sentence && frame.span.end <= match.span.start));
}

/** "the number of votes cast": the thing counted, straight after the count, is a vote. */
function countsVotes(analysis: ProseAnalysis, count: Span, threshold: LexiconMatch): boolean {
    return firstTokenAtOrAfter(analysis, threshold.span.start) === firstTokenAtOrAfter(analysis, count.end);
}

/**
 * "A request must be answered within 3 months": the time limit a duty sets for its own act is a
 * deadline (corpus convention), not throughput reported as success ("95% are answered within 3 months").
 */
function isDeadlineOnDuty(analysis: ProseAnalysis, match: LexiconMatch<'outputs'>): boolean {
    return match.category === 'throughput'
        && analysis.propositions.some((proposition) => proposition.modal !== undefined && proposition.verb !== undefined && overlaps(proposition.verb.span, match.span));
}

/**
 * 'In section 5(2), for "50%" substitute "37.5%"': a clause that amends another text by quoting
 * the words to change. Its numbers and its counts are the amended Act's, not measures it sets.
 */
function isAmendment(analysis: ProseAnalysis): boolean {
    return analysis.matches('framing', 'amendment').length > 0 && /["“”‘’]/.test(analysis.text);
}

/** Money spent counts as activity only where a duty to report or keep records accounts for it. */
function accountsFor(analysis: ProseAnalysis, roles: readonly StatementRole[], match: LexiconMatch): boolean {
    return roles.some((role) => (role.act === 'report' || role.act === 'keep-record' || role.reportVerb) && !role.negation && role.proposition.sentence === match.sentence)
        || isTransparencyOnly(analysis, roles);
}

/** "performance is to be assessed by the amount of money distributed", "compliance with this section is shown by the amount spent": spending as the measure of success. */
function judgesSuccessBy(analysis: ProseAnalysis, match: LexiconMatch): boolean {
    const before = (frame: LexiconMatch) => !frame.negated && frame.sentence === match.sentence && frame.span.end <= match.span.start;
    return analysis.matches('metrics', 'indicator').some(before)
        || analysis.matches('framing', 'counted-done').some((frame) => before(frame) && namesWhatWasOwed(analysis, { start: frame.span.start, end: match.span.start }));
}

/** "the action to be taken": what will be done is a plan, not a tally of what was done. */
function isPlanned(analysis: ProseAnalysis, match: LexiconMatch): boolean {
    if (match.category !== 'activity') return false;
    const last = firstTokenAtOrAfter(analysis, match.span.end) - 1;
    const participle = analysis.tokens[last];
    if (!participle) return false;
    for (let index = last - 1; index >= 0 && last - index <= FUTURE_MARKER_WORDS && analysis.tokens[index].start >= match.span.start; index--) {
        if (phraseStartingAt(analysis, analysis.tokens[index].start, 'syntax', 'future-marker')?.end === analysis.tokens[last - 1].end) return true;
    }
    return false;
}

// The most words a future marker has ("proposed to be").
const FUTURE_MARKER_WORDS = 3;

/** A register of meetings or complaints records activity; a register of assets or land records what exists. */
function recordsActivity(analysis: ProseAnalysis, match: LexiconMatch): boolean {
    const after = { start: match.span.start, end: Math.min(analysis.text.length, match.span.end + 60) };
    return findPhrase(analysis, after, 'acts', 'activity-noun') !== undefined;
}

/**
 * Consultation presented as power: a sentence that asks for people's views (or only tells them)
 * while promising them a say, power or control, and shares no decision.
 */
export function judgeConsultationAsPower(analysis: ProseAnalysis): Judgement | undefined {
    for (const sentence of analysis.sentences) {
        const claim = live(analysis.matches('framing', 'power-claim'), sentence.span)[0];
        if (!claim) continue;
        const consultation = [...live(analysis.matches('decisions', 'consult'), sentence.span), ...live(analysis.matches('decisions', 'inform'), sentence.span)][0];
        const shared = ['collaborate', 'delegate', 'control'].some((category) =>
            live(analysis.matches('decisions', category as 'collaborate'), sentence.span).length > 0);
        if (consultation && !shared) {
            return { span: sentence.span, messageId: 'promise', data: { claim: claim.text, offer: consultation.text } };
        }
    }
    return undefined;
}
