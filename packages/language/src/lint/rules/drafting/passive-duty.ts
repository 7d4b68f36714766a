import { analyseProse, verbForm, type Proposition, type ProseAnalysis } from '../../../prose/index.js';
import type { ProseFragment } from '../../../references/prose-fragments.js';
import { isDeclaratoryPassive, namesAPerson, partyWords } from '../../prose-statements.js';
import { fragmentRange } from '../../prose-spans.js';
import { quotable } from '../../messages.js';
import type { Rule, RuleContext } from '../../rule.js';
import { Sources } from '../../sources.js';

/**
 * Participles that describe a state rather than an act someone must perform: "must be satisfied
 * that", "is entitled to", "must be based in the area". A passive of these leaves no one out.
 */
const STATES = new Set(['satisfy', 'entitle', 'oblige', 'authorise', 'authorize', 'empower', 'permit', 'qualify', 'bind', 'base', 'locate', 'situate']);

/**
 * "may not" and "cannot" take a power away from whoever holds it ("Regulations may not be made
 * unless ..."): they set a condition on a power the draft gives elsewhere, not a duty on anyone.
 */
const POWER_DENIALS = /^(?:may not|cannot|can't|can not)$/i;

/** A duty or prohibition whose main verb is passive and names no one who must act. */
function isUnattributedPassiveDuty(proposition: Proposition): boolean {
    const kind = proposition.modal?.kind;
    if (kind !== 'duty' && kind !== 'prohibition') return false;
    if (POWER_DENIALS.test(proposition.modal!.text.replace(/\s+/g, ' '))) return false;
    const verb = proposition.verb;
    if (!proposition.passive || !verb || proposition.agent || verb.agent) return false;
    return !STATES.has(verb.lemma) && !isDeclaratoryPassive(proposition);
}

/** The dictionary form of the verb for an example, only when the reader is sure of it. */
function knownLemma(proposition: Proposition): string | undefined {
    const lemma = proposition.verb?.lemma;
    return lemma && verbForm(lemma)?.base && verbForm(lemma)?.lemma === lemma ? lemma : undefined;
}

/** "must" for a duty and "must not" for a prohibition: the message speaks as the clause does. */
const MESSAGES = {
    'no-one-acts': '"{{words}}" does not say who {{modal}} act, so no one is answerable if it is not done. '
        + 'Make the person or body responsible the subject, in the form "The ... {{modal}} {{verb}} ...".',
    'no-one-acts-verb-unknown': '"{{words}}" does not say who {{modal}} act, so no one is answerable if it is not done. '
        + 'Make the person or body responsible the subject.',
    'acted-on': '"{{words}}" says what is to happen to {{subject}}, but not who {{modal}} act. '
        + 'Say who {{modal}} do it, in the form "The ... {{modal}} {{verb}} {{subject}}".',
    'acted-on-verb-unknown': '"{{words}}" says what is to happen to {{subject}}, but not who {{modal}} act. Say who {{modal}} do it.'
};

function messageFor(context: RuleContext, proposition: Proposition, words: string): { messageId: string; data: Record<string, string> } {
    const modal = proposition.modal?.kind === 'prohibition' ? 'must not' : 'must';
    const verb = knownLemma(proposition);
    const subject = partyWords(proposition.actor, context.services, context.document);
    const data = { words: quotable(words), modal, ...(verb ? { verb } : {}) };
    if (subject && namesAPerson(proposition.actor, context.services, context.document)) {
        // "The council must be consulted" names who is consulted, not who must consult.
        return { messageId: verb ? 'acted-on' : 'acted-on-verb-unknown', data: { ...data, subject } };
    }
    return { messageId: verb ? 'no-one-acts' : 'no-one-acts-verb-unknown', data };
}

function checkFragment(context: RuleContext, fragment: ProseFragment, analysis: ProseAnalysis): void {
    for (const proposition of analysis.propositions) {
        if (!isUnattributedPassiveDuty(proposition)) continue;
        const span = { start: proposition.span.start, end: proposition.verb!.span.end };
        context.report({
            node: fragment.node,
            range: fragmentRange(context.document, fragment, span),
            ...messageFor(context, proposition, analysis.text.slice(span.start, span.end))
        });
    }
}

export const passiveDuty: Rule = {
    meta: {
        id: 'drafting/passive-duty',
        pack: 'drafting',
        defaultSeverity: 'warning',
        description: 'A duty or prohibition is written in the passive and names no one who must act ("A plan must be prepared").',
        rationale: 'A duty is only as good as the person it binds. "Notice must be given" leaves residents unable to tell who '
            + 'has failed when no notice comes, and lets each body assume another will act. Drafting guidance asks for the '
            + 'active voice, naming who must act. A passive with its agent ("must be approved by the forum") is not flagged. '
            + 'A passive whose subject is a person or body ("The council must be consulted") is flagged: it names who is '
            + 'consulted, not who must consult.',
        sources: [
            Sources.draftingGuidance('Plain language: prefer the active voice, so that the provision says who must act.'),
            Sources.communityPower('Fourth shift: accountability to people locally needs duties that name who is answerable.')
        ],
        examples: {
            bad: [
                { code: 'section 1 {\n  (1) "A plan must be prepared for each neighbourhood."\n  (2) "Notice must be given to the [forum]."\n}' }
            ],
            good: [
                { code: 'section 1 {\n  (1) "The [council] must prepare a plan for each neighbourhood."\n  (2) "The plan must be approved by the [forum]."\n}' }
            ]
        },
        messages: MESSAGES
    },
    create(context) {
        return { prose: (fragment) => checkFragment(context, fragment, analyseProse(fragment.text)) };
    }
};
