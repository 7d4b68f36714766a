import {
    amountsIn, datesIn, describeAmount, flatten, hasCondition, mentions, modalsIn, periodsIn, sameAmount, samePeriod
} from './facts.js';
import type { FaithfulnessIssue, SourceRef, SummarySentence } from './model.js';
import { restatesCondition } from './rewrite.js';

/**
 * The faithfulness checker: compares each summary sentence with the provisions it names.
 * A sentence must name a source; the parties, amounts and currencies, periods and dates it
 * states must be the source's; "may" must not become "must", nor "must not" become "must"; and a
 * condition on what the source requires must not be dropped. Across all sentences from one
 * source, the source's acting parties, amounts, periods and dates must each appear.
 */
export interface CheckInput {
    readonly sentences: readonly SummarySentence[];
    readonly sources: Readonly<Record<string, SourceRef>>;
    /** Every party and defined term the draft can name, to find them in a sentence. */
    readonly names: readonly string[];
}

/**
 * `conditionFollows` is true when the sentence is one piece of a split draft sentence and a
 * sibling piece restates the draft's condition ("This does not apply if ..."), so the condition
 * is still said, one sentence later.
 */
export function checkSentence(sentence: SummarySentence, sources: Readonly<Record<string, SourceRef>>, names: readonly string[], conditionFollows = false): FaithfulnessIssue[] {
    const issues: FaithfulnessIssue[] = [];
    const refs = sentence.sources.map((id) => sources[id]).filter((ref): ref is SourceRef => ref !== undefined);
    const issue = (kind: FaithfulnessIssue['kind'], detail: string) => issues.push({ sentence: sentence.text, sources: sentence.sources, kind, detail });
    if (refs.length === 0 || refs.length !== sentence.sources.length) {
        issue('no source', 'the sentence does not name a provision of the draft it comes from');
        return issues;
    }
    const sourceWords = refs.map((ref) => ref.words).join('\n');
    const flatSource = flatten(`${sourceWords} ${refs.flatMap((ref) => ref.actors).join(' ')}`);
    const flatSentence = flatten(sentence.text);

    for (const name of names) {
        if (mentions(flatSentence, name) && !mentions(flatSource, name) && !coveredByLongerName(flatSentence, name, names, flatSource)) {
            issue('actor', `"${name}" is named in the summary but not in ${citations(refs)}`);
        }
    }
    const sourceAmounts = amountsIn(sourceWords);
    for (const amount of amountsIn(sentence.text)) {
        if (!sourceAmounts.some((other) => sameAmount(amount, other))) issue('amount', `${describeAmount(amount)} is not in ${citations(refs)}`);
    }
    const sourcePeriods = periodsIn(sourceWords);
    for (const period of periodsIn(sentence.text)) {
        if (!sourcePeriods.some((other) => samePeriod(period, other))) issue('period', `${period.value} ${period.unit}(s) is not in ${citations(refs)}`);
    }
    const sourceDates = datesIn(sourceWords);
    for (const date of datesIn(sentence.text)) {
        if (!sourceDates.includes(date)) issue('date', `${date} is not in ${citations(refs)}`);
    }

    const basis = sentence.basis ?? sourceWords;
    const said = modalsIn(sentence.text);
    const meant = modalsIn(basis);
    if (said.has('duty') && !meant.has('duty')) {
        if (meant.has('prohibition')) issue('must not became must', `${citations(refs)} forbids this ("must not"), but the summary says "must"`);
        else if (meant.has('power')) issue('may became must', `${citations(refs)} allows this ("may"), but the summary says "must"`);
    }
    if (meant.has('prohibition') && !said.has('prohibition')) {
        issue(said.has('duty') ? 'must not became must' : 'negation added', `${citations(refs)} forbids this, but the summary does not say so`);
    } else if (said.has('prohibition') && !meant.has('prohibition') && !/\bnot\b|\bno\b|\bnever\b|\bnone\b/i.test(basis)) {
        issue('negation added', `the summary forbids something ${citations(refs)} does not forbid`);
    }
    if (meant.has('duty') && !said.has('duty') && !said.has('prohibition') && said.has('power')) {
        issue('must became may', `${citations(refs)} requires this ("must"), but the summary says "may"`);
    }
    const whole = sentence.original ?? basis;
    if ((meant.has('duty') || meant.has('prohibition')) && hasCondition(whole) && !hasCondition(sentence.text) && !conditionFollows) {
        issue('condition dropped', `${citations(refs)} attaches a condition ("${conditionWords(whole)}") that the summary leaves out`);
    }
    return issues;
}

// The pieces of one split draft sentence share the sentence and its sources.
function pieceKey(sentence: SummarySentence): string {
    return `${sentence.sources.join(',')}|${sentence.original}`;
}

/** A name inside a longer name the source has ("body" inside "community body") is that longer name. */
function coveredByLongerName(flatSentence: string, name: string, names: readonly string[], flatSource: string): boolean {
    const flatName = flatten(name).trim();
    return names.some((other) => other !== name && flatten(other).includes(` ${flatName} `) && mentions(flatSentence, other) && mentions(flatSource, other));
}

function citations(refs: readonly SourceRef[]): string {
    return refs.map((ref) => ref.citation).join(' and ');
}

function conditionWords(text: string): string {
    const match = /\b(if|where|when|whenever|unless|except|provided|only|until|once|as long as|so long as|subject to|on condition|in the case|at the request|on request|after|before|within)\b[^,.;]*/i.exec(text);
    return match ? match[0].trim().slice(0, 80) : '';
}

/**
 * Checks every sentence, then that each source's acting parties, amounts, periods and dates
 * appear in at least one sentence that names it.
 */
export function checkSummarySentences(input: CheckInput): FaithfulnessIssue[] {
    const conditionsStated = new Set(input.sentences.filter((sentence) => sentence.original !== undefined && restatesCondition(sentence.text)).map(pieceKey));
    const issues = input.sentences.flatMap((sentence) => checkSentence(sentence, input.sources, input.names, sentence.original !== undefined && conditionsStated.has(pieceKey(sentence))));
    const bySource = new Map<string, SummarySentence[]>();
    // Sentences that draw on several sources at once ("What this does", a list item read with its
    // lead-in) need not carry every fact of each; the sentences of one source must.
    for (const sentence of input.sentences) {
        if (sentence.sources.length === 1) bySource.set(sentence.sources[0], [...(bySource.get(sentence.sources[0]) ?? []), sentence]);
    }
    for (const [id, sentences] of bySource) {
        const source = input.sources[id];
        if (!source) continue;
        const said = sentences.map((sentence) => sentence.text).join(' ');
        const flatSaid = flatten(said);
        const missing = (detail: string) => issues.push({ sentence: said, sources: [id], kind: 'missing', detail: `${detail} (${source.citation})` });
        for (const actor of source.actors) if (!mentions(flatSaid, actor)) missing(`the summary does not say that ${actor} acts`);
        const saidAmounts = amountsIn(said);
        for (const amount of amountsIn(source.words)) if (!saidAmounts.some((other) => sameAmount(amount, other))) missing(`the summary leaves out ${describeAmount(amount)}`);
        const saidPeriods = periodsIn(said);
        for (const period of periodsIn(source.words)) if (!saidPeriods.some((other) => samePeriod(period, other))) missing(`the summary leaves out ${period.value} ${period.unit}(s)`);
        const saidDates = datesIn(said);
        for (const date of datesIn(source.words)) if (!saidDates.includes(date)) missing(`the summary leaves out the date ${date}`);
    }
    return issues;
}
