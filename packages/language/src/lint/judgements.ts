import type { ActorKind, LexiconMatch, Proposition, ProseAnalysis, Span } from '../prose/index.js';

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

/** Verbs by which the acting party keeps the decision itself. "agree" is left out: an authority agreeing to a community's request is carrying out the community's decision. */
const DECISION_EXCLUDED = new Set(['agree', 'consider', 'fund', 'commission']);

/** Verbs of a duty to report, publish or keep records: transparency, which allocates no decision. */
const REPORTING_VERBS = new Set(['publish', 'prepare', 'report', 'keep', 'maintain', 'describe', 'set out', 'lay', 'communicate', 'include', 'contain', 'make available', 'produce', 'provide']);
const REPORTING_OBJECT = /\b(report|reports|information|data|account|accounts|list|register|record|records|log|summary|statistics|return)\b/i;

/** Words that open a condition or a time clause: what follows describes circumstances, not who holds power. */
const SUBORDINATOR = /\b(if|where|when|unless|whether)\s*$/i;

/** Words by which a later statement limits an earlier one: "The panel sets priorities. Success, however, is decided by the Treasury." */
const CONTRAST = /\b(however|but|nevertheless|except that)\b/i;

/**
 * The side of whoever acts in a statement: the agent of a passive verb, the subject, or, where the
 * reader could not settle the subject, the last party named earlier in the same sentence (the
 * lead-in of a list: "a local authority must ... (b) should have regard to the views ...").
 */
function sideOf(analysis: ProseAnalysis, proposition: Proposition): ActorKind {
    if (proposition.passive && proposition.agent) return proposition.agent.kind;
    const actor = proposition.actor.antecedent ?? proposition.actor;
    if (actor.kind === 'institution' || actor.kind === 'community') return actor.kind;
    const named = actor.parties.map((party) => party.kind);
    if (named.length > 0) return named.every((kind) => kind === named[0]) ? named[0] : 'mixed';
    const earlier = analysis.propositions.filter((other) => other.sentence === proposition.sentence && other.span.start < proposition.span.start
        && (other.actor.kind === 'institution' || other.actor.kind === 'community'));
    return earlier.at(-1)?.actor.kind ?? actor.kind;
}

function isInstitution(analysis: ProseAnalysis, proposition: Proposition): boolean {
    return sideOf(analysis, proposition) === 'institution';
}

function isCommunity(analysis: ProseAnalysis, proposition: Proposition): boolean {
    return sideOf(analysis, proposition) === 'community';
}

function live<N extends LexiconMatch>(matches: readonly N[], span: Span): N[] {
    return matches.filter((match) => !match.negated && within(match.span, span));
}

function isVerbOf(proposition: Proposition, match: LexiconMatch): boolean {
    return proposition.verbs.some((verb) => within(verb.span, match.span) || within(match.span, verb.span));
}

/** True for a statement inside a condition: "if it is designated by the authority". */
function isSubordinate(analysis: ProseAnalysis, proposition: Proposition): boolean {
    return SUBORDINATOR.test(analysis.text.slice(Math.max(0, proposition.span.start - 12), proposition.span.start));
}

/** A duty whose substance is to report or publish: transparency allocates no decision. */
function isReportingDuty(analysis: ProseAnalysis): boolean {
    const main = analysis.propositions.find((proposition) => proposition.modal);
    return main !== undefined && main.verbs.length > 0 && main.verbs.every((verb) => REPORTING_VERBS.has(verb.lemma))
        && REPORTING_OBJECT.test(main.object?.text ?? '');
}

/** Does the community hold a decision anywhere in this text? */
function communityDecides(analysis: ProseAnalysis): boolean {
    const holding = analysis.matches('framing', 'holding');
    const controlSaid = analysis.matches('decisions', 'control').some((match) => !match.negated && holding.some((word) => within(word.span, match.span)));
    if (controlSaid) return true;
    return analysis.propositions.some((proposition) => !proposition.negation && isCommunity(analysis, proposition)
        && (live(analysis.matches('decisions', 'decision'), proposition.span).some((match) => isVerbOf(proposition, match))
            || proposition.verbs.some((verb) => ['amend', 'choose', 'decide', 'say'].includes(verb.lemma))));
}

/** An institution acting on what a community applied for or asked for is carrying out the community's decision. */
function respondsToCommunity(analysis: ProseAnalysis, proposition: Proposition): boolean {
    const sentence = analysis.sentences[proposition.sentence];
    if (!sentence) return false;
    if (live(analysis.matches('framing', 'response'), sentence.span).length > 0) return true;
    return live(analysis.matches('framing', 'request'), sentence.span).length > 0 && communityAsks(analysis);
}

/** Verbs by which someone asks an institution to act. */
const ASKING_VERBS = new Set(['apply', 'request', 'ask', 'nominate', 'submit', 'propose', 'make', 'bid']);

/** Whether a community body is the one asking, anywhere in the text ("A community body may make a request"). */
function communityAsks(analysis: ProseAnalysis): boolean {
    return analysis.propositions.some((proposition) => isCommunity(analysis, proposition) && proposition.verbs.some((verb) => ASKING_VERBS.has(verb.lemma)));
}

/** An institution making resources available "to enable" community bodies to act is supporting community power, not holding it. */
function supportsCommunity(analysis: ProseAnalysis, proposition: Proposition): boolean {
    const object = proposition.object;
    if (!object || !analysis.matches('framing', 'support').some((match) => within(match.span, object.span))) return false;
    return analysis.matches('actors', 'community').some((match) => within(match.span, object.span));
}

/**
 * An institution named as the one who decides inside a longer statement: "require the Minister
 * to set", "for LLAs to determine", "is decided by the Treasury", "approval by the City Council".
 */
function namedDecider(analysis: ProseAnalysis): LexiconMatch<'decisions'> | undefined {
    const institutions = analysis.matches('actors', 'institution');
    const between = (from: number, to: number) => analysis.text.slice(from, to);
    return analysis.matches('decisions', 'decision').find((decision) => !decision.negated
        && !DECISION_EXCLUDED.has(decision.entry.phrase)
        && institutions.some((actor) =>
            (actor.span.end <= decision.span.start && /^\s+(to|will|must|may|shall|alone)\s+$/i.test(between(actor.span.end, decision.span.start)))
            || (actor.span.start >= decision.span.end && /^\s+by\s+(the\s+)?$/i.test(between(decision.span.end, actor.span.start)))));
}

/**
 * Institution-led: an institution holds the decision, approval, veto, targets or money, while
 * the community is at most informed, consulted or involved.
 */
export function judgeInstitutionLed(analysis: ProseAnalysis): Judgement | undefined {
    if (isReportingDuty(analysis)) return undefined;
    const communityHoldsDecision = communityDecides(analysis);
    for (const proposition of analysis.propositions) {
        if (proposition.negation || !isInstitution(analysis, proposition) || isSubordinate(analysis, proposition)
            || supportsCommunity(analysis, proposition) || respondsToCommunity(analysis, proposition)) continue;
        if (communityHoldsDecision && !CONTRAST.test(analysis.sentences[proposition.sentence]?.text ?? '')) continue;
        const reason = institutionSignal(analysis, proposition);
        if (reason) return { span: proposition.span, ...reason };
    }
    const decider = namedDecider(analysis);
    if (decider && communityHoldsDecision && !CONTRAST.test(analysis.sentences[decider.sentence]?.text ?? '')) return undefined;
    return decider ? { span: decider.span, messageId: 'decision', data: { actor: 'an institution', words: decider.text } } : undefined;
}

function institutionSignal(analysis: ProseAnalysis, proposition: Proposition): Omit<Judgement, 'span'> | undefined {
    const actor = actorText(proposition);
    const decision = live(analysis.matches('decisions', 'decision'), proposition.span)
        .find((match) => isVerbOf(proposition, match) && !DECISION_EXCLUDED.has(match.entry.phrase));
    if (decision) return { messageId: 'decision', data: { actor, words: decision.text } };
    if (proposition.verbs.some((verb) => verb.lemma === 'participate')) return undefined;
    const consult = [...live(analysis.matches('decisions', 'consult'), proposition.span), ...live(analysis.matches('decisions', 'involve'), proposition.span)][0];
    if (consult) return { messageId: 'consultation', data: { actor, words: consult.text } };
    const target = [...live(analysis.matches('metrics', 'target'), proposition.span), ...live(analysis.matches('metrics', 'indicator'), proposition.span),
        ...live(analysis.matches('metrics', 'ranking'), proposition.span)].find((match) => !negatedBySentence(analysis, match));
    if (target) return { messageId: 'targets', data: { actor, words: target.text } };
    const ruleMaking = live(analysis.matches('framing', 'rule-making'), proposition.span);
    const madeByThem = ruleMaking.some((match) => match.text.toLowerCase().startsWith('by ')) && proposition.modal?.kind === 'power';
    const objectStart = proposition.object?.span.start ?? Number.POSITIVE_INFINITY;
    const makesOne = proposition.verbs.some((verb) => verb.lemma === 'make') && ruleMaking.some((match) => match.span.start >= objectStart && match.span.start - objectStart < 40);
    if (madeByThem || makesOne) return { messageId: 'rule-making', data: { actor } };
    const sentence = analysis.sentences[proposition.sentence];
    const discretion = sentence && live(analysis.matches('qualifiers', 'discretion'), sentence.span)[0];
    if (discretion && proposition.modal) return { messageId: 'discretion', data: { actor, words: discretion.text } };
    return undefined;
}

function actorText(proposition: Proposition): string {
    const actor = proposition.passive && proposition.agent ? proposition.agent : proposition.actor.antecedent ?? proposition.actor;
    const words = actor.phrase?.text.replace(/[[\]]/g, '').replace(/^(The|A|An|Each|Every)\b/, (word) => word.toLowerCase());
    return words && actor.kind === 'institution' ? words : 'an institution';
}

/** Units after which a number is a length of time, not a count of anything. */
const TIME_UNITS = /^(second|minute|hour|day|week|fortnight|month|quarter|year|decade)s?$/i;
/** Words before which a number is a citation ("section 12"), not a count. */
const CITATION_WORDS = /^(sections?|subsections?|subparts?|paragraphs?|sub-paragraphs?|articles?|schedules?|parts?|chapters?|regulations?|items?|clauses?|rules?|s|ss|art|para|no|number)$/i;
/** Words that cannot be what a count counts. */
const NOT_COUNTED = /^(and|or|of|the|to|in|for|with|by|on|at|as|a|an|is|are|be|than|from|st|nd|rd|th)$/i;
/** Words after which a number is an amount or a rate, not a count. */
const NOT_A_COUNT_AFTER = /^(million|billion|per|percent|pounds?)$/i;
const YEAR = /^(19|20)\d\d$/;
const LOWER_CASE_START = /^[a-z]/;
const CURRENCY_OR_BRACKET = /^[£$€(]$/;

/**
 * Counts written as numbers: "400 workshops", "2,000 volunteers", "12 community hubs". Years,
 * durations, money and citations are not counts.
 */
function numericCounts(analysis: ProseAnalysis): Span[] {
    const { tokens } = analysis;
    const counts: Span[] = [];
    let deliveries: readonly LexiconMatch[] | undefined;
    for (let index = 0; index < tokens.length; index++) {
        const token = tokens[index];
        if (token.kind !== 'number' || YEAR.test(token.text) || token.text.includes('.')) continue;
        const previous = tokens[index - 1];
        const next = tokens[index + 1];
        if (!next || next.kind !== 'word' || !LOWER_CASE_START.test(next.text) || NOT_COUNTED.test(next.text) || TIME_UNITS.test(next.text)
            || NOT_A_COUNT_AFTER.test(next.text)) continue;
        if (next.start !== token.end + 1) continue;
        if (previous && (CITATION_WORDS.test(previous.text) || CURRENCY_OR_BRACKET.test(previous.text))) continue;
        if (analysis.matches('framing', 'limit').some((limit) => limit.span.end <= token.start && analysis.text.slice(limit.span.end, token.start).trim() === '')) continue;
        const sentence = analysis.sentences.find((candidate) => within(token, candidate.span));
        deliveries ??= analysis.matches('framing', 'delivery').filter((match) => !match.negated);
        if (!sentence || !deliveries.some((delivery) => within(delivery.span, sentence.span))) continue;
        counts.push({ start: token.start, end: next.end });
    }
    return counts;
}

/** A match inside a sentence that an earlier "no" or "not" negates: "no allocation may be made by reference to targets alone". */
function negatedBySentence(analysis: ProseAnalysis, match: LexiconMatch): boolean {
    return match.negated || analysis.negations.some((negation) => negation.span.start <= match.span.start
        && analysis.sentences[match.sentence] !== undefined && within(negation.span, analysis.sentences[match.sentence].span)
        && negation.reach === 'clause');
}

function hasFraming(analysis: ProseAnalysis, category: 'purpose' | 'assessment' | 'self-set' | 'threshold' | 'tally' | 'share'): boolean {
    return analysis.matches('framing', category).some((match) => !match.negated);
}

/** Metrics-only: success defined by numbers, targets or rankings, with no purpose or qualitative evidence. */
export function judgeMetricsOnly(analysis: ProseAnalysis): Judgement | undefined {
    if (analysis.matches('metrics').some((match) => negatedBySentence(analysis, match))) return undefined;
    if (hasFraming(analysis, 'self-set') || hasFraming(analysis, 'purpose')) return undefined;
    if (analysis.matches('outcomes', 'qualitative').some((match) => !match.negated)) return undefined;
    const thresholds = hasFraming(analysis, 'threshold');
    const shares = analysis.matches('framing', 'share');
    const metric = analysis.matches('metrics').find((match) => !(thresholds && match.category === 'quantity')
        && !shares.some((share) => overlaps(share.span, match.span)));
    if (metric) return { span: metric.span, messageId: 'metric', data: { words: metric.text } };
    const count = [...analysis.matches('outputs', 'count').filter((match) => !match.negated && !shares.some((share) => overlaps(share.span, match.span)))
        .map((match) => match.span), ...numericCounts(analysis)][0];
    if (count) {
        const text = analysis.text.slice(count.start, count.end);
        return { span: count, messageId: 'count', data: { words: text } };
    }
    return undefined;
}

/** Output-focused: success or reporting framed as activity (steps taken, sessions held, lists kept). */
export function judgeOutputFocused(analysis: ProseAnalysis): Judgement | undefined {
    if (hasFraming(analysis, 'assessment') || analysis.matches('outcomes', 'qualitative').some((match) => !match.negated)) return undefined;
    // A vote on what to fund, or a share of a budget, decides or allocates; neither tallies activity.
    if (hasFraming(analysis, 'threshold') || hasFraming(analysis, 'share')) return undefined;
    const isDuty = analysis.propositions.some((proposition) => proposition.modal && proposition.modal.kind !== 'power' && !proposition.negation);
    const output = analysis.matches('outputs').find((match) => !match.negated && (match.category !== 'record' || isDuty));
    if (output) return { span: output.span, messageId: 'activity', data: { words: output.text } };
    const count = numericCounts(analysis)[0];
    if (count) return { span: count, messageId: 'activity', data: { words: analysis.text.slice(count.start, count.end) } };
    // "Delivery is measured in miles of cycle lane built"; "a performance report ... against targets".
    const measure = analysis.matches('metrics').find((match) => !match.negated && (match.category === 'indicator' || isReportingDuty(analysis)));
    if (measure && (hasFraming(analysis, 'tally') || isReportingDuty(analysis))) {
        return { span: measure.span, messageId: 'tally', data: { words: measure.text } };
    }
    return undefined;
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
